/**
 * What the shipped code may do, checked on the code itself: our sources (TypeScript and their out/ output, bin/)
 * never start a process, evaluate text as code, open a network connection or write a file; the bundles in dist/
 * contain such code only inside the dependencies listed in ALLOWED, each with the reason it cannot run on a user's
 * rule file (docs/security.md says the same in prose). A new hit anywhere else fails this test.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');

/** Code that runs other code or reaches outside the process. */
const DANGEROUS = /require\("(?:node:)?(child_process|http|https|http2|net|dgram|tls|dns|vm|worker_threads|cluster|inspector)"\)|\b(eval)\(|\bnew (Function)\b|\b(shell)\s*:\s*true|\b(fetch)\(|\b(XMLHttpRequest)\b|\b(WebSocket)\b|\b(spawnSync|execSync|execFileSync|execFile|spawn|fork)\(/g;

/** File writes (the server and CLI only read; edits reach files through the editor's WorkspaceEdit). */
const WRITES = /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|mkdirSync|mkdir|rmSync|rmdirSync|unlinkSync|unlink|renameSync|copyFileSync|symlinkSync|chmodSync|chownSync|truncateSync|ftruncateSync|writeSync)\b/g;

/**
 * Dependency code in the bundles that contains DANGEROUS patterns, and why it is harmless here. Keys are the
 * module paths esbuild writes above each module (non-minified build).
 */
const ALLOWED: Record<string, { hits: string[]; why: string }> = {
  'vscode-languageclient/lib/node/main.js': { hits: ['child_process', 'spawn', 'fork'], why: 'starts our own dist/server.js with node over IPC (argument arrays, no shell)' },
  'vscode-languageclient/lib/node/processes.js': { hits: ['child_process', 'spawnSync', 'execFileSync'], why: 'terminates the server process it started (argument arrays: taskkill on Windows, a script shipped with the library elsewhere)' },
  'vscode-languageserver/lib/node/files.js': { hits: ['child_process', 'spawnSync'], why: 'Files.resolveGlobal*Path (npm/yarn lookups), never called by nfrules' },
  'vscode-jsonrpc/lib/node/main.js': { hits: ['net'], why: 'socket and pipe transports; nfrules uses stdio and node IPC only' },
  'web-tree-sitter/tree-sitter.js': { hits: ['eval', 'fetch', 'XMLHttpRequest'], why: 'eval: glue code compiled into our own WASM files; fetch/XHR: browser-only paths, Node reads the WASM with fs' },
};

/** Our files that import node:net, and the names they may use (address syntax checks, no sockets). */
const NET_USERS = new Set(['server/src/trace/packet-state', 'server/src/trace/packet-spec', 'server/src/trace/local-addresses']);
const NET_NAMES = new Set(['isIPv4', 'isIPv6', 'isIP']);

function walk(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, ext) : ext.test(e.name) ? [full] : [];
  });
}

function hits(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m.slice(1).find((g) => g !== undefined) ?? m[0]);
}

const rel = (file: string): string => path.relative(ROOT, file).replace(/\\/g, '/');

