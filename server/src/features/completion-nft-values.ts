/**
 * Values for an nft selector or declaration by data type: the type's symbolic constants (ct states, ICMP types,
 * ether types …), protocol and service names, interfaces seen in the workspace, and the sets, maps and variables
 * of the file whose type fits.
 */
import { findDataType, keywordDoc } from '../catalog/nftables/index';
import type { NftSelector } from '../catalog/nftables/types';
import { PROTOCOL_NUMBERS } from '../catalog/values/protocols';
import type { CompletionEnv, CompletionItem } from './completion';
import { interfaceItems, protocolDoc, serviceItems } from './completion-ipt-values';
import { cached, documentedItem, item, SORT } from './completion-items';
import type { NftNames, SetName, TableNames } from './completion-names';
import { CT_STATE_DOCS, TCP_FLAG_DOCS } from './semantic-hover-words';

/** What value completion needs to know about the file and the cursor. */
export interface NftValueContext {
  names: NftNames;
  table?: TableNames;
  env: CompletionEnv;
}

/** The symbolic constants of a data type, documented. */
export const symbolItems = cached((type: string) => type, (type: string): CompletionItem[] => {
  const dataType = findDataType(type);
  if (!dataType?.symbols) return [];
  return Object.entries(dataType.symbols).map(([word, n]) => {
    const own = type === 'ct_state' ? CT_STATE_DOCS[word] : type === 'tcp_flag' ? TCP_FLAG_DOCS[word] : undefined;
    const entry = keywordDoc(word, type);
    return documentedItem(word, 'value', entry, { detail: `${type} ${type === 'ether_type' || type.endsWith('status') || type === 'ct_event' ? `0x${n.toString(16)}` : n}`, doc: own ?? entry?.doc, group: SORT.best });
  });
});

/** Every value item for a selector's type: symbols, names, sets of that type and variables. */
export function valueItems(type: string | undefined, selector: NftSelector | undefined, context: NftValueContext, sets = true): CompletionItem[] {
  if (type?.includes(' . ')) type = type.split(' . ')[0];
  const items: CompletionItem[] = type ? [...symbolItems(type)] : [];
  if (type === 'inet_proto') {
    const known = new Set(items.map((i) => i.label));
    items.push(...Object.entries(PROTOCOL_NUMBERS).filter(([n]) => !known.has(n) && !/^(all|ip)$/.test(n))
      .map(([name, n]) => item(name, 'value', { detail: `protocol ${n}`, doc: protocolDoc(name, n), group: SORT.other })));
  }
  if (type === 'inet_service') items.push(...serviceItems());
  if (type === 'ifname' || type === 'iface_index') items.push(...interfaceItems(context.env.interfaces ?? [], false));
  if ((type === 'boolean' || selector?.kind === 'fib') && !items.some((i) => i.label === 'exists')) items.push(...symbolItems('boolean'));
  if (sets) items.push(...setItems(context.table, type, selector, false));
  items.push(...variableItems(context.names));
  return items;
}

/** `@name` items for the sets (or maps) of the table, those whose key type fits first. */
export function setItems(table: TableNames | undefined, type: string | undefined, selector: NftSelector | undefined, maps: boolean | 'any'): CompletionItem[] {
  const fits = (s: SetName): boolean => type !== undefined && (s.keyType === type || (selector !== undefined && s.keyType === `typeof ${selector.words.join(' ')}`));
  // With a known value type, only sets of that type (or of a type not known yet) are offered.
  const wanted = (s: SetName): boolean => (maps === 'any' || (s.kind === 'map') === maps) && (type === undefined || !s.keyType || fits(s));
  return (table?.sets ?? []).filter(wanted).map((s) => {
    const types = `${s.keyType ?? '?'}${s.dataType ? ` : ${s.dataType}` : ''}`;
    return item(`@${s.name}`, s.kind === 'map' ? 'map' : 'set', {
      detail: `${s.kind} ${types}${s.flags.length ? ` (flags ${s.flags.join(', ')})` : ''}`,
      doc: `The named ${s.kind} \`${s.name}\` of table ${table?.family} ${table?.name}.`, group: fits(s) ? SORT.best : SORT.other,
    });
  });
}

/** `$name` items for the variables the file defines. */
export function variableItems(names: NftNames): CompletionItem[] {
  return names.variables.map((v) => item(`$${v.name}`, 'variable', {
    detail: v.value.length > 60 ? `${v.value.slice(0, 57)}…` : v.value, doc: `Variable defined as \`${v.value.slice(0, 200)}\`.`, group: SORT.likely,
  }));
}

/** Chain names of the table for jump/goto: regular chains first (base chains cannot be jumped to). */
export function chainItems(table: TableNames | undefined, current: string | undefined): CompletionItem[] {
  return (table?.chains ?? []).filter((c) => c.name !== current && !c.base).map((c) => item(c.name, 'chain', {
    detail: `regular chain${c.rules === undefined ? '' : `, ${c.rules} rule${c.rules === 1 ? '' : 's'}`}`,
    doc: `Chain \`${c.name}\` of table ${table?.family} ${table?.name}.`, group: SORT.best,
  }));
}
