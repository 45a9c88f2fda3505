/** Measuring helpers for the benchmark: percentiles, child processes timed by the kernel, throwaway namespaces. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The p-th percentile (0–100) of a list of numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Wall and CPU time (ms) and peak RSS (MB) of one child process, as the kernel accounts them. */
export interface ProcessCost {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  status: number | null;
}

const TIME = '/usr/bin/time';

/** Runs a command (argument array, no shell) under /usr/bin/time; without it, wall time only. */
export function timeProcess(command: string, args: readonly string[], input?: Buffer): ProcessCost {
  const timed = spawnSync('test', ['-x', TIME]).status === 0;
  const start = performance.now();
  const run = timed
    ? spawnSync(TIME, ['-f', 'BENCH %e %U %S %M', command, ...args], { input, maxBuffer: 1 << 30, encoding: 'utf8' })
    : spawnSync(command, args, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  return {
    wallMs,
    cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : Number.NaN,
    rssMb: m ? Number(m[4]) / 1024 : Number.NaN,
    status: run.status,
  };
}

/** The median of several runs of the same command, by wall time (CPU and RSS of the same runs' medians). */
export function timeRepeated(repeat: number, command: string, args: readonly string[], input?: Buffer): ProcessCost {
  const runs = Array.from({ length: repeat }, () => timeProcess(command, args, input));
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    status: runs.find((r) => r.status !== 0)?.status ?? 0,
  };
}

/** Runs `body` with a fresh network namespace name, or returns undefined when namespaces are unavailable. */
export function withNamespace<T>(body: (ns: string) => T): T | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ns = `nfr-bench-${process.pid}`;
  if (spawnSync('ip', ['netns', 'add', ns]).status !== 0) return undefined;
  try {
    return body(ns);
  } finally {
    spawnSync('ip', ['netns', 'del', ns]);
  }
}

/** Whether an executable is on the PATH. */
export function haveTool(name: string): boolean {
  return spawnSync('which', [name]).status === 0;
}

/** CPU time (ms) a running process has used so far, from /proc (Linux); NaN elsewhere. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Peak RSS (MB) of a running process, from /proc (Linux); NaN elsewhere. */
export function processPeakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
