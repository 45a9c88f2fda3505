/**
 * Parse results shared by every value parser: a value or a human-readable error, never an exception, so that
 * diagnostics can report the message at the token's range.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a successfully parsed value. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** Wraps a parse error message. */
export function fail<T = never>(error: string): Parsed<T> {
  return { ok: false, error };
}
