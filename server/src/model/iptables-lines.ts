/**
 * Line-level facts of iptables-restore that the grammar tolerates: a carriage return (CRLF line endings) becomes part
 * of the last word of a `*table` or rule line (`'filter\r' invalid`, `Invalid target name 'ACCEPT\r'`), and COMMIT is
 * recognised only alone on its line (` COMMIT` or `COMMIT ` is read as a rule and refused); a line of blanks is refused
 * too, although an empty line is fine.
 */
import type { ParsedFile } from '../engine/source';
import type { Problem } from './types';

/** Problems of the file's line structure: at most one `crlf-line-ending` (for the first line concerned) and each bad COMMIT. */
export function checkLines(file: ParsedFile, problems: Problem[]): void {
  const lines = file.text.split('\n');
  let crlf = 0;
  let first = -1;
  lines.forEach((line, index) => {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    const kind = lineKind(content);
    if (line.endsWith('\r') && (kind === 'table' || kind === 'rule' || kind === 'commit')) {
      crlf++;
      if (first < 0) first = index;
    }
    if (/^[ \t]+$/.test(content)) {
      problems.push({
        code: 'whitespace-line', severity: 'error', message: 'A line of only blanks: iptables-restore refuses it (an empty line is fine).',
        location: { uri: file.uri, range: { start: { line: index, character: 0 }, end: { line: index, character: content.length } } },
      });
    }
    if (kind === 'commit' && content !== 'COMMIT') {
      problems.push({
        code: 'commit-not-alone', severity: 'error', message: 'COMMIT must be alone on its line, without blanks around it: iptables-restore reads this line as a rule and refuses it ("Bad argument `COMMIT\'").',
        location: { uri: file.uri, range: { start: { line: index, character: 0 }, end: { line: index, character: content.length } } },
      });
    }
  });
  if (first >= 0) {
    const length = lines[first].length - 1;
    problems.push({
      code: 'crlf-line-ending', severity: 'error',
      message: `This line ends with a carriage return (Windows line endings${crlf > 1 ? `, ${crlf} lines` : ''}): iptables-restore reads it as part of the last word and refuses the file. Save the file with LF line endings.`,
      location: { uri: file.uri, range: { start: { line: first, character: 0 }, end: { line: first, character: length } } },
      data: { lines: crlf },
    });
  }
}

/** What an iptables-restore line is, from its first word. */
function lineKind(line: string): 'table' | 'rule' | 'commit' | 'other' {
  const trimmed = line.trim();
  if (trimmed === 'COMMIT') return 'commit';
  if (trimmed.startsWith('*')) return 'table';
  if (trimmed.startsWith('-') || trimmed.startsWith('[')) return 'rule';
  return 'other';
}
