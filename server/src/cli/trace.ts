/**
 * `nfrules trace FILE... --packet SPEC`: what the kernel would do with one packet, without root and without a
 * kernel. Several files (iptables and nft mixed) form one ruleset, as they would loaded into one kernel.
 * Exit status: 0 the packet gets through, 1 it is dropped, 2 usage error (a bad SPEC included).
 */
import { FileHost, toUri } from '../engine/file-host';
import { readTextFile } from '../engine/safe-read';
import type { ParsedFile } from '../engine/source';
import { buildRuleset } from '../model/build';
import type { Dialect, Ruleset } from '../model/types';
import { syntaxProblems } from '../syntax/syntax-errors';
import { detectDialect } from '../syntax/dialect';
import { initParsers, parse } from '../syntax/parser';
import { parsePacketSpec, PacketSpecError, tracePacket, type PacketSpec, type TraceOptions } from '../trace/index';
import { traceJson, traceText, type FileNames } from './trace-report';

export const TRACE_USAGE = `usage: nfrules trace FILE... --packet SPEC [--format text|json] [--assume match|no-match] [--local ADDR]...
                     [--assume-line FILE:LINE=match|no-match]... [--dialect nftables|iptables] [-I DIR]...

Traces one packet through the hooks, chains and rules of the files (one ruleset; iptables and nft may be mixed).
SPEC is JSON ({"family":"ip","protocol":"tcp","saddr":"198.51.100.7","dport":22,"iif":"eth0","ctState":"new"})
or the short form: tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 flags S new [forward] [origin local] [mark N]
--assume says what a match the trace cannot decide (rate limit, quota, recent…) does; the answer lists each one.
--local gives this host's addresses (routing: to one of them is local, anything else is forwarded).
Exit status: 0 the packet gets through, 1 it is dropped, 2 usage error.`;

/** A trace command line that cannot be run; printed with the usage. */
export class TraceUsageError extends Error {}

interface TraceArgs {
  files: string[];
  packet: string;
  format: 'text' | 'json';
  options: TraceOptions;
  /** `FILE:LINE=match|no-match`, resolved once the files are known. */
  lineAssumptions: string[];
  dialect?: Dialect;
  includePaths: string[];
}

function parseArgs(args: readonly string[]): TraceArgs {
  const out: TraceArgs = { files: [], packet: '', format: 'text', options: { assume: 'match', localAddresses: [] }, lineAssumptions: [], includePaths: [] };
  let packet: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new TraceUsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--packet' || arg === '-p') packet = value();
    else if (arg === '--format') out.format = choice(arg, value(), ['text', 'json'] as const);
    else if (arg === '--assume') out.options.assume = choice(arg, value(), ['match', 'no-match'] as const);
    else if (arg === '--local') out.options.localAddresses?.push(...value().split(',').filter((a) => a !== ''));
    else if (arg === '--assume-line') out.lineAssumptions.push(value());
    else if (arg === '--dialect') out.dialect = choice(arg, value(), ['nftables', 'iptables'] as const);
    else if (arg === '-I' || arg === '--includepath') out.includePaths.push(value());
    else if (arg.startsWith('-') && arg !== '-') throw new TraceUsageError(`unknown option '${arg}'`);
    else out.files.push(arg);
  }
  if (out.files.length === 0) throw new TraceUsageError('no files given');
  if (packet === undefined) throw new TraceUsageError('--packet is required');
  out.packet = packet;
  return out;
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TraceUsageError(`${option} must be ${allowed.join(' or ')}, not '${value}'`);
}

/** Runs `nfrules trace`; returns the exit status. Usage errors print the usage to stderr and return 2. */
export async function runTrace(args: readonly string[]): Promise<number> {
  let parsed: TraceArgs;
  let spec: PacketSpec;
  try {
    parsed = parseArgs(args);
    spec = parsePacketSpec(parsed.packet);
  } catch (error) {
    if (error instanceof PacketSpecError) return fail(`bad --packet: ${error.message}`);
    if (error instanceof TraceUsageError) return fail(error.message, true);
    throw error;
  }
  await initParsers();
  const host = new FileHost({ includePaths: parsed.includePaths });
  const files: ParsedFile[] = [];
  try {
    const rulesets: Ruleset[] = [];
    const names: FileNames = new Map();
    for (const file of parsed.files) {
      const loaded = readRuleFile(file, parsed.dialect);
      if (typeof loaded === 'string') return fail(loaded);
      files.push(loaded);
      names.set(loaded.uri, file);
      // Only the model is needed: the diagnostics (which `nfrules check` reports) would cost more than the trace.
      rulesets.push(buildRuleset(loaded, host));
      const errors = syntaxProblems(loaded.tree, loaded.uri).length;
      if (errors > 0) process.stderr.write(`nfrules trace: warning: ${file} has ${errors} syntax error${errors > 1 ? 's' : ''}; the trace uses the rules that parsed\n`);
    }
    parsed.options.overrides = lineOverrides(parsed.lineAssumptions, names);
    const result = tracePacket(rulesets, spec, parsed.options);
    process.stdout.write(`${parsed.format === 'json' ? traceJson(result, names) : traceText(result, names)}\n`);
    return result.delivered === 'dropped' ? 1 : 0;
  } catch (error) {
    if (error instanceof PacketSpecError || error instanceof TraceUsageError) return fail(error.message);
    throw error;
  } finally {
    for (const f of files) f.tree.delete();
    host.dispose();
  }
}

function fail(message: string, usage = false): number {
  process.stderr.write(`nfrules trace: ${message}\n${usage ? `${TRACE_USAGE}\n` : ''}`);
  return 2;
}

/** Reads and parses one rule file, or returns why it cannot be used. */
function readRuleFile(file: string, forced: Dialect | undefined): ParsedFile | string {
  const read = readTextFile(file);
  if (!read.ok) return `cannot read '${file}': ${read.reason}`;
  const text = read.text;
  const dialect = forced ?? detectDialect(file, text);
  if (!dialect) return `cannot tell whether '${file}' is nftables or iptables: use --dialect`;
  return { uri: toUri(file), text, dialect, tree: parse(dialect, text) };
}

/** `FILE:LINE=match|no-match` → override keys (`uri#0-based line`). */
function lineOverrides(specs: readonly string[], names: FileNames): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const spec of specs) {
    const m = /^(.+):(\d+)=(match|no-match)$/.exec(spec);
    if (!m) throw new TraceUsageError(`--assume-line wants FILE:LINE=match|no-match, not '${spec}'`);
    const uri = [...names.entries()].find(([, name]) => name === m[1])?.[0] ?? toUri(m[1]);
    out[`${uri}#${Number(m[2]) - 1}`] = m[3] === 'match';
  }
  return out;
}
