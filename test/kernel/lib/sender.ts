import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { LineReader } from './line-reader';

const ANSWER_TIMEOUT_MS = 5000;

/** A running `send-packets.py`; send() resolves once the kernel accepted the bytes (or throws). */
export class PacketSender {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: LineReader;

  constructor() {
    this.child = spawn('python3', [senderScript()], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.lines = new LineReader(this.child.stdout);
    // A dead helper shows up as a missing answer in send(), not as an unhandled stream error.
    this.child.stdin.on('error', () => undefined);
  }

  /** Sends raw IP bytes from namespace `ns`; the destination address is needed by sendto(). */
  async send(ns: string, family: 4 | 6, daddr: string, bytes: Buffer, mark = 0): Promise<void> {
    const request = JSON.stringify({ ns, family, daddr, mark, hex: bytes.toString('hex') });
    this.child.stdin.write(request + '\n');
    const answer = await this.lines.next(ANSWER_TIMEOUT_MS);
    if (answer !== 'ok') throw new Error(`packet sender: ${answer ?? 'no answer'}`);
  }

  /** Stops the helper process. */
  close(): void {
    this.child.stdin.end();
    this.child.kill('SIGTERM');
  }
}

// The helper is not compiled, so it is found next to the sources: walk up from out/test/kernel/lib or test/kernel/lib.
function senderScript(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'test', 'kernel', 'send-packets.py');
    if (existsSync(candidate)) return candidate;
    const sibling = path.join(dir, 'send-packets.py');
    if (existsSync(sibling)) return sibling;
    dir = path.dirname(dir);
  }
  throw new Error('test/kernel/send-packets.py not found');
}
