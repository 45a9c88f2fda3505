import { spawnSync } from 'node:child_process';
import { mustRun, run } from './run';

// Every namespace this process created and has not yet deleted; removed on exit even after a crash.
const live = new Set<string>();
let counter = 0;
let hooked = false;

/** Returns a namespace name unique to this process: `nfr-<pid>-<n>`. */
export function uniqueName(): string {
  counter += 1;
  return `nfr-${process.pid}-${counter}`;
}

/** Creates a fresh network namespace with loopback up and remembers it for clean-up. */
export async function createNamespace(): Promise<string> {
  installExitHook();
  const name = uniqueName();
  // Remembered before it exists, so a crash in the middle of `ip netns add` still cleans up.
  live.add(name);
  await mustRun('ip', ['netns', 'add', name]);
  await mustRun('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  return name;
}

/** Deletes a namespace created by `createNamespace`; deleting twice is harmless. */
export async function deleteNamespace(name: string): Promise<void> {
  if (!live.delete(name)) return;
  await run('ip', ['netns', 'del', name]);
}

/** Runs `body` with fresh namespaces and always deletes them afterwards. */
export async function withNamespaces<T>(count: number, body: (names: string[]) => Promise<T>): Promise<T> {
  const names: string[] = [];
  try {
    for (let i = 0; i < count; i += 1) names.push(await createNamespace());
    return await body(names);
  } finally {
    for (const name of names) await deleteNamespace(name);
  }
}

/** Names of namespaces still alive (for tests of the clean-up itself). */
export function liveNamespaces(): string[] {
  return [...live];
}

function deleteAllSync(): void {
  for (const name of live) spawnSync('ip', ['netns', 'del', name], { timeout: 5000 });
  live.clear();
}

function installExitHook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', deleteAllSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Deleting on a signal and re-raising keeps the default exit status of the signal.
    process.once(signal, () => {
      deleteAllSync();
      process.kill(process.pid, signal);
    });
  }
}
