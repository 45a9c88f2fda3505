// Bundles the extension client and the language server (which is also the CLI engine) into dist/,
// and copies the WASM files web-tree-sitter needs next to the bundles.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // web-tree-sitter is an ES module that calls createRequire(import.meta.url); in a CommonJS bundle
  // import.meta is empty, so give it this file's URL.
  define: { 'import.meta.url': '__nfrulesImportMetaUrl' },
  banner: { js: 'const __nfrulesImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

mkdirSync('dist', { recursive: true });
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);
for (const [from, to] of [
  ['node_modules/web-tree-sitter/tree-sitter.wasm', 'dist/tree-sitter.wasm'],
  ['tree-sitter-iptables/tree-sitter-iptables.wasm', 'dist/tree-sitter-iptables.wasm'],
  ['tree-sitter-nftables/tree-sitter-nftables.wasm', 'dist/tree-sitter-nftables.wasm'],
]) {
  copyFileSync(from, to);
}
