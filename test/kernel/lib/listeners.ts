import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { LineReader } from './line-reader';

/** A TCP listener in fw (for TPROXY and `-m socket`). */
export interface ListenerSpec {
  address: string;
  port: number;
  /** IP_TRANSPARENT, as a transparent proxy sets it. */
  transparent?: boolean;
}

const READY_TIMEOUT_MS = 5000;

/** Listeners held open by `listen.py` inside a namespace until `close()`. */
export class Listeners {
  private constructor(private readonly child: ChildProcessWithoutNullStreams) {}

  /** Starts the listeners and waits until they are bound. */
  static async start(ns: string, specs: readonly ListenerSpec[]): Promise<Listeners> {
    const child = spawn('ip', ['netns', 'exec', ns, 'python3', script(), JSON.stringify(specs)], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => undefined);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const answer = await new LineReader(child.stdout).next(READY_TIMEOUT_MS);
    if (answer !== 'ready') {
      child.kill('SIGKILL');
      throw new Error(`listeners did not start: ${stderr.trim() || answer || 'no answer'}`);
    }
    return new Listeners(child);
  }

  /** Closes the sockets and ends the helper. */
  close(): void {
    this.child.stdin.end();
    this.child.kill('SIGTERM');
  }
}

function script(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'test', 'kernel', 'listen.py');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('test/kernel/listen.py not found');
}
