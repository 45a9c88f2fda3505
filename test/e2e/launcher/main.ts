/**
 * The "VS Code executable" for the code-server route (started through ../code-server-shim.sh by runTests()).
 * Reads VS Code's test arguments, installs the packaged extension into a fresh profile, serves the workbench
 * with code-server, runs the suite in headless Chromium and exits with the suite's exit code.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runWorkbench, workbenchUrl } from './browser';
import { installVsix, signalGroup, startCodeServer, stopCodeServer, writeUserSettings, type CodeServer } from './code-server';
import { REPO_ROOT, VSIX } from './paths';

interface TestArgs {
  developmentPath: string;
  testsPath: string;
  folder: string;
}

/** Picks the values runTests() passes as --name=value flags, plus the first positional argument (the folder). */
function parseArgs(argv: readonly string[]): TestArgs {
  const flag = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const testsPath = flag('extensionTestsPath');
  if (!testsPath) throw new Error('missing --extensionTestsPath');
  return {
    developmentPath: flag('extensionDevelopmentPath') ?? REPO_ROOT,
    testsPath,
    folder: argv.find((arg) => !arg.startsWith('-')) ?? REPO_ROOT,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'nfrules-e2e-'));
  const dirs = { userDataDir: path.join(runDir, 'user-data'), extensionsDir: path.join(runDir, 'extensions') };
  writeUserSettings(dirs.userDataDir);
  let server: CodeServer | undefined;
  // Interrupted (Ctrl+C, a closed pipe, a CI timeout): take code-server's process group down with us. The first
  // steps are synchronous because a second signal may end this process with SIGKILL at any moment.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGPIPE'] as const) {
    process.once(signal, () => {
      if (server?.process.pid !== undefined) signalGroup(server.process.pid, 'SIGTERM');
      rmSync(runDir, { recursive: true, force: true });
      void (server ? stopCodeServer(server) : Promise.resolve()).finally(() => process.exit(1));
    });
  }
  try {
    // The suite runs against the packaged extension when there is one, like a user's install.
    const useVsix = process.env.NFRULES_E2E_USE_VSIX !== '0' && existsSync(VSIX);
    const developmentPath = useVsix ? installVsix(VSIX, dirs) : args.developmentPath;
    console.log(`e2e: extension under test: ${useVsix ? `${path.basename(VSIX)} installed at ${developmentPath}` : developmentPath}`);
    const screenshotPath = process.env.NFRULES_E2E_SCREENSHOT ?? path.join(runDir, 'screenshot.png');
    server = await startCodeServer(dirs, { ...process.env, NFRULES_E2E_SIGNAL_DIR: runDir });
    console.log(`e2e: code-server ${process.pid}→${server.process.pid} on port ${server.port}`);
    return await runWorkbench({
      url: workbenchUrl(server.port, args.folder, developmentPath, args.testsPath),
      signalDir: runDir,
      screenshotPath,
      timeoutMs: Number(process.env.NFRULES_E2E_TIMEOUT_MS ?? 240_000),
    });
  } finally {
    if (server) await stopCodeServer(server);
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exit(1);
  },
);
