/** A minimal LSP client for the protocol tests: starts dist/server.js over stdio, opens documents, sends requests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '../../..');

export interface Client {
  connection: MessageConnection;
  /** Opens a repository file (or given text under that file's name); returns its uri and text. */
  open(file: string, languageId: string, text?: string): { uri: string; text: string };
  request<T>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts the server and initializes it; `workspaceFolders` answers the server's workspace/workspaceFolders request. */
export async function startClient(workspaceFolders: string[] = []): Promise<Client> {
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const folders = workspaceFolders.map((folder) => ({ uri: pathToFileURL(path.join(ROOT, folder)).href, name: folder }));
  connection.onRequest('workspace/workspaceFolders', () => folders);
  connection.onRequest('workspace/configuration', () => []);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: folders[0]?.uri ?? null, workspaceFolders: folders,
    capabilities: { workspace: { workspaceFolders: true } },
  });
  connection.sendNotification('initialized', {});
  let version = 1;
  return {
    connection,
    open(file, languageId, text) {
      const uri = pathToFileURL(path.join(ROOT, file)).href;
      const content = text ?? readFileSync(path.join(ROOT, file), 'utf8');
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: version++, text: content } });
      return { uri, text: content };
    },
    request: <T>(method: string, params: unknown) => connection.sendRequest(method, params) as Promise<T>,
    async stop() {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
      connection.dispose();
      server.kill();
    },
  };
}

/** The position of the first occurrence of `needle` in `text` (plus an offset into it). */
export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Applies LSP text edits to a text. */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const offset = (p: { line: number; character: number }): number => {
    const lines = text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
