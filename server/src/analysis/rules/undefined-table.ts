/**
 * `undefined-table`: a command (`add rule`, `add chain`, `add element`, `delete …`) names a table that neither the
 * file nor an earlier command created. nft refuses it ("No such file or directory") unless the table is already
 * loaded in the kernel, so a file meant to extend a running ruleset gets this error when loaded on its own.
 */
import { nftRule, problem } from './nft-helpers';
import { closestName } from '../../model/suggest';

export const undefinedTable = nftRule('undefined-table', (facts, ruleset) => facts.missingTables.map((m) => {
  const later = ruleset.tables.some((t) => t.family === m.family && t.name === m.name);
  const sameName = ruleset.tables.find((t) => t.name === m.name && t.family !== m.family);
  const suggestion = sameName ? undefined : closestName(m.name, ruleset.tables.filter((t) => t.family === m.family).map((t) => t.name));
  const hint = later ? ' It is created only later in the file: nft applies commands in order.'
    : sameName ? ` There is a table ${sameName.family} ${sameName.name}: the family is part of the name (commands default to ip).`
      : suggestion ? ` Did you mean '${suggestion}'?` : ' Create it first, or load this file on top of a ruleset that has it.';
  return problem('undefined-table', 'error', `Table ${m.family} ${m.name} does not exist when \`${m.command}\` runs.${hint}`,
    m.location, { family: m.family, name: m.name, suggestion, later, commandStart: m.commandLocation.range.start });
}));
