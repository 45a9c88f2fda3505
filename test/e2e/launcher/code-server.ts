/**
 * Starting and stopping code-server for one test run: a fresh port, user-data-dir and extensions-dir,
 * its own process group so every child (extension host, language server) goes with it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY } from './paths';
import { waitFor } from './wait';

export interface CodeServer {
  readonly port: number;
  readonly process: ChildProcess;
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Writes the user settings that keep the workbench quiet and deterministic for screenshots. */
export function writeUserSettings(userDataDir: string): void {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'git.openRepositoryInParentFolders': 'never',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'window.commandCenter': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'editor.hover.delay': 100,
    'files.autoSave': 'off',
    'files.hotExit': 'off',
  };
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Installs a .vsix into extensionsDir and returns the folder it was unpacked to. */
export function installVsix(vsix: string, dirs: { userDataDir: string; extensionsDir: string }): string {
  const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix, '--force'], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
  const folder = readdirSync(dirs.extensionsDir).find((name) => name.startsWith('nfrules.nfrules-'));
  if (!folder) throw new Error(`the .vsix installed nothing into ${dirs.extensionsDir}`);
  return path.join(dirs.extensionsDir, folder);
}

/** Starts code-server without authentication on 127.0.0.1 and resolves once it answers /healthz. */
export async function startCodeServer(dirs: { userDataDir: string; extensionsDir: string }, env: NodeJS.ProcessEnv): Promise<CodeServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [CODE_SERVER_ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'], {
    detached: true, // own process group, killed as a whole in stopCodeServer()
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  try {
    await waitFor('code-server /healthz', 60_000, async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited early:\n${log.join('')}`);
      return (await healthy(port)) ? true : undefined;
    });
  } catch (error) {
    await stopCodeServer({ port, process: child });
    throw error;
  }
  return { port, process: child };
}

async function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** Kills code-server's whole process group: SIGTERM, then SIGKILL for whatever is left after its exit (or 5 s). */
export async function stopCodeServer(server: CodeServer): Promise<void> {
  const pid = server.process.pid;
  if (pid === undefined) return;
  const exited = server.process.exitCode !== null || server.process.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => server.process.once('exit', () => resolve()));
  signalGroup(pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  // Children (extension host, language server) may outlive the leader: end the group for certain.
  signalGroup(pid, 'SIGKILL');
}

/** Sends a signal to a whole process group; a group that is already gone is fine. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}
