/**
 * Entry of `npm run test:e2e`: runs the suite in a real VS Code through @vscode/test-electron's runTests().
 * Here desktop VS Code cannot be downloaded, so vscodeExecutablePath is a shim that serves the same workbench
 * with code-server and headless Chromium; set NFRULES_E2E_DESKTOP=1 to let runTests() download desktop VS Code.
 * Skips (exit 0) with a message when code-server or Chromium is missing.
 * `--update-screenshot` writes docs/screenshot.png instead of .vscode-test/e2e-screenshot.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { CHROMIUM, CODE_SERVER_ENTRY, REPO_ROOT, VSIX } from './launcher/paths';

function skipReason(): string | undefined {
  if (!existsSync(path.join(REPO_ROOT, 'dist/server.js'))) return 'dist/server.js is missing (run npm run compile)';
  if (process.env.NFRULES_E2E_DESKTOP === '1') return undefined;
  if (!existsSync(CODE_SERVER_ENTRY)) return 'code-server is not installed (run scripts/install-test-deps.sh)';
  if (!existsSync(CHROMIUM)) return `Chromium is not installed at ${CHROMIUM} (run scripts/install-test-deps.sh)`;
  return undefined;
}

async function main(): Promise<void> {
  const reason = skipReason();
  if (reason) {
    console.log(`SKIP e2e: ${reason}`);
    return;
  }
  if (!existsSync(VSIX)) console.log('e2e: nfrules.vsix not found; testing the repository as the development extension');
  const screenshot = process.argv.includes('--update-screenshot')
    ? path.join(REPO_ROOT, 'docs/screenshot.png')
    : path.join(REPO_ROOT, '.vscode-test/e2e-screenshot.png');
  mkdirSync(path.dirname(screenshot), { recursive: true });
  const desktop = process.env.NFRULES_E2E_DESKTOP === '1';
  await runTests({
    ...(desktop ? {} : { vscodeExecutablePath: path.join(REPO_ROOT, 'test/e2e/code-server-shim.sh') }),
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(REPO_ROOT, 'out/test/e2e/suite/index.js'),
    launchArgs: [path.join(REPO_ROOT, 'examples')],
    extensionTestsEnv: { NFRULES_E2E_SCREENSHOT: screenshot, NFRULES_E2E_REPO: REPO_ROOT },
  });
  console.log('e2e: all passed');
}

main().catch((error: unknown) => {
  console.error(`e2e: FAILED (${error instanceof Error ? error.message : String(error)})`);
  process.exit(1);
});
