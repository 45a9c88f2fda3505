/**
 * Workspace trust on the server side. VS Code tells the server (initialization option `workspaceTrusted`) when the
 * workspace is not trusted; the server then reads from disk only what lies inside the workspace folders, so a rule
 * file from an unknown repository cannot make it read (and show, in diagnostics and hovers) files elsewhere on the
 * machine. The client restarts the server when trust is granted.
 */
import type { InitializeParams } from 'vscode-languageserver';
import type { FileHost } from '../engine/file-host';
import { toPath } from '../engine/file-host';
import type { ServerSettings } from './context';

/** Applies the trust the client announced: restricts the host to the workspace folders when it is untrusted. */
export function applyWorkspaceTrust(host: FileHost, settings: ServerSettings, trusted: unknown, params: InitializeParams): void {
  settings.workspaceTrusted = trusted !== false;
  if (settings.workspaceTrusted) {
    host.restrictTo(undefined);
    return;
  }
  host.restrictTo(workspaceDirectories(params));
}

/** The workspace folders of an initialize request as directories (file URIs only). */
export function workspaceDirectories(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map(toPath);
}
