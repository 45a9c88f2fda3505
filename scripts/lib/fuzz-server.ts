/**
 * The server path of the fuzzer: the real dist/server.js over stdio, one process for the whole run. Each input is
 * opened, asked every request at a few positions (and beyond the end of the document), edited incrementally, asked
 * again and closed. Every request must be answered within a second, without an internal error; the process must
 * stay alive and within its memory bound. A crashed or hung server is a failure, and a fresh one takes over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from '../../server/src/model/types';
import { HEAVY_KINDS, type FuzzInput } from './fuzz-inputs';
import { NEW_NAME, PACKETS } from './fuzz-engine';
import type { Dice } from './fuzz-random';
import type { Failure, Tally } from './fuzz-report';

const ROOT = path.resolve(__dirname, '../../..');
/** The longest a request may take, on every input, the generated extremes included. */
export const ANSWER_MS = 1000;
/**
 * The one exception: the first request after opening or editing an extreme (a megabyte line, 100,000 elements,
 * thousands of levels) or an input over LARGE_BYTES waits for the parse and the model of the new text, which alone
 * take one to two seconds there (tree-sitter and the lowering, not the request's own work). Those answers are counted
 * and shown apart ("first answers on large inputs"); above this bound they fail the run (a quadratic cost, a hang).
 */
export const CHECK_WAIT_MS = 10_000;
export const LARGE_BYTES = 256 * 1024;
/** After this long without an answer the server counts as hung and is replaced. */
const HUNG_MS = 30_000;
/** JSON-RPC's code for an exception inside a handler. */
const INTERNAL_ERROR = -32603;

const INSERTS = ['x', ' ', '\n', '{', '}', ';', '"', '-', '-j ACCEPT', ' tcp dport 22 accept', '\r\n', '\u0000', '\ufffd', 'jump c', '# c'];

export class FuzzServer {
  private process!: ChildProcess;
  private connection!: MessageConnection;
  private exited: string | undefined;
  /** Resolves when the current process exits. */
  private gone!: Promise<'died'>;
  private errors: string[] = [];
  private stderr = '';
  private version = 1;

  /**
   * `sample` is the share of the per-position requests asked at each position (1: all of them); a long run samples
   * them so that it reaches its count of inputs, every request kind still asked tens of thousands of times.
   */
  constructor(private readonly tally: Tally, private readonly maxRssMb: number, private readonly sample = 1) {}

