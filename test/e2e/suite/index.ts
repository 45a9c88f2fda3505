/** Runs the e2e suite with mocha inside the VS Code extension host (the extensionTestsPath entry). */
import * as path from 'node:path';
import Mocha from 'mocha';

/** Called by VS Code's test runner; rejects when a test fails so the host exits with a non-zero code. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.e2e.js'));
  mocha.addFile(path.join(__dirname, 'editing.e2e.js'));
  mocha.addFile(path.join(__dirname, 'trace.e2e.js'));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} e2e test(s) failed`);
}
