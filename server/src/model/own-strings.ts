/**
 * Model strings that do not keep the document alive. V8 keeps a substring of 13 characters or more as a view into
 * the string it was cut from, and node texts are cut from the whole document text. A rule the lowering memo keeps
 * across edits would then keep the whole text of the version it was lowered from: one copy of the document per edit.
 */

/** A copy of a string that shares no memory with the string it was cut from (a concatenation and a cut flatten it). */
export function ownString(piece: string): string {
  return piece.length < 13 ? piece : (` ${piece}`).slice(1);
}

/** Keys not followed: they lead to the whole model. A `uri` string is left as it is: every location shares it. */
const SKIPPED = new Set(['chain', 'table']);

/**
 * Replaces, in place, every string held by plain objects and arrays under `value` with a copy of its own, and
 * returns `value`. Class instances (interval sets, maps) are left as they are.
 */
export function ownStrings<T>(value: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const v: unknown = item[i];
        if (typeof v === 'string') item[i] = ownString(v);
        else if (typeof v === 'object' && v !== null) stack.push(v);
      }
      continue;
    }
    if (Object.getPrototypeOf(item) !== Object.prototype) continue;
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') {
        if (key !== 'uri') record[key] = ownString(v);
      } else if (typeof v === 'object' && v !== null && !SKIPPED.has(key)) {
        stack.push(v);
      }
    }
  }
  return value;
}
