/**
 * Include reading under attack: a repository can point an include at anything. Each case must end quickly with a
 * clear `include-not-read` warning (never a hang, a crash or a huge read). Every test has a timeout, so a regression
 * that blocks fails instead of hanging the suite.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkFile } from '../../server/src/engine/check';
import { expandGlobBounded, FileHost, MAX_GLOB_MATCHES, toUri } from '../../server/src/engine/file-host';
import { MAX_FILE_BYTES, readTextFile } from '../../server/src/engine/safe-read';
import { MAX_INCLUDED_FILES } from '../../server/src/model/nft-includes';
import { initParsers, parse } from '../../server/src/syntax/parser';

const LIMIT = { timeout: 20_000 };
let dir = '';

/** Checks `text` as `main.nft` in the test directory; returns the include problems (code: message). */
function includeProblems(text: string, host = new FileHost()): string[] {
  const file = path.join(dir, 'main.nft');
  writeFileSync(file, text);
  const parsed = { uri: toUri(file), text, dialect: 'nftables' as const, tree: parse('nftables', text) };
  try {
    return checkFile(parsed, host).problems.filter((p) => p.code.startsWith('include-')).map((p) => `${p.code}: ${p.message}`);
  } finally {
    parsed.tree.delete();
    host.dispose();
  }
}

before(async () => {
  await initParsers();
  dir = mkdtempSync(path.join(tmpdir(), 'nfrules-includes-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('special files behind an include', () => {
  it('a FIFO is refused without blocking', LIMIT, () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    assert.deepEqual(includeProblems('include "pipe"\n'), [`include-not-read: 'pipe': ${dir}/pipe is not read: it is a FIFO (named pipe), not a regular file.`]);
  });

  it('/dev/zero, /dev/stdin and /proc files are refused (pseudo file systems)', LIMIT, () => {
    const problems = includeProblems('include "/dev/zero"\ninclude "/dev/stdin"\ninclude "/proc/self/environ"\ninclude "/sys/kernel/notes"\n');
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems[0], /'\/dev\/zero'.*it is a device, not a regular file/);
    for (const p of problems) assert.match(p, /^include-not-read: /);
    assert.match(problems[2], /pseudo file system/);
    assert.ok(!problems.join('\n').includes('PATH='), 'the environment is never read');
  });

  it('a directory and a symbolic link loop are refused with their reason', LIMIT, () => {
    mkdirSync(path.join(dir, 'conf.d'));
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    assert.deepEqual(includeProblems('include "conf.d"\ninclude "loop-a"\n'), [
      `include-not-read: 'conf.d': ${dir}/conf.d is not read: it is a directory, not a regular file.`,
      `include-not-read: 'loop-a': ${dir}/loop-a is not read: it is a symbolic link loop.`,
    ]);
  });

  it('a dangling symbolic link is not found, as before', LIMIT, () => {
    symlinkSync('nowhere', path.join(dir, 'dangling'));
    assert.deepEqual(includeProblems('include "dangling"\n'), ["include-not-found: No file 'dangling' beside this file or in the include paths."]);
  });

  it('a file over the size limit is refused without reading it', LIMIT, () => {
    const big = path.join(dir, 'big.nft');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: costs no disk
    assert.deepEqual(includeProblems('include "big.nft"\n'), [`include-not-read: 'big.nft': ${big} is not read: it is 64 MB, over the limit of 64 MB.`]);
  });
});

