import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { LineReader } from './line-reader';

const STOP_TIMEOUT_MS = 2000;

/** A running `nft -a monitor trace` inside a namespace (`-a` adds rule handles to the lines). */
export class TraceMonitor {
  private readonly child: ChildProcessWithoutNullStreams;
  /** The monitor's output lines as they arrive. */
  readonly lines: LineReader;
  private readonly exited: Promise<void>;

  constructor(ns: string) {
    this.child = spawn('ip', ['netns', 'exec', ns, 'nft', '-a', 'monitor', 'trace'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.lines = new LineReader(this.child.stdout);
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  /** Stops the monitor; escalates to SIGKILL if it does not exit in time. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
