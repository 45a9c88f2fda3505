/**
 * Checking what a webview page posts before acting on it. The page is ours and runs under a strict policy, but its
 * text comes from rule files; should anything ever slip through, a message may still only reveal a position in a
 * file-like document, never open another kind of URI (`command:`, `vscode:`, `https:`) or run anything.
 * Pure (no vscode import), so the unit tests run it.
 */

/** URI schemes a "reveal" message may open: documents the trace can have come from. */
const REVEALABLE = new Set(['file', 'untitled']);

/** Whether a posted reveal names a file-like URI and a sane position. */
export function isSafeReveal(message: { uri?: unknown; line?: unknown; character?: unknown }): boolean {
  if (typeof message.uri !== 'string') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(message.uri)?.[1]?.toLowerCase();
  return scheme !== undefined && REVEALABLE.has(scheme) && isPosition(message.line) && isPosition(message.character);
}

function isPosition(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 31;
}
