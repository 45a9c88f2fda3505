/** Locations shared by the e2e entry, the code-server launcher and the checks that decide whether to skip. */
import * as path from 'node:path';

/** Repository root (this file compiles to out/test/e2e/launcher/). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
/** code-server's node entry, installed by scripts/install-test-deps.sh. */
export const CODE_SERVER_ENTRY = path.join(REPO_ROOT, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
/** The Chromium the browser route drives. */
export const CHROMIUM = process.env.NFRULES_CHROMIUM ?? '/usr/bin/chromium';
/** The packaged extension (npm run package). */
export const VSIX = process.env.NFRULES_E2E_VSIX ?? path.join(REPO_ROOT, 'nfrules.vsix');
