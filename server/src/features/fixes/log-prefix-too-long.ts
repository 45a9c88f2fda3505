/** Fix for `log-prefix-too-long`: cut the prefix to what the kernel keeps. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, stringData } from './iptables-edits';

/** Replaces the prefix with its first 29 characters, quoted as it was. */
export function logPrefixTooLongFixes({ problem, file }: FixContext): CodeFix[] {
  const prefix = stringData(problem, 'prefix');
  const max = typeof problem.data?.max === 'number' ? problem.data.max : 29;
  if (prefix === undefined) return [];
  const short = prefix.slice(0, max);
  const quote = stringData(problem, 'quote') === "'" && !short.includes("'") ? "'" : '"';
  const body = quote === '"' ? short.replace(/(["\\])/g, '\\$1') : short;
  return [fix(`Shorten the log prefix to ${max} characters`, problem, { uri: file.uri, range: problem.location.range, newText: `${quote}${body}${quote}` }, true)];
}
