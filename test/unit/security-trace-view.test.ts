/**
 * The trace page against hostile rule files: every text a rule file or a packet controls (table, chain and file
 * names, rule text and comments, notes, assumptions, URIs) carries markup, and the page must still contain only our
 * own tags and attributes, under a policy that loads nothing and runs only the nonce'd script.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, renderTracePage } from '../../client/src/trace/view';
import { toReply, tracePacket } from '../../server/src/trace/index';
import { isSafeReveal } from '../../client/src/webview-guard';
import { field, ModelBuilder, n, opaque, verdict } from './trace-builder';

const EVIL = [
  '"<img src=x onerror=alert(1)>"',
  "'><script>alert(2)</script>",
  '</code></li><iframe src="https://evil.example/"></iframe>',
  '" onmouseover="alert(3)',
  '<svg onload=alert(4)>',
  '<a href="javascript:alert(5)">x</a>',
  '<style>body{background:url(https://evil.example/)}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
];

/** Tags our page is made of; anything else would come from the rule file. */
const OUR_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'form', 'label', 'input', 'button', 'p', 'code', 'div', 'strong',
  'span', 'section', 'h2', 'h3', 'b', 'ol', 'ul', 'li', 'br', 'script', 'svg', 'defs', 'marker', 'path', 'rect', 'text',
]);

function hostilePage(payload: string): string {
  const m = new ModelBuilder(`file:///${encodeURIComponent(payload)}.nft`);
  const t = m.table('inet', payload);
  const input = m.chain(t, payload, 'input', 0, 'drop');
  m.rule(input, `limit rate 5/second comment "${payload}"`, [opaque(`limit rate 5/second ${payload}`, 'limit')], [verdict('jump', payload)]);
  m.rule(input, `tcp dport 22 accept comment "${payload}"`, [field('dport', [n(22)])], [verdict('accept')]);
  m.rule(m.chain(t, payload), `counter comment "${payload}"`, [], []);
  const rs = [m.ruleset()];
  const trace = toReply(tracePacket(rs, { family: 'ip', protocol: 'tcp', dport: 22 }, { assume: 'match' }), rs);
  // What the simulator may put into free text, hostile as well.
  trace.errors.push(payload);
  for (const hook of trace.hooks) hook.notes.push(payload);
  for (const a of trace.assumptions) a.reason = `${a.reason} ${payload}`;
  return renderTracePage({ trace, packet: payload, files: [payload], nonce: 'Tm9uY2U=', fileName: () => payload });
}

/** Every tag of a page with its attributes; fails on an attribute list that is not plain name="value" pairs. */
function tags(html: string): { name: string; attributes: Map<string, string> }[] {
  const body = html.replace(/<(script|style)( nonce="[^"]*")?>[\s\S]*?<\/\1>/g, '<$1$2></$1>').replace(/^<!DOCTYPE html>/, '');
  const out: { name: string; attributes: Map<string, string> }[] = [];
  for (const m of body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const attributes = new Map<string, string>();
    const rest = m[2].replace(/\/$/, '').replace(/\s+([a-zA-Z-:]+)(?:="([^"]*)")?/g, (_, name: string, value = '') => {
      attributes.set(name.toLowerCase(), value);
      return '';
    });
    assert.equal(rest.trim(), '', `stray attribute text in <${m[1]}${m[2]}>`);
    out.push({ name: m[1].toLowerCase(), attributes });
  }
  return out;
}

describe('trace page with hostile names and comments', () => {
  for (const payload of EVIL) {
    it(`keeps ${JSON.stringify(payload)} as text`, () => {
      const html = hostilePage(payload);
      assert.ok(html.includes(escapeHtml(payload)), 'the text is shown, escaped');
      for (const tag of tags(html)) {
        assert.ok(OUR_TAGS.has(tag.name), `<${tag.name}> is not ours`);
        for (const [name, value] of tag.attributes) {
          assert.doesNotMatch(name, /^on/, `inline handler ${name} on <${tag.name}>`);
          assert.doesNotMatch(value, /^\s*(javascript|https?|data):/i, `${name}="${value}" on <${tag.name}>`);
          if (name === 'src' || name === 'href') assert.fail(`<${tag.name} ${name}> loads something`);
        }
      }
      assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    });
  }

  it('has a policy that loads nothing: default none, nonce for style and script, no form target, no base', () => {
    const html = hostilePage(EVIL[0]);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]));
    assert.deepEqual(Object.fromEntries(directives), {
      'default-src': ["'none'"], 'style-src': ["'nonce-Tm9uY2U='"], 'script-src': ["'nonce-Tm9uY2U='"],
      'form-action': ["'none'"], 'base-uri': ["'none'"],
    });
    // The policy comes first in <head>, before anything it must govern.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'));
  });

  it('escapes the five characters that matter in text and attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('messages the page posts', () => {
  it('a reveal opens only file and untitled documents at a sane position', () => {
    assert.equal(isSafeReveal({ uri: 'file:///etc/nftables.conf', line: 3, character: 0 }), true);
    assert.equal(isSafeReveal({ uri: 'untitled:Untitled-1', line: 0, character: 2 }), true);
    for (const uri of ['command:workbench.action.terminal.new', 'vscode://settings', 'https://evil.example/', 'javascript:alert(1)', '/etc/passwd', 42]) {
      assert.equal(isSafeReveal({ uri, line: 0, character: 0 }), false, String(uri));
    }
    for (const line of [-1, 1.5, Number.NaN, '3', 2 ** 40]) assert.equal(isSafeReveal({ uri: 'file:///a.nft', line, character: 0 }), false, String(line));
  });
});
