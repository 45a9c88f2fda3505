/**
 * One cold run of the engine's phases on a file, in a fresh process (as the CLI meets them): WASM start-up, parse,
 * lowering, syntax problems, diagnostics. Prints one JSON line of CPU milliseconds per phase and the peak RSS; used by
 * `npm run bench` to show where the time goes and how each phase grows with the number of rules.
 *
 * usage: node out/scripts/bench-phases.js FILE iptables|nftables
 */
import { readFileSync } from 'node:fs';
import { runDiagnostics } from '../server/src/analysis/index';
import { FileHost, toUri } from '../server/src/engine/file-host';
import { buildRuleset } from '../server/src/model/build';
import type { Dialect } from '../server/src/model/types';
import { syntaxProblems } from '../server/src/syntax/syntax-errors';
import { initParsers, parse } from '../server/src/syntax/parser';

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function main(): Promise<void> {
  const [file, dialect] = process.argv.slice(2) as [string, Dialect];
  const phases: Record<string, number> = {};
  let mark = cpuMs();
  const lap = (name: string): void => {
    const now = cpuMs();
    phases[name] = now - mark;
    mark = now;
  };
  phases.startup = mark;
  await initParsers([dialect]);
  lap('init');
  const text = readFileSync(file, 'utf8');
  const tree = parse(dialect, text);
  lap('parse');
  const parsed = { uri: toUri(file), text, dialect, tree };
  const ruleset = buildRuleset(parsed, new FileHost());
  lap('lower');
  const syntax = syntaxProblems(tree, parsed.uri);
  lap('syntax');
  const problems = runDiagnostics(ruleset);
  lap('diagnostics');
  const rules = ruleset.tables.reduce((n, t) => n + t.chains.reduce((m, c) => m + c.rules.length, 0), 0);
  console.log(JSON.stringify({ ...phases, rules, problems: problems.length + syntax.length + ruleset.problems.length, rssMb: process.resourceUsage().maxRSS / 1024 }));
  tree.delete();
}

void main();
