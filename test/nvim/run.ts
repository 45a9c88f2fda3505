/**
 * Neovim as a second real LSP client (`npm run test:nvim`): for each example, the diagnostics the standalone
 * server publishes to a headless Neovim buffer must equal what `nfrules check FILE --format json` reports
 * (same codes, same ranges). Skips with a message when nvim or the built server is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = process.env.NFRULES_SERVER_JS ?? path.join(ROOT, 'dist/server.js');
const CLI = process.env.NFRULES_CLI_JS ?? path.join(ROOT, 'dist/cli.js');
const LUA = path.join(ROOT, 'test/nvim/lsp-diagnostics.lua');

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface Diagnostic { code?: string | number; range: Range; file?: string }

/** "code@line:col-line:col" (0-based), sortable and easy to diff. */
function key(code: unknown, r: Range): string {
  return `${String(code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function files(): string[] {
  const examples = readdirSync(path.join(ROOT, 'examples'))
    .filter((name) => /\.(nft|v4|v6)$/.test(name))
    .map((name) => path.join('examples', name));
  return [...examples, 'test/e2e/fixtures/syntax-error.nft', 'test/e2e/fixtures/syntax-error.rules.v4'];
}

function languageOf(file: string): string {
  return file.endsWith('.nft') ? 'nftables' : 'iptables'; // the examples follow the package.json file patterns
}

/** Diagnostics the CLI reports in the file itself (problems located in included files are published elsewhere). */
function fromCli(file: string): string[] {
  const run = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json', '--dialect', languageOf(file)],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`nfrules check ${file} failed (${run.status}): ${run.stderr.split('\n').slice(0, 2).join(' ')}`);
  }
  const report = JSON.parse(run.stdout) as { files: Array<{ diagnostics: Diagnostic[] }> };
  return report.files.flatMap((f) => f.diagnostics).filter((d) => !d.file).map((d) => key(d.code, d.range)).sort();
}

/** Diagnostics published to a Neovim buffer; also checks that Neovim stored as many as the server sent. */
function fromNeovim(file: string, scratch: string): string[] {
  const out = path.join(scratch, `${path.basename(file)}.json`);
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${LUA}`], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, NFRULES_SERVER: SERVER, NFRULES_FILE: path.join(ROOT, file), NFRULES_LANGUAGE: languageOf(file), NFRULES_OUT: out },
  });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`nvim exited with ${run.status}: ${run.stderr.trim()}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as { lsp: Diagnostic[]; buffer: unknown[] };
  if (result.buffer.length !== result.lsp.length) {
    throw new Error(`server sent ${result.lsp.length} diagnostics but the buffer holds ${result.buffer.length}`);
  }
  return result.lsp.map((d) => key(d.code, d.range)).sort();
}

function main(): number {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (nvim.status !== 0) return skip('nvim is not installed (scripts/install-test-deps.sh)');
  if (!existsSync(SERVER) || !existsSync(CLI)) return skip('dist/server.js or dist/cli.js is missing (npm run compile)');
  console.log(`nvim: ${nvim.stdout.split('\n')[0]}`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'nfrules-nvim-'));
  let failures = 0;
  let total = 0;
  try {
    for (const file of files()) {
      try {
        const expected = fromCli(file);
        const actual = fromNeovim(file, scratch);
        total += actual.length;
        if (JSON.stringify(expected) === JSON.stringify(actual)) {
          console.log(`PASS nvim: ${file} (${actual.length} diagnostics: ${actual.join(' ') || 'none'})`);
        } else {
          failures++;
          console.log(`FAIL nvim: ${file}\n    cli:    ${expected.join(' ') || 'none'}\n    neovim: ${actual.join(' ') || 'none'}`);
        }
      } catch (error) {
        failures++;
        console.log(`FAIL nvim: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (total === 0) {
    failures++;
    console.log('FAIL nvim: no diagnostics at all (the syntax-error fixture must produce some)');
  }
  console.log(failures === 0 ? 'nvim: all passed' : `nvim: ${failures} failed`);
  return failures === 0 ? 0 : 1;
}

function skip(reason: string): number {
  console.log(`SKIP nvim: ${reason}`);
  return 0;
}

process.exit(main());
