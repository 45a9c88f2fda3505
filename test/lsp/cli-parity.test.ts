/**
 * `nfrules check` reports what the language server publishes: for the examples and a spread of corpus files, the
 * server's diagnostics (codes, severities, ranges, messages, related locations) equal the CLI's JSON output, and
 * the SARIF output carries the same results.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, startClient, type Client } from './lsp-client';

interface LspDiagnostic {
  code: string;
  severity: number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  relatedInformation?: { location: { uri: string; range: unknown }; message: string }[];
}

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

/** The examples and every 25th text rule file of the corpus manifest (both dialects, accepted and rejected). */
function files(): { file: string; dialect: 'nftables' | 'iptables' }[] {
  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => /\.(nft|v4|v6)$/.test(f))
    .map((f) => ({ file: path.join('examples', f), dialect: (f.endsWith('.nft') ? 'nftables' : 'iptables') as 'nftables' | 'iptables' }));
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const corpus = rows.filter((r) => r[0] !== 'nftjson').filter((_, i) => i % 25 === 0)
    .map((r) => ({ file: path.relative(ROOT, path.join(CORPUS, r[1])), dialect: (r[0].startsWith('ipt') ? 'iptables' : 'nftables') as 'nftables' | 'iptables' }));
  return [...examples, ...corpus];
}

let client: Client;
const published = new Map<string, LspDiagnostic[]>();
const waiters: (() => void)[] = [];

before(async () => {
  client = await startClient();
  // The server publishes quick problems first; what counts is the set it says is complete.
  const latest = new Map<string, LspDiagnostic[]>();
  client.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: LspDiagnostic[] }) => {
    latest.set(params.uri, params.diagnostics);
  });
  client.connection.onNotification('nfrules/diagnosticsComplete', (params: { uri: string }) => {
    published.set(params.uri, latest.get(params.uri) ?? []);
    waiters.splice(0).forEach((w) => w());
  });
});

after(async () => {
  await client.stop();
});

async function diagnosticsOf(uri: string): Promise<LspDiagnostic[]> {
  const deadline = Date.now() + 20_000;
  while (!published.has(uri)) {
    if (Date.now() > deadline) assert.fail(`no diagnostics published for ${uri}`);
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 200);
    });
  }
  return published.get(uri) ?? [];
}

/** One CLI run over several files of a dialect (one process per dialect and format keeps the test fast). */
function cli(format: string, files: string[], dialect: string): string {
  try {
    return execFileSync(process.execPath, [path.join(ROOT, 'bin/nfrules.js'), 'check', '--format', format, '--dialect', dialect, ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  } catch (error) {
    const e = error as { status?: number; stdout?: string };
    if (e.status === 1 && e.stdout) return e.stdout;
    throw error;
  }
}

interface JsonFile { file: string; diagnostics: { code: string; severity: string; message: string; range: unknown; file?: string; related?: { file: string; range: unknown; message: string }[] }[] }
interface SarifResult { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }

test('the CLI (JSON and SARIF) reports exactly what the server publishes', async () => {
  const all = files();
  const json = new Map<string, JsonFile>();
  const sarif: SarifResult[] = [];
  for (const dialect of ['nftables', 'iptables']) {
    const group = all.filter((f) => f.dialect === dialect).map((f) => f.file);
    for (const f of (JSON.parse(cli('json', group, dialect)) as { files: JsonFile[] }).files) json.set(path.resolve(ROOT, f.file), f);
    sarif.push(...(JSON.parse(cli('sarif', group, dialect)) as { runs: { results: SarifResult[] }[] }).runs[0].results);
  }
  let compared = 0;
  let diagnostics = 0;
  for (const { file, dialect } of all) {
    const { uri } = client.open(file, dialect);
    const fromServer = (await diagnosticsOf(uri)).map((d) => ({
      code: d.code, severity: SEVERITY[d.severity], message: d.message, range: d.range,
      related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri, range: r.location.range, message: r.message })),
    }));
    const report = json.get(path.resolve(ROOT, file));
    assert.ok(report, `${file}: missing from the CLI's JSON`);
    const fromCli = report.diagnostics.filter((d) => d.file === undefined).map((d) => ({
      code: d.code, severity: d.severity, message: d.message, range: d.range,
      related: (d.related ?? []).map((r) => ({ uri: pathToFileURL(r.file).href, range: r.range, message: r.message })),
    }));
    assert.deepEqual(fromCli, fromServer, `${file}: CLI JSON and server differ`);
    const own = sarif.filter((r) => path.resolve(ROOT, r.locations[0].physicalLocation.artifactLocation.uri) === path.resolve(ROOT, file));
    assert.deepEqual(
      own.map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.region.startLine}:${r.locations[0].physicalLocation.region.startColumn} ${r.message.text}`),
      fromServer.map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
      `${file}: SARIF and server differ`,
    );
    compared++;
    diagnostics += fromServer.length;
  }
  console.log(`# ${compared} files compared, ${diagnostics} diagnostics identical in the server, the CLI's JSON and its SARIF`);
  assert.ok(compared >= 40);
});