describe('our own code', () => {
  const sources = [...walk(path.join(ROOT, 'client/src'), /\.ts$/), ...walk(path.join(ROOT, 'server/src'), /\.ts$/), ...walk(path.join(ROOT, 'bin'), /\.js$/)];
  const compiled = [...walk(path.join(ROOT, 'out/client/src'), /\.js$/), ...walk(path.join(ROOT, 'out/server/src'), /\.js$/)];

  it('has sources and their compiled output to look at', () => {
    assert.ok(sources.length > 100, `${sources.length} sources`);
    assert.ok(compiled.length > 100, `${compiled.length} compiled files (run npx tsc -b)`);
  });

  it('never starts a process, evaluates code or opens a connection (node:net only for address checks)', () => {
    const found: string[] = [];
    for (const file of [...sources, ...compiled]) {
      const text = readFileSync(file, 'utf8');
      const stem = rel(file).replace(/^out\//, '').replace(/\.(ts|js)$/, '');
      for (const hit of hits(text.replace(/from 'node:net'/g, 'from "node:net"'), DANGEROUS)) {
        if (hit === 'net' && NET_USERS.has(stem)) continue;
        found.push(`${rel(file)}: ${hit}`);
      }
      for (const m of text.matchAll(/import \{([^}]*)\} from ['"]node:net['"]/g)) {
        assert.ok(NET_USERS.has(stem), `${rel(file)} imports node:net`);
        for (const name of m[1].split(',').map((s) => s.trim())) assert.ok(NET_NAMES.has(name), `${rel(file)} uses net.${name}`);
      }
      for (const m of text.matchAll(/node_net_1\.(\w+)/g)) assert.ok(NET_NAMES.has(m[1]), `${rel(file)} uses net.${m[1]}`);
      if (/from ['"](node:)?net['"]|require\(["'](node:)?net["']\)/.test(text)) assert.ok(NET_USERS.has(stem), `${rel(file)} imports net`);
    }
    assert.deepEqual(found, []);
  });

  it('never writes a file', () => {
    const found = [...sources, ...compiled].flatMap((file) => hits(readFileSync(file, 'utf8'), WRITES).map((h) => `${rel(file)}: ${h}`));
    assert.deepEqual(found, []);
  });

  it('never calls the language server library\'s npm/yarn lookups', () => {
    const found = sources.filter((file) => /resolveGlobal(Node|Yarn)Path|Files\.resolve/.test(readFileSync(file, 'utf8'))).map(rel);
    assert.deepEqual(found, []);
  });
});

describe('the bundles', () => {
  for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) {
    it(`${bundle}: dangerous code only in the allowed dependencies`, () => {
      const file = path.join(ROOT, bundle);
      assert.ok(existsSync(file), `${bundle} is missing: run node esbuild.mjs`);
      let module = '(bundle prologue)';
      const found: string[] = [];
      const seen = new Set<string>();
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const marker = /^\/\/ (\S+\.(?:js|ts|mjs|cjs))$/.exec(line);
        if (marker) module = marker[1];
        for (const hit of hits(line, DANGEROUS)) {
          const key = Object.keys(ALLOWED).find((k) => module.endsWith(`node_modules/${k}`));
          const ours = /^(client|server)\/src\//.test(module) ? module.replace(/\.ts$/, '') : undefined;
          if (key && ALLOWED[key].hits.includes(hit)) seen.add(key);
          else if (!(hit === 'net' && ours && NET_USERS.has(ours))) found.push(`${module}: ${hit}`);
        }
      }
      assert.ok(module !== '(bundle prologue)', 'no module markers: build without --production to run this test');
      assert.deepEqual(found, []);
      // The allow-list must not go stale: every entry it keeps for this bundle is still needed by some bundle.
      if (bundle === 'dist/server.js') assert.ok(seen.has('web-tree-sitter/tree-sitter.js'));
    });
  }

  it('no bundle passes shell: true to anything', () => {
    for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) {
      assert.doesNotMatch(readFileSync(path.join(ROOT, bundle), 'utf8'), /\bshell\s*:\s*true/, bundle);
    }
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('declares limited support for untrusted workspaces and restricts every path setting', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    const pathSettings = Object.keys(pkg.contributes.configuration.properties).filter((k) => /path|dir|file/i.test(k));
    assert.ok(pathSettings.includes('nfrules.includePaths'));
    for (const key of pathSettings) assert.ok(trust.restrictedConfigurations.includes(key), `${key} is not restricted`);
  });

  it('contributes no task, terminal or debugger, and only commands that run no tool', () => {
    for (const key of ['taskDefinitions', 'terminal', 'debuggers', 'problemMatchers']) assert.equal(pkg.contributes[key], undefined, key);
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command).sort(),
      ['nfrules.clearTrace', 'nfrules.restartServer', 'nfrules.showOutput', 'nfrules.tracePacket']);
  });
});
