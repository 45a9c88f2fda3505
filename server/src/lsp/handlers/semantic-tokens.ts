/** textDocument/semanticTokens/full: names from the name index, everything else from the tree. */
import { SemanticTokensBuilder } from 'vscode-languageserver';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../features/semantic-tokens';
import type { LspFeature } from '../context';
import { nameScope } from '../name-sources';

export const semanticTokensFeature: LspFeature = {
  capabilities: {
    semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
  },
  register(context) {
    context.connection.languages.semanticTokens.on(async ({ textDocument }) => {
      const open = await context.lookupModel(textDocument.uri);
      const scope = await nameScope(context, textDocument.uri);
      const builder = new SemanticTokensBuilder();
      if (!open || !scope) return builder.build();
      for (const token of semanticTokens(open.file, scope.index.all())) {
        const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
        builder.push(token.line, token.character, token.length, TOKEN_TYPES.indexOf(token.type), modifiers);
      }
      return builder.build();
    });
  },
};
