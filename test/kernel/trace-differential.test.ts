// The simulator against the kernel: generated rulesets in both dialects (and both loaded together) plus the
// hand-written cases; prints the agreement per dialect. NFRULES_TRACE_SEEDS sets the number of generated rulesets
// per dialect (default 40, 8 packets each); NFRULES_TRACE_SEED_BASE moves the seeds.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { kernelAvailable } from './index';
import { compareCase, type PacketComparison } from './lib/trace-differential';
import { generateCase, type DiffCase } from './lib/trace-generator';
import { handWrittenCases } from './trace-differential-cases';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;
const SEEDS = Number(process.env.NFRULES_TRACE_SEEDS ?? 40);
const BASE = Number(process.env.NFRULES_TRACE_SEED_BASE ?? 1);

async function run(name: string, cases: DiffCase[]): Promise<PacketComparison[]> {
  const start = Date.now();
  const all: PacketComparison[] = [];
  for (const c of cases) {
    try {
      const first = await compareCase(c);
      if (first.every((p) => p.agree)) {
        all.push(...first);
        continue;
      }
      // The simulator is deterministic, the kernel's trace is not quite: a packet of the host's own (a reset, say)
      // can carry a tag by chance. A disagreement counts when it comes back in a second run in new namespaces.
      const second = await compareCase(c);
      for (const d of first.filter((p) => !p.agree && second[p.index]?.agree)) {
        console.log(`# ${d.case}, packet ${d.index}: the kernel's trace differed once and agreed when run again`);
        console.log(describeDisagreement(d));
      }
      all.push(...second);
    } catch (error) {
      // A generated ruleset the kernel refuses is a generator bug: report it as a failure with the text.
      throw new Error(`${c.name}: ${(error as Error).message}`);
    }
  }
  const agree = all.filter((c) => c.agree).length;
  console.log(`# traversal differential, ${name}: ${agree}/${all.length} packets agree (${cases.length} rulesets, ${((Date.now() - start) / 1000).toFixed(1)} s)`);
  for (const d of all.filter((c) => !c.agree).slice(0, 5)) console.log(describeDisagreement(d));
  return all;
}

function describeDisagreement(d: PacketComparison): string {
  return [
    `# ${d.case}, packet ${d.index}: ${JSON.stringify(d.packet)}`,
    ...d.files.map((f, i) => `#   file ${i} (${f.dialect}):\n${f.text.replace(/^/gm, '#     ')}`),
    `#   kernel:    ${d.kernel.join(' | ')}`,
    `#   simulated: ${d.simulated.join(' | ')}`,
    ...(d.assumptions.length ? [`#   assumptions: ${d.assumptions.join('; ')}`] : []),
  ].join('\n');
}

function cases(dialect: 'nftables' | 'iptables' | 'mixed', count: number): DiffCase[] {
  return Array.from({ length: count }, (_, i) => generateCase(BASE + i + (dialect === 'iptables' ? 10_000 : dialect === 'mixed' ? 20_000 : 0), dialect));
}

describe('traversal differential (simulator vs kernel)', { skip }, () => {
  it('hand-written cases: TPROXY + AnyIP, recent, LOGDROP, notrack, NAT across dialects', async () => {
    const all = await run('hand-written', handWrittenCases());
    assert.deepEqual(all.filter((c) => !c.agree).map((c) => `${c.case} #${c.index}`), []);
  });

  for (const dialect of ['nftables', 'iptables', 'mixed'] as const) {
    it(`generated ${dialect} rulesets`, async () => {
      const all = await run(`generated ${dialect}`, cases(dialect, dialect === 'mixed' ? Math.ceil(SEEDS / 4) : SEEDS));
      assert.deepEqual(all.filter((c) => !c.agree).map((c) => `${c.case} #${c.index}`), []);
    });
  }
});