  /** Starts (or restarts) the server and initializes it. */
  async start(): Promise<void> {
    this.exited = undefined;
    this.stderr = '';
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString()).slice(-4000); });
    child.on('exit', (code, signal) => { if (child === this.process) this.exited = `the server exited (code ${code}, signal ${signal}): ${this.stderr.trim().slice(-1500)}`; });
    child.stdin!.on('error', () => undefined);
    this.process = child;
    this.gone = new Promise((resolve) => child.once('exit', () => resolve('died')));
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onRequest('workspace/workspaceFolders', () => []);
    this.connection.onRequest('workspace/configuration', () => []);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', ({ type, message }: { type: number; message: string }) => {
      if (type === 1) this.errors.push(message);
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
    await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } }, workspace: { workspaceFolders: true } },
    });
    this.connection.sendNotification('initialized', {});
    await this.warmUp();
  }

  /** One small document of each dialect, asked once untimed: the first answers of a process include compiling the code. */
  private async warmUp(): Promise<void> {
    const samples = [['nftables', 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0; policy drop;\n\t\ttcp dport 22 accept\n\t}\n}\n'],
      ['iptables', '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n']];
    for (const [languageId, text] of samples) {
      const textDocument = { uri: `file:///tmp/nfrules-fuzz-docs/warm-up.${languageId}`, languageId, version: 1, text };
      this.connection.sendNotification('textDocument/didOpen', { textDocument });
      for (const method of ['textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'textDocument/formatting', 'textDocument/codeLens']) {
        await this.connection.sendRequest(method, { textDocument, options: { tabSize: 4, insertSpaces: false } });
      }
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/references']) {
        await this.connection.sendRequest(method, { textDocument, position: { line: 3, character: 6 }, context: { includeDeclaration: true } });
      }
      this.connection.sendNotification('textDocument/didClose', { textDocument });
    }
  }

  /** Runs one input through the server; returns its failures. */
  async run(input: FuzzInput, uri: string, positions: readonly Position[], dice: Dice): Promise<Failure[]> {
    const failures: Failure[] = [];
    const textDocument = { uri };
    const languageId = input.dialect;
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: this.version++, text: input.text } });
    // The first request after the open and after each edit waits for the check of the new text.
    let waiting = true;
    const ask = (method: string, params: object): Promise<boolean> => {
      const first = waiting;
      waiting = false;
      return this.ask(input, method, { textDocument, ...params }, failures, first);
    };
    let alive = await this.askAll(ask, uri, positions, true, dice);
    let text = input.text;
    for (let round = 0; alive && round < (this.sample < 1 ? 1 : 2); round++) {
      const change = randomChange(dice, text);
      text = change.text;
      this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: this.version++ }, contentChanges: [change.event] });
      waiting = true;
      alive = await this.askAll(ask, uri, [change.at, ...positions.slice(0, 1)], false, dice);
    }
    if (alive) this.connection.sendNotification('textDocument/didClose', { textDocument });
    for (const message of this.errors.splice(0)) failures.push({ path: 'server', what: 'error log', detail: message.slice(0, 2000) });
    const rss = this.rssMb();
    if (rss.peak > this.tally.peakRssMb) this.tally.peakRssMb = rss.peak;
    if (this.exited) failures.push({ path: 'server', what: 'crash', detail: this.exited });
    else if (rss.now > this.maxRssMb) failures.push({ path: 'server', what: 'memory', detail: `RSS ${rss.now.toFixed(0)} MB after this input (bound ${this.maxRssMb} MB)` });
    if (this.exited || !alive || rss.now > this.maxRssMb) await this.restart();
    return failures;
  }

  /** The requests of one round; false when the server stopped answering. */
  private async askAll(ask: (method: string, params: object) => Promise<boolean>, uri: string, positions: readonly Position[], full: boolean,
    dice: Dice): Promise<boolean> {
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };
    const beyond = { line: 1_000_000, character: 5 };
    const documentWide: [string, object][] = full
      ? [['textDocument/documentSymbol', {}], ['textDocument/foldingRange', {}], ['textDocument/semanticTokens/full', {}],
        ['textDocument/codeLens', {}], ['textDocument/inlayHint', { range: everywhere }], ['textDocument/documentLink', {}],
        ['textDocument/formatting', { options: { tabSize: 4, insertSpaces: false } }], ['nfrules/baseChains', {}]]
      : [['textDocument/semanticTokens/full', {}], ['textDocument/formatting', { options: { tabSize: 4, insertSpaces: false } }]];
    for (const [method, params] of documentWide) {
      // The first request of an input always goes: it waits for the check of the new document.
      if (method !== documentWide[0][0] && this.sample < 1 && !dice.chance(this.sample)) continue;
      if (!(await ask(method, params))) return false;
    }
    for (const position of full && (this.sample === 1 || dice.chance(this.sample)) ? [...positions, beyond] : positions) {
      const range = { start: position, end: position };
      const requests: [string, object][] = [
        ['textDocument/hover', { position }], ['textDocument/completion', { position }], ['textDocument/definition', { position }],
        ['textDocument/codeAction', { range, context: { diagnostics: [] } }], ['textDocument/selectionRange', { positions: [position] }],
      ];
      if (full) {
        requests.push(['textDocument/references', { position, context: { includeDeclaration: true } }],
          ['textDocument/documentHighlight', { position }], ['textDocument/prepareRename', { position }],
          ['textDocument/rename', { position, newName: NEW_NAME }], ['textDocument/rangeFormatting', { range: { start: { line: 0, character: 0 }, end: position }, options: { tabSize: 4, insertSpaces: false } }]);
      }
      for (const [method, params] of requests) {
        if (this.sample < 1 && !dice.chance(this.sample)) continue;
        if (!(await ask(method, params))) return false;
      }
    }
    if (full) {
      for (const packet of PACKETS) if (!(await ask('nfrules/trace', { uri, packet }))) return false;
    }
    return true;
  }

  /** Sends one request and times it; false when no answer came before the server counts as hung. */
  private async ask(input: FuzzInput, method: string, params: object, failures: Failure[], waitsForCheck: boolean): Promise<boolean> {
    if (this.exited) return false;
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => { timer = setTimeout(() => resolve('hung'), HUNG_MS); });
    const answer = this.connection.sendRequest(method, params).then(() => 'ok' as const, (error: unknown) => error);
    const outcome = await Promise.race([answer, hung, this.gone]);
    clearTimeout(timer);
    const ms = performance.now() - start;
    this.tally.time('server', method, ms, input);
    if (outcome === 'died') return false;
    if (outcome === 'hung') {
      failures.push({ path: 'server', what: 'hang', detail: `${method} unanswered after ${HUNG_MS} ms` });
      return false;
    }
    if (outcome instanceof ResponseError && outcome.code === INTERNAL_ERROR) failures.push({ path: 'server', what: 'error reply', detail: `${method}: ${outcome.message}` });
    else if (outcome !== 'ok' && !(outcome instanceof ResponseError)) failures.push({ path: 'server', what: 'error reply', detail: `${method}: ${String(outcome)}` });
    const large = HEAVY_KINDS.includes(input.kind as (typeof HEAVY_KINDS)[number]) || input.text.length > LARGE_BYTES;
    const limit = large && waitsForCheck ? CHECK_WAIT_MS : ANSWER_MS;
    if (large && waitsForCheck) this.tally.firstOnLarge(ms);
    if (ms > limit) failures.push({ path: 'server', what: 'timeout', detail: `${method} answered after ${ms.toFixed(0)} ms (limit ${limit} ms)` });
    return true;
  }

  /** Current and peak RSS of the server process (MB), from /proc. */
  private rssMb(): { now: number; peak: number } {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
      return { now: kb('VmRSS'), peak: kb('VmHWM') };
    } catch {
      return { now: 0, peak: 0 };
    }
  }

  private async restart(): Promise<void> {
    this.tally.serverRestarts++;
    await this.kill();
    await this.start();
  }

  private async kill(): Promise<void> {
    this.connection.dispose();
    const child = this.process;
    this.process = undefined as unknown as ChildProcess;
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
  }

  /** Shuts the server down (politely when it still answers). */
  async stop(): Promise<void> {
    const rss = this.rssMb();
    if (rss.peak > this.tally.peakRssMb) this.tally.peakRssMb = rss.peak;
    if (!this.exited) {
      await Promise.race([this.connection.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit');
    }
    await this.kill();
  }
}

/** One random incremental change (insert, delete or replace) and the text after it; `at` is where it happened. */
function randomChange(dice: Dice, text: string): { text: string; at: Position; event: object } {
  const from = dice.int(0, text.length);
  const to = dice.chance(0.5) ? from : Math.min(text.length, from + dice.int(1, 40));
  const insert = dice.chance(0.7) ? dice.pick(INSERTS) : '';
  // Positions as the editor counts them (CR, LF and CRLF all end a line).
  const document = TextDocument.create('file:///change', 'plain', 0, text);
  const range = { start: document.positionAt(from), end: document.positionAt(to) };
  return { text: text.slice(0, from) + insert + text.slice(to), at: range.start, event: { range, text: insert } };
}
