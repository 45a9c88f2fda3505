/** Fix for `tproxy-needs-protocol`: the same edit as for a missing protocol (`-p tcp`). */
import type { CodeFix, FixContext } from '../code-actions';
import { missingProtocolFixes } from './missing-protocol';

/** Adds `-p tcp` to the TPROXY rule, or replaces the `-p` it has. */
export function tproxyNeedsProtocolFixes(context: FixContext): CodeFix[] {
  return missingProtocolFixes(context);
}
