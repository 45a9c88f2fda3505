/**
 * `nfrules`: the command-line face of the engine.
 *
 *   nfrules check FILE|DIR... [--format text|json|sarif] [--dialect nftables|iptables] [-I DIR]
 *
 * Exit status: 0 no error-severity diagnostics, 1 some, 2 usage or I/O error.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from './engine/check';
import { FileHost, toUri } from './engine/file-host';
import { readTextFile, statRefusal } from './engine/safe-read';
import type { Dialect } from './model/types';
import { toJson, toSarif, toText, type FileReport } from './cli/report';
import { runTrace, TRACE_USAGE } from './cli/trace';
import { detectDialect } from './syntax/dialect';
import { initParsers } from './syntax/parser';

const VERSION = '0.1.0';

const USAGE = `usage: nfrules check FILE|DIR... [--format text|json|sarif] [--dialect nftables|iptables] [-I DIR]...
       nfrules --version

Checks iptables-save and nftables rule files without root and without a kernel.
Directories are searched recursively for rule files (by name or first line).
Exit status: 0 no errors, 1 error diagnostics found, 2 usage or I/O error.`;

class UsageError extends Error {}

interface CheckOptions {
  files: string[];
  format: 'text' | 'json' | 'sarif';
  dialect?: Dialect;
  includePaths: string[];
}

function parseCheckArgs(args: string[]): CheckOptions {
  const options: CheckOptions = { files: [], format: 'text', includePaths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format '${v}' (text, json or sarif)`);
      options.format = v;
    } else if (arg === '--dialect') {
      const v = value();
      if (v !== 'nftables' && v !== 'iptables') throw new UsageError(`unknown dialect '${v}' (nftables or iptables)`);
      options.dialect = v;
    } else if (arg === '-I' || arg === '--includepath') {
      options.includePaths.push(path.resolve(value()));
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('no files given');
  return options;
}

/** Expands directories into the rule files they contain; explicit files are kept whatever their name. */
function collectFiles(args: string[], forced: Dialect | undefined): { file: string; dialect: Dialect }[] {
  const out: { file: string; dialect: Dialect }[] = [];
  // Directories by real path: a symbolic link back to a parent is listed once, not until the depth limit.
  const seen = new Set<string>();
  const visit = (file: string, explicit: boolean, depth: number): void => {
    let stat;
    try {
      stat = statSync(file);
    } catch (error) {
      throw new UsageError(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : 'no such file or directory'}`);
    }
    if (stat.isDirectory()) {
      if (depth > 20 || seen.has(realpathSync(file))) return;
      seen.add(realpathSync(file));
      for (const entry of readdirSync(file).sort()) {
        if (!entry.startsWith('.') && entry !== 'node_modules') visit(path.join(file, entry), false, depth + 1);
      }
      return;
    }
    const refusal = statRefusal(stat);
    if (refusal && !explicit && !stat.isFile()) return;
    if (refusal) throw new UsageError(`cannot read '${file}': ${refusal}`);
    const dialect = forced ?? detectDialect(file, explicit || stat.size < 1 << 20 ? readHead(file) : '');
    if (dialect) out.push({ file, dialect });
    else if (explicit) throw new UsageError(`cannot tell whether '${file}' is nftables or iptables: use --dialect`);
  };
  for (const arg of args) visit(arg, true, 0);
  return out;
}

function readHead(file: string): string {
  const read = readTextFile(file);
  return read.ok ? read.text.slice(0, 4096) : '';
}

async function runCheck(args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  const targets = collectFiles(options.files, options.dialect);
  await initParsers();
  const host = new FileHost({ includePaths: options.includePaths });
  const reports: FileReport[] = [];
  for (const { file, dialect } of targets) {
    const read = readTextFile(file);
    if (!read.ok) throw new UsageError(`cannot read '${file}': ${read.reason}`);
    const { problems } = checkText({ uri: toUri(file), text: read.text, dialect }, host);
    reports.push({ file, dialect, problems });
  }
  host.dispose();
  const output = options.format === 'json' ? toJson(reports) : options.format === 'sarif' ? toSarif(reports, VERSION) : toText(reports);
  process.stdout.write(`${output}\n`);
  return reports.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
}

/** Runs the CLI with the given arguments and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest);
      case 'trace':
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(`${TRACE_USAGE}\n`);
          return 0;
        }
        return await runTrace(rest);
      case '--version':
        process.stdout.write(`nfrules ${VERSION}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`nfrules: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`nfrules: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
