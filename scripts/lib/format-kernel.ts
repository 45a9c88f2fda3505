/**
 * The kernel's opinion on a formatted file: load the original and the formatted text into throwaway network
 * namespaces (test/kernel) and compare what the kernel lists back. Equal listings mean formatting changed nothing
 * the kernel can see.
 */
import { kernelAvailable, loadRuleset, type Dialect } from '../../test/kernel/index';

export interface KernelVerdict {
  /** False when the kernel harness is unavailable or the original does not load here (nothing to compare). */
  compared: boolean;
  agreed: boolean;
  detail: string;
}

/** Loads both texts and compares the listings. */
export async function kernelListingsAgree(original: string, formatted: string, dialect: Dialect = 'nftables'): Promise<KernelVerdict> {
  const available = kernelAvailable();
  if (!available.ok) return { compared: false, agreed: false, detail: available.reason ?? 'kernel harness unavailable' };
  const before = await loadRuleset(dialect, original, { readBack: true });
  if (!before.ok) return { compared: false, agreed: false, detail: `original does not load: ${before.stderr.trim()}` };
  const after = await loadRuleset(dialect, formatted, { readBack: true });
  if (!after.ok) return { compared: true, agreed: false, detail: `formatted text does not load: ${after.stderr.trim().split('\n')[0]}` };
  const a = listing(before.listing);
  const b = listing(after.listing);
  if (a === b) return { compared: true, agreed: true, detail: '' };
  const lines = [a.split('\n'), b.split('\n')];
  const i = lines[0].findIndex((line, n) => line !== lines[1][n]);
  return { compared: true, agreed: false, detail: `listings differ at line ${i + 1}: ${lines[0][i]} | ${lines[1][i]}` };
}

/** The listing without what changes from one load to the next: dated comments, element expiry countdowns. */
function listing(text: string | undefined): string {
  return (text ?? '').split('\n').filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/\bexpires [0-9a-z]+/g, 'expires …')).join('\n');
}
