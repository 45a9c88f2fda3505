/**
 * Lookup by name in the model's lists (a table's chains, sets, flowtables, objects). Tables of generated rulesets
 * hold tens of thousands of chains and sets, and lowering and analysis look names up once per reference: a linear
 * `find` per lookup makes them quadratic. The index of a list is built once and extended as the list grows; lists are
 * only appended to or replaced by a new array (a deletion filters into a new array), and a rename calls `forget`.
 */
interface Index<T> {
  length: number;
  byName: Map<string, T[]>;
}

const indexes = new WeakMap<readonly object[], Index<object>>();

function indexOf<T extends { name: string }>(items: readonly T[]): Index<T> {
  let index = indexes.get(items) as Index<T> | undefined;
  if (!index || index.length > items.length) {
    index = { length: 0, byName: new Map() };
    indexes.set(items, index as Index<object>);
  }
  for (; index.length < items.length; index.length++) {
    const item = items[index.length];
    const list = index.byName.get(item.name);
    if (list) list.push(item);
    else index.byName.set(item.name, [item]);
  }
  return index;
}

/** The first item of the list with this name. */
export function byName<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  return indexOf(items).byName.get(name)?.[0];
}

/** Every item of the list with this name, in list order. */
export function allByName<T extends { name: string }>(items: readonly T[], name: string): readonly T[] {
  return indexOf(items).byName.get(name) ?? [];
}

/** Drops the index of a list whose items were renamed in place. */
export function forget(items: readonly object[]): void {
  indexes.delete(items);
}
