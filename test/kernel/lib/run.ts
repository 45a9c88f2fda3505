import { execFile } from 'node:child_process';

/** Outcome of one finished command. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for `run`. */
export interface RunOptions {
  input?: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** Runs a program with an argument array (never a shell) and resolves with its exit code and output. */
export function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        // execFile reports a non-zero exit as an error; we want the code, not an exception.
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        const extra = error && typeof error.code !== 'number' ? `${error.message}\n` : '';
        resolve({ code, stdout, stderr: stderr + extra });
      },
    );
    // A program that exits without reading stdin must not turn into an EPIPE crash.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs a program inside a network namespace through `ip netns exec`. */
export function runIn(ns: string, file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return run('ip', ['netns', 'exec', ns, file, ...args], options);
}

/** Runs a program and throws with its stderr when it fails; for set-up steps that must succeed. */
export async function mustRun(file: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const result = await run(file, args, options);
  if (result.code !== 0) {
    throw new Error(`${file} ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`);
  }
  return result.stdout;
}
