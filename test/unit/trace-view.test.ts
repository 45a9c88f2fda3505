// The trace page: a strict Content-Security-Policy, escaped rule text, clickable steps, the pipeline in path order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTracePage } from '../../client/src/trace/view';
import { toReply, tracePacket } from '../../server/src/trace/index';
import { effect, field, ModelBuilder, n, opaque, verdict } from './trace-builder';

function page(): string {
  const m = new ModelBuilder();
  const t = m.table('inet', 'web');
  const input = m.chain(t, 'input', 'input', 0, 'drop');
  m.rule(input, 'limit rate 5/second log prefix "<script>alert(1)</script>"', [opaque('limit rate 5/second', 'limit')], [effect('log', { kind: 'none' })]);
  m.rule(input, 'tcp dport 22 jump ssh', [field('dport', [n(22)])], [verdict('jump', 'ssh')]);
  m.rule(m.chain(t, 'ssh'), 'accept', [], [verdict('accept')]);
  const rs = [m.ruleset()];
  const trace = toReply(tracePacket(rs, { family: 'ip', protocol: 'tcp', dport: 22 }, { assume: 'match' }), rs);
  return renderTracePage({ trace, packet: 'tcp * > *:22', files: ['test.nft'], nonce: 'N0NCE', fileName: () => 'test.nft' });
}

describe('trace page', () => {
  const html = page();

  it('has a strict policy: nothing remote, inline code only with the nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0NCE'/);
    assert.match(csp, /style-src 'nonce-N0NCE'/);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="N0NCE">']);
    assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="N0NCE">']);
    assert.doesNotMatch(html, /(src|href)="https?:/);
  });

  it('escapes what the rule file says', () => {
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('shows the hooks, the chains, the matched rules and the verdict; every step links to its rule', () => {
    assert.match(html, /<h2>input<\/h2>/);
    assert.match(html, /inet<\/span> web <b>input<\/b>/);
    assert.match(html, /<span class="in">ssh<\/span><code>accept<\/code> <b class="to">→ accept<\/b>/);
    assert.match(html, /class="verdict ok"/);
    assert.equal((html.match(/<li class="(matched|missed)[^"]*" data-uri="file:\/\/\/test.nft" data-line="\d+"/g) ?? []).length, 3);
    assert.match(html, /<button class="flip" data-key="file:\/\/\/test.nft#\d+" data-value="false">assume no match<\/button>/);
  });
});
