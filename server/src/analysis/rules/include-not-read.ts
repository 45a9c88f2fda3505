/**
 * `include-not-read`: an include reached a file the editor will not read — a FIFO, a device, a directory, a file on
 * /proc, /sys or /dev, a symbolic link loop, a file over the size limit — or a glob or a chain of includes went past
 * the limits on how much is read. Reading such a path could block or exhaust memory, so the file is skipped and the
 * rest of the ruleset is checked without it.
 */
import { nftRule, problem } from './nft-helpers';

export const includeNotRead = nftRule('include-not-read', (facts) => facts.includeIssues.filter((i) => i.kind === 'not-read')
  .map((i) => problem('include-not-read', 'warning', `'${i.pattern}': ${i.path ?? i.pattern} is not read: ${i.reason ?? 'it cannot be read'}.`, i.location, { pattern: i.pattern })));
