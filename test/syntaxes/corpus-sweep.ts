/**
 * Real-world sweep of the TextMate grammars (`node out/test/syntaxes/corpus-sweep.js`): tokenizes every nft and
 * iptables file of the shared corpus and checks that each token scoped as an address is one (IPv4, IPv6 with `::`
 * forms, MAC), so highlighting never claims a port range or a time is an address. Skips when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const MAX_FILES_PER_DIALECT = 400;

async function loadGrammars(): Promise<Map<string, IGrammar>> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope) => {
      const name = scope.replace('source.', '');
      const file = path.join(ROOT, 'syntaxes', `${name}.tmLanguage.json`);
      return parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  const grammars = new Map<string, IGrammar>();
  for (const dialect of ['nftables', 'iptables']) {
    const grammar = await registry.loadGrammar(`source.${dialect}`);
    if (!grammar) throw new Error(`cannot load ${dialect} grammar`);
    grammars.set(dialect, grammar);
  }
  return grammars;
}

/** Whether text scoped as the given address kind really is such an address. */
function validAddress(scope: string, text: string): boolean {
  const [address, prefix] = text.split('/');
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return false;
  if (scope.includes('.ipv6.')) return isIPv6(address);
  if (scope.includes('.ipv4.')) return isIPv4(address);
  if (scope.includes('mac-address')) return /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(text);
  return true;
}

let reportedMisses = 0;

/** Counts IPv6 addresses written with '::' (outside comments and strings) that are not one ipv6 token. */
function missedIPv6(line: string, tokens: Array<{ startIndex: number; endIndex: number; scopes: string[] }>, where: string): number {
  let count = 0;
  for (const match of line.matchAll(/(?<![\w:.])[0-9A-Fa-f:]*::[0-9A-Fa-f:.]*(?:\/\d{1,3})?(?![\w:])/g)) {
    const text = match[0];
    if (!isIPv6(text.split('/')[0])) continue;
    const start = match.index ?? 0;
    const token = tokens.find((t) => t.startIndex <= start && start < t.endIndex);
    if (!token || token.scopes.some((s) => s.startsWith('comment') || s.startsWith('string'))) continue;
    if (token.scopes.some((s) => s.includes('.ipv6.')) && token.startIndex === start && token.endIndex === start + text.length) continue;
    count++;
    if (reportedMisses++ < 20) console.log(`MISSED ${where}: "${text}" (${token.scopes.join(' ')})`);
  }
  return count;
}

function listFiles(dir: string, dialect: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (dialect === 'iptables' || !name.endsWith('.json')) out.push(full);
    }
  };
  walk(dir);
  return out.slice(0, MAX_FILES_PER_DIALECT);
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.log(`SKIP corpus-sweep: ${CORPUS} not found`);
    return 0;
  }
  const grammars = await loadGrammars();
  const sources: Array<[string, string[]]> = [
    ['nftables', [...listFiles(path.join(CORPUS, 'nft'), 'nftables'), ...listFiles(path.join(CORPUS, 'nft-rules'), 'nftables')]],
    ['iptables', [...listFiles(path.join(CORPUS, 'ipt'), 'iptables'), ...listFiles(path.join(CORPUS, 'ipt-derived'), 'iptables')]],
  ];
  let bad = 0;
  let missed = 0;
  for (const [dialect, files] of sources) {
    const grammar = grammars.get(dialect) as IGrammar;
    let addresses = 0;
    const started = Date.now();
    for (const file of files) {
      let state = INITIAL;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        missed += missedIPv6(line, result.tokens, `${path.relative(CORPUS, file)}:${index + 1}`);
        for (const token of result.tokens) {
          const scope = token.scopes.find((s) => s.includes('ip-address') || s.includes('mac-address'));
          if (!scope) continue;
          addresses++;
          const text = line.slice(token.startIndex, token.endIndex);
          if (validAddress(scope, text)) continue;
          bad++;
          if (bad <= 20) console.log(`BAD ${path.relative(CORPUS, file)}:${index + 1}: "${text}" as ${scope}`);
        }
      });
    }
    console.log(`corpus-sweep ${dialect}: ${files.length} files, ${addresses} address tokens, ${Date.now() - started} ms`);
  }
  console.log(`corpus-sweep: ${bad} invalid address tokens, ${missed} IPv6 addresses with '::' not highlighted whole`);
  return bad === 0 && missed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
