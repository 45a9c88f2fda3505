/**
 * nft completion: finds the block around the cursor and the statement being typed (completion-nft-context.ts),
 * then asks the part that knows that block: top-level commands, table bodies, chain bodies (declarations and
 * rules), sets and maps, flowtables and named objects.
 */
import { chainContexts } from '../analysis/chain-contexts';
import type { ParsedFile } from '../engine/source';
import type { Position } from '../model/types';
import type { CompletionEnv, CompletionResult } from './completion';
import { uniqueItems, wordRange } from './completion-items';
import { findTableNames, nftNames } from './completion-names';
import { topLevelItems } from './completion-nft-commands';
import { nftCursor, type NftBlock } from './completion-nft-context';
import { chainBodyItems, flowtableBodyItems, objectBodyItems, setBodyItems, tableBodyItems } from './completion-nft-declarations';
import type { NftPlace } from './completion-nft-offers';
import { offsetAt } from './ranges';

/** Completion for an nft file. */
export function nftablesCompletion(file: ParsedFile, position: Position, env: CompletionEnv): CompletionResult {
  const cursor = nftCursor(file, offsetAt(file.text, position));
  const names = nftNames(file, env.result?.ruleset);
  const place = placeOf(cursor.blocks, names, env, cursor.tokens.length === 0);
  if (place.chain && !place.hook) place.reached = reachingContexts(env, place);
  const inner = cursor.blocks[cursor.blocks.length - 1];
  if (inner?.start !== undefined) place.blockText = file.text.slice(inner.start, cursor.end);
  const tokens = cursor.tokens;
  const items = !inner ? topLevelItems(tokens, place)
    : inner.kind === 'table' ? tableBodyItems(tokens)
      : inner.kind === 'chain' ? chainBodyItems(tokens, place)
        : inner.kind === 'set' || inner.kind === 'map' ? setBodyItems(tokens, inner.kind, inner.name, place)
          : inner.kind === 'flowtable' ? flowtableBodyItems(tokens, place)
            : objectBodyItems(tokens, inner.objectKind);
  const range = wordRange(position, cursor.typed.length);
  // `"et┃"` with the closing quote already there: the item's own quotes replace both.
  if (cursor.typed.startsWith('"') && file.text[offsetAt(file.text, position)] === '"') range.end = { ...range.end, character: range.end.character + 1 };
  return { items: uniqueItems(items), range };
}

/** The table, chain and hook the blocks name, looked up in the file's declarations. */
function placeOf(blocks: readonly NftBlock[], names: ReturnType<typeof nftNames>, env: CompletionEnv, start: boolean): NftPlace {
  const place: NftPlace = { names, env, start };
  const tableBlock = blocks.find((b) => b.kind === 'table');
  const inner = blocks[blocks.length - 1];
  if (tableBlock) {
    place.family = tableBlock.family;
    place.table = findTableNames(names, tableBlock.family, unquote(tableBlock.name));
  } else if (inner && inner.header.length > 2) {
    // A command with a body: `add chain inet t c { … }`.
    const h = inner.header.filter((w) => !/^(add|create|chain|set|map|flowtable)$/.test(w));
    const family = /^(ip|ip6|inet|arp|bridge|netdev)$/.test(h[0] ?? '') ? h.shift() : 'ip';
    place.family = family;
    place.table = findTableNames(names, family, unquote(h[0]));
  }
  const chain = [...blocks].reverse().find((b) => b.kind === 'chain' && b.name);
  if (chain) {
    place.chain = unquote(chain.name);
    const base = place.table?.chains.find((c) => c.name === place.chain)?.base?.split(' ');
    if (base) [place.chainType, place.hook] = base;
  }
  return place;
}

/** The type and hook of each base chain that reaches the regular chain at the cursor (from the model). */
function reachingContexts(env: CompletionEnv, place: NftPlace): NftPlace['reached'] {
  const table = env.result?.ruleset.tables.find((t) => t.name === place.table?.name && t.family === place.table?.family);
  const chain = table?.chains.find((c) => c.name === place.chain);
  if (!table || !chain) return undefined;
  return (chainContexts(table).get(chain) ?? []).flatMap((c) => (c.base.base ? [{ chainType: c.base.base.type, hook: c.base.base.hook }] : []));
}

function unquote(text: string | undefined): string | undefined {
  return text && text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}
