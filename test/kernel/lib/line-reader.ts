import { Readable } from 'node:stream';

/** Splits a stream into lines and hands them out one by one, with bounded waits. */
export class LineReader {
  private buffer = '';
  private readonly queue: string[] = [];
  private waiter: ((line: string | undefined) => void) | undefined;
  private ended = false;
  /** Every line seen so far, for callers that scan the whole history. */
  readonly all: string[] = [];
  private readonly listeners = new Set<(line: string) => void>();

  constructor(stream: Readable) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => this.push(chunk));
    stream.on('end', () => this.finish());
    stream.on('error', () => this.finish());
  }

  /** Resolves with the next line, or undefined on end of stream or after `timeoutMs`. */
  next(timeoutMs: number): Promise<string | undefined> {
    const ready = this.queue.shift();
    if (ready !== undefined || this.ended) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(undefined);
      }, timeoutMs);
      this.waiter = (line) => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve(line);
      };
    });
  }

  /** Calls `listener` for every line so far and every later line. */
  onLine(listener: (line: string) => void): void {
    for (const line of this.all) listener(line);
    this.listeners.add(listener);
  }

  /** Resolves true once a line satisfying `test` arrives (or has arrived), false after `timeoutMs`. */
  waitFor(test: (line: string) => boolean, timeoutMs: number): Promise<boolean> {
    if (this.all.some(test)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const listener = (line: string): void => {
        if (!test(line)) return;
        done(true);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (value: boolean): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(value);
      };
      this.listeners.add(listener);
    });
  }

  private push(chunk: string): void {
    this.buffer += chunk;
    let cut = this.buffer.indexOf('\n');
    while (cut >= 0) {
      const line = this.buffer.slice(0, cut).replace(/\s+$/, '');
      this.buffer = this.buffer.slice(cut + 1);
      this.deliver(line);
      cut = this.buffer.indexOf('\n');
    }
  }

  private deliver(line: string): void {
    this.all.push(line);
    for (const listener of [...this.listeners]) listener(line);
    if (this.waiter) this.waiter(line);
    else this.queue.push(line);
  }

  private finish(): void {
    this.ended = true;
    if (this.waiter) this.waiter(undefined);
  }
}
