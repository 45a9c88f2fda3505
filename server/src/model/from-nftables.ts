/**
 * Lowers an nftables file (and the files it includes) into the ruleset model.
 *
 * The file is read top to bottom like `nft -f` reads it into an empty ruleset: table blocks and commands change the
 * model in order (nft-commands.ts says how), variables follow define/redefine/undefine (nft-variables.ts), includes
 * are read in place (nft-includes.ts). Matches the model understands exactly become field and tuple matches (with
 * nft's implicit protocol dependencies), the rest stays opaque (nft-matches.ts); statements carry their effects and
 * verdicts (nft-statements.ts). What only the nft diagnostics judge is recorded in `ruleset.nft` (nft-facts.ts).
 */
import type { Node } from 'web-tree-sitter';
import type { EngineHost, ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import { children, mayHoldError, syntaxRoot } from './lowering-util';
import { NftLowering, targetExists } from './nft-context';
import { lowerCommand } from './nft-commands';
import { lowerChainItems, lowerTableBlock, lowerTableBody } from './nft-declarations';
import { lowerInclude } from './nft-includes';
import { keepNftLowering, spliceNftEdit } from './nft-splice';
import { lowerVariableDirective } from './nft-variables';
import { fillNamedVmaps } from './nft-vmap';
import type { Match, Reference, Ruleset } from './types';
import { byName } from './lookup';

/** Builds the model of an nft file, following its includes through the host. */
export function buildNftablesRuleset(file: ParsedFile, host: EngineHost): Ruleset {
  const memo = file.nftMemo;
  const spliced = memo && spliceNftEdit(file, memo, host);
  if (spliced) return spliced;
  const ruleset = emptyRuleset(file);
  const cx = new NftLowering(ruleset, host, file.uri);
  cx.memo = memo;
  memo?.begin();
  cx.readItems = (root) => readItems(cx, root);
  cx.readBlock = (table, body) => {
    lowerTableBody(cx, table, body);
    missingSeparators(cx, body);
  };
  cx.readChainItems = (chain, body) => {
    lowerChainItems(cx, chain, body, new Map());
    missingSeparators(cx, body);
  };
  try {
    readItems(cx, syntaxRoot(file));
    finish(cx);
  } finally {
    memo?.end();
    for (const tree of cx.ownedTrees) tree.delete();
  }
  ruleset.nft = cx.facts;
  if (memo) keepNftLowering(memo, file, ruleset);
  return ruleset;
}

/** Reads the top-level items of one file in order. */
function readItems(cx: NftLowering, root: Node): void {
  for (const node of children(root)) {
    switch (node.type) {
      case 'table': lowerTableBlock(cx, node); break;
      case 'command': lowerCommand(cx, node); break;
      case 'define': case 'redefine': case 'undefine': lowerVariableDirective(cx, node); break;
      case 'include': lowerInclude(cx, node); break;
      default: break;
    }
  }
  missingSeparators(cx, root);
}

const BLOCKS = new Set(['table_body', 'chain_body', 'set_body', 'flowtable_body', 'object_body']);

/** A rule holds a block only as an anonymous chain (`jump { … }`), or inside a syntax error. */
const RULE_BLOCK = /\b(?:jump|goto)\s*\{/;

/**
 * The blocks of a file in preorder. What cannot hold one is not read: a set's elements, or a rule without an anonymous
 * chain or a syntax error (an unchanged rule of an edited document then stays unread in a lazy mirror).
 */
function blocksOf(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (BLOCKS.has(node.type)) out.push(node);
    if (node.type === 'elements_declaration') continue;
    if (node.type === 'rule') {
      const text = node.text;
      if (!text.includes('{') || (!RULE_BLOCK.test(text) && !mayHoldError(node))) continue;
    }
    const items = node.children;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (item) stack.push(item);
    }
  }
  return out;
}

/**
 * nft (1.0.6 and 1.1.1) wants a newline or `;` after every item of a block, the last one included:
 * `chain c { accept }` is refused, `chain c { accept; }` is not. Only `elements = { … }` and `auto-merge` may end a
 * set block.
 */
function missingSeparators(cx: NftLowering, root: Node): void {
  for (const body of blocksOf(root)) {
    const items = children(body).filter((c) => c.type !== 'comment');
    const last = items[items.length - 1];
    const close = body.lastChild;
    if (!last || !close || close.type !== '}' || close.isMissing) continue;
    if (body.type === 'set_body' && (last.type === 'elements_declaration' || last.type === 'auto_merge_declaration')) continue;
    if (last.endPosition.row !== close.startPosition.row) continue;
    const between = body.children.filter((c) => c !== null && c.startIndex >= last.endIndex && c.startIndex < close.startIndex);
    if (between.some((c) => c!.type === ';')) continue;
    cx.facts.missingSeparators.push({ location: cx.loc(close), after: { uri: cx.uri, range: { start: cx.loc(last).range.end, end: cx.loc(last).range.end } } });
  }
}

/** Work that needs the whole input: early uses, set/map kinds of references, named-set contents in matches. */
function finish(cx: NftLowering): void {
  const live = new Set(cx.ruleset.references);
  for (const ref of cx.pending) if (live.has(ref) && targetExists(ref)) cx.facts.earlyUses.push(ref);
  for (const ref of cx.ruleset.references) {
    if ((ref.kind === 'set' || ref.kind === 'map') && ref.table) {
      const set = byName(ref.table.sets, ref.name);
      if (set) ref.kind = set.kind;
    }
  }
  fillNamedVmaps(cx);
  fillNamedSets(cx);
}

/** Lookups in named sets: tuples from the set's elements; sets the packet path writes to are stateful. */
function fillNamedSets(cx: NftLowering): void {
  for (const table of cx.ruleset.tables) {
    const dynamic = (name: string): boolean => cx.dynamicSets.has(`${table.family} ${table.name} ${name}`)
      || (byName(table.sets, name)?.flags.some((f) => f === 'dynamic' || f === 'timeout') ?? false);
    for (const chain of table.chains) {
      for (const rule of chain.rules) {
        // A new list only where a match changes: most rules name no set, and a rule kept from the last check (nft-memo.ts)
        // keeps its list.
        const matches = rule.matches;
        for (let i = 0; i < matches.length; i++) {
          const filled = namedSetMatch(matches[i], table.sets, dynamic);
          if (filled === matches[i]) continue;
          if (rule.matches === matches) rule.matches = matches.slice();
          rule.matches[i] = filled;
        }
      }
    }
  }
}

function namedSetMatch(m: Match, sets: Ruleset['tables'][number]['sets'], dynamic: (name: string) => boolean): Match {
  const stateful = (): Match => ({ kind: 'opaque', text: m.text, location: m.location, stateful: true, module: m.module ?? 'set' });
  if (m.kind === 'field' && m.values.some((v) => v.kind === 'set' && dynamic(v.name))) return stateful();
  if (m.kind !== 'tuple' || !m.set) return m;
  if (dynamic(m.set)) return stateful();
  const set = byName(sets, m.set);
  if (!set || set.elements.some((e) => !e.tuple)) {
    return { kind: 'opaque', text: m.text, location: m.location, stateful: false, module: m.module ?? 'set' };
  }
  return { ...m, tuples: set.elements.map((e) => e.tuple!) };
}

/** References of a kind, for tests and features. */
export function referencesOf(ruleset: Ruleset, kind: Reference['kind']): Reference[] {
  return ruleset.references.filter((r) => r.kind === kind);
}
