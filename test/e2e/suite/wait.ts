/** Condition waits for the suite: they resolve as soon as VS Code reports the state, or fail with a reason. */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';

/** Resolves with the document's diagnostics once accept() approves them; rejects after timeoutMs. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs: number): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const got = vscode.languages.getDiagnostics(uri).map(describe).join('; ') || 'none';
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.fsPath} (have: ${got})`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

/** "code@line:col message" for failure messages. */
export function describe(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return `${String(code)}@${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.message}`;
}

/** Polls until a file exists (written by the launcher outside the extension host). */
export async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Retries an async probe until it returns a value other than undefined (e.g. a provider that is not up yet). */
export async function retryUntil<T>(what: string, timeoutMs: number, probe: () => Thenable<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
