import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import * as path from 'node:path';

/** Whether this machine can run the kernel harness. */
export interface Availability {
  ok: boolean;
  reason?: string;
}

const REQUIRED_PROGRAMS = ['ip', 'nft', 'iptables-nft-restore', 'ip6tables-nft-restore', 'python3'];

let cached: Availability | undefined;

/** Checks root, a usable `ip netns` and the programs the harness runs; cached per process. */
export function kernelAvailable(): Availability {
  cached ??= probe();
  return cached;
}

function probe(): Availability {
  if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return { ok: false, reason: 'not root' };
  for (const program of REQUIRED_PROGRAMS) {
    if (!findProgram(program)) return { ok: false, reason: `${program} not found on PATH` };
  }
  const name = `nfr-${process.pid}-probe`;
  const added = spawnSync('ip', ['netns', 'add', name], { timeout: 5000, encoding: 'utf8' });
  if (added.status !== 0) return { ok: false, reason: `ip netns add failed: ${(added.stderr ?? '').trim()}` };
  const listed = spawnSync('ip', ['netns', 'exec', name, 'nft', 'list', 'ruleset'], { timeout: 5000, encoding: 'utf8' });
  spawnSync('ip', ['netns', 'del', name], { timeout: 5000 });
  if (listed.status !== 0) return { ok: false, reason: `nft unusable in a namespace: ${(listed.stderr ?? '').trim()}` };
  return { ok: true };
}

/** Returns the full path of an executable found on PATH (plus the sbin folders root uses), if any. */
export function findProgram(program: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder; keep looking.
    }
  }
  return undefined;
}