describe('limits on how much is read', () => {
  it('readTextFile stops at its limit even when the size is not known in advance', LIMIT, () => {
    const file = path.join(dir, 'five.nft');
    writeFileSync(file, '12345');
    assert.deepEqual(readTextFile(file, 5).ok, true);
    const over = readTextFile(file, 4);
    assert.equal(over.ok, false);
    assert.match(over.ok ? '' : over.reason, /over the limit of 4 bytes/);
    const missing = readTextFile(path.join(dir, 'absent.nft'));
    assert.deepEqual(missing, { ok: false, reason: 'no such file', missing: true });
  });

  it('a glob matching more than the limit reads the first files and says so', LIMIT, () => {
    const many = path.join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < MAX_GLOB_MATCHES + 5; i++) writeFileSync(path.join(many, `r${String(i).padStart(5, '0')}.nft`), '');
    const { files, truncated } = expandGlobBounded(path.join(many, '*.nft'));
    assert.equal(files.length, MAX_GLOB_MATCHES);
    assert.equal(truncated, true);
    assert.equal(path.basename(files[0]), 'r00000.nft');
    const problems = includeProblems('include "many/*.nft"\n');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^include-not-read: 'many\/\*\.nft': .* matches more than 1024 files/);
  });

  it('a glob over a big tree stops at the directory-entry budget', LIMIT, () => {
    const tree = path.join(dir, 'tree');
    for (let a = 0; a < 10; a++) for (let b = 0; b < 10; b++) mkdirSync(path.join(tree, `a${a}`, `b${b}`), { recursive: true });
    const { truncated } = expandGlobBounded(path.join(tree, '*', '*', '*.nft'), { matches: 1024, entries: 50 });
    assert.equal(truncated, true);
    assert.equal(expandGlobBounded(path.join(tree, '*', '*', '*.nft')).truncated, false);
  });

  it('includes that multiply (six per level, sixteen levels) stop quickly at the file budget', LIMIT, () => {
    const fan = path.join(dir, 'fan');
    mkdirSync(fan);
    for (let level = 0; level < 16; level++) writeFileSync(path.join(fan, `l${level}.nft`), `include "l${level + 1}.nft"\n`.repeat(6));
    writeFileSync(path.join(fan, 'l16.nft'), 'table inet t { }\n');
    const problems = includeProblems('include "fan/l0.nft"\n');
    const notRead = problems.filter((p) => p.startsWith('include-not-read'));
    assert.ok(notRead.length > 0);
    assert.match(notRead[0], new RegExp(`${MAX_INCLUDED_FILES} included files have been read for this ruleset already`));
    // Reported once per include statement, not once per time it was reached.
    assert.ok(notRead.length <= 16 * 6, `${notRead.length} warnings`);
  });
});

describe('untrusted workspace', () => {
  it('files outside the allowed folders are not read from disk; inside ones are', LIMIT, () => {
    const inside = path.join(dir, 'ws');
    mkdirSync(inside);
    writeFileSync(path.join(inside, 'local.nft'), 'define inner = 1\n');
    const outside = path.join(dir, 'outside.nft');
    writeFileSync(outside, 'define outer = 1\n');
    const host = new FileHost();
    host.restrictTo([inside]);
    const file = path.join(inside, 'main.nft');
    const text = `include "local.nft"\ninclude "${outside}"\n`;
    const parsed = { uri: toUri(file), text, dialect: 'nftables' as const, tree: parse('nftables', text) };
    try {
      const problems = checkFile(parsed, host).problems.filter((p) => p.code.startsWith('include-')).map((p) => `${p.code}: ${p.message}`);
      assert.deepEqual(problems, [`include-not-read: '${outside}': ${outside} is not read: the workspace is not trusted and the file is outside its folders.`]);
      host.restrictTo(undefined);
      assert.deepEqual(checkFile(parsed, host).problems.filter((p) => p.code.startsWith('include-')), []);
    } finally {
      parsed.tree.delete();
      host.dispose();
    }
  });

  it('a symbolic link inside the workspace pointing out of it is outside', LIMIT, () => {
    const ws = path.join(dir, 'ws2');
    mkdirSync(ws);
    writeFileSync(path.join(dir, 'secret.nft'), 'define secret = 1\n');
    symlinkSync(path.join(dir, 'secret.nft'), path.join(ws, 'innocent.nft'));
    const host = new FileHost();
    host.restrictTo([ws]);
    assert.equal(host.load(toUri(path.join(ws, 'innocent.nft')), 'nftables'), undefined);
    assert.match(host.refusal(toUri(path.join(ws, 'innocent.nft'))) ?? '', /not trusted/);
    host.dispose();
  });
});
