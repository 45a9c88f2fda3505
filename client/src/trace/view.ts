/**
 * The trace as a picture: the hook pipeline the packet took (with the branch it did not take, faint), the base
 * chains at each hook in the order they ran, the rules each one evaluated (matched ones bold, with their verdict and
 * effects), the routing decision, the verdict, and the assumptions with a switch to flip each one.
 * Pure: takes the server's reply and returns HTML. The page has a strict Content-Security-Policy: nothing loaded
 * from anywhere, one nonce for its style and script, no inline handlers; every text from a rule file is escaped.
 */
import type { TraceReply, TraceReplyStep } from '../../../server/src/trace/reply';
import { DIAGRAM_STYLE, hookDiagram } from './diagram';

/** What the page needs besides the trace. */
export interface ViewInput {
  trace: TraceReply;
  /** The packet as the user wrote it (shown in the re-trace box). */
  packet: string;
  /** Files of the ruleset, shown by name. */
  files: string[];
  nonce: string;
  /** Display name of a file by URI. */
  fileName(uri: string): string;
}

const FATE: Record<TraceReply['delivered'], string> = {
  local: 'delivered to a local socket', forwarded: 'forwarded', sent: 'sent out', dropped: 'dropped',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The whole page. */
export function renderTracePage(input: ViewInput): string {
  const { trace, nonce } = input;
  // Nothing is loaded, not even from the extension: no img-src, no font-src; the form only posts a message.
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'none'; base-uri 'none';`;
  const ok = trace.verdict === 'accept';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Packet trace</title>
<style nonce="${nonce}">${STYLE}${DIAGRAM_STYLE}</style>
</head><body>
<form id="retrace" class="packet"><label for="packet">Packet</label>
<input id="packet" name="packet" value="${escapeHtml(input.packet)}" spellcheck="false" autocomplete="off">
<button type="submit">Trace</button></form>
<p class="files">Ruleset: ${input.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(' + ')}</p>
<div class="verdict ${ok ? 'ok' : 'bad'}" id="verdict"><strong>${escapeHtml(trace.verdict)}</strong> — ${escapeHtml(FATE[trace.delivered])}
${trace.packetOut !== trace.packetIn ? `<span class="out">leaves as <code>${escapeHtml(trace.packetOut)}</code></span>` : ''}</div>
${trace.errors.map((e) => `<p class="error">${escapeHtml(e)}</p>`).join('')}
${hookDiagram(trace)}
<div class="pipeline">${pipeline(input)}</div>
${assumptions(input)}
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>`;
}

function pipeline(input: ViewInput): string {
  const { trace } = input;
  const visited = trace.hooks.map((h) => h.hook);
  const parts: string[] = [];
  trace.hooks.forEach((visit, i) => {
    if (i > 0) parts.push(arrow(routing(visit.hook, trace.hooks[i - 1].hook)));
    parts.push(hookBox(input, i));
  });
  // Where the packet did not go, faint: the rest of its path after a drop, or the branch routing did not take.
  if (trace.delivered === 'dropped') {
    for (const hook of notReached(visited)) parts.push(arrow(''), `<section class="hook skipped"><h2>${hook}</h2><p class="none">not reached</p></section>`);
  } else if (visited.includes('prerouting') && !visited.includes('output')) {
    const other = visited.includes('input') ? ['forward', 'postrouting'] : ['input'];
    parts.push(`<div class="branch">(not taken: ${other.join(' → ')})</div>`);
  }
  return parts.join('');
}

function notReached(visited: readonly string[]): string[] {
  const last = visited[visited.length - 1];
  if (visited.includes('output')) return last === 'output' ? ['postrouting'] : [];
  if (last === 'ingress' || last === 'prerouting') return ['input | forward'];
  return last === 'forward' ? ['postrouting'] : [];
}

function routing(hook: string, previous: string): string {
  if (previous === 'prerouting' && (hook === 'input' || hook === 'forward')) return hook === 'input' ? 'routing: local' : 'routing: forward';
  if (previous === 'output') return 'routing';
  if (previous === 'postrouting' && hook === 'prerouting') return 'loopback (lo)';
  return '';
}

function arrow(label: string): string {
  return `<div class="arrow">↓<span>${escapeHtml(label)}</span></div>`;
}

function hookBox(input: ViewInput, index: number): string {
  const visit = input.trace.hooks[index];
  const steps = input.trace.steps.filter((s) => s.hook === visit.hook);
  const chains = visit.chains.map((c) => {
    const own = steps.filter((s) => s.family === c.family && s.table === c.table && s.baseChain === c.chain);
    return `<div class="chain v-${escapeHtml(c.verdict)}"><h3><span class="family">${escapeHtml(c.family)}</span> ${escapeHtml(c.table)} <b>${escapeHtml(c.chain)}</b>
<span class="prio">${c.nat ? 'nat, ' : ''}priority ${c.priority}</span><span class="badge">${escapeHtml(c.verdict)}</span></h3>
<ol>${own.map((s) => stepItem(input, s)).join('')}</ol></div>`;
  }).join('');
  const notes = visit.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  return `<section class="hook"><h2>${escapeHtml(visit.hook)}</h2><p class="pkt"><code>${escapeHtml(visit.packet)}</code></p>
${chains ? `<div class="chains">${chains}</div>` : '<p class="none">no base chain here</p>'}${notes}</section>`;
}

function stepItem(input: ViewInput, step: TraceReplyStep): string {
  const target = step.rule?.location ?? step.policyLocation;
  const data = target ? ` data-uri="${escapeHtml(target.uri)}" data-line="${target.range.start.line}" data-character="${target.range.start.character}" tabindex="0" role="link"` : '';
  const where = target ? `<span class="where">${escapeHtml(input.fileName(target.uri))}:${target.range.start.line + 1}</span>` : '';
  if (!step.rule) return `<li class="policy matched"${data}>${where}policy <b>${escapeHtml(step.verdict ?? '')}</b></li>`;
  const chain = step.chain !== step.baseChain ? `<span class="in">${escapeHtml(step.chain)}</span>` : '';
  const text = `<code>${escapeHtml(step.rule.text.replace(/\s+/g, ' '))}</code>`;
  const effects = step.effects?.length ? `<div class="effects">${step.effects.map(escapeHtml).join('<br>')}</div>` : '';
  const detail = step.matched ? `<b class="to">→ ${escapeHtml(step.verdict ?? 'continue')}</b>` : `<div class="why">${escapeHtml(step.reason ?? 'no match')}</div>`;
  return `<li class="${step.matched ? 'matched' : 'missed'} depth-${Math.min(step.depth, 6)}"${data}>${where}${chain}${text} ${detail}${effects}</li>`;
}

function assumptions(input: ViewInput): string {
  const list = input.trace.assumptions;
  if (list.length === 0) return '<p class="none">No assumptions: every match was decided from the packet.</p>';
  const rows = list.map((a) => {
    const at = `${escapeHtml(input.fileName(a.location.uri))}:${a.location.range.start.line + 1}`;
    const flip = a.key && a.assumed !== 'default'
      ? `<button class="flip" data-key="${escapeHtml(a.key)}" data-value="${a.assumed === 'match' ? 'false' : 'true'}">assume ${a.assumed === 'match' ? 'no match' : 'match'}</button>` : '';
    return `<li data-uri="${escapeHtml(a.location.uri)}" data-line="${a.location.range.start.line}" data-character="${a.location.range.start.character}" tabindex="0" role="link">
<span class="where">${at}</span><code>${escapeHtml(a.text)}</code> <b>${a.assumed === 'default' ? 'default' : `assumed ${escapeHtml(a.assumed)}`}</b>
${flip}<div class="why">${escapeHtml(a.reason)}</div></li>`;
  }).join('');
  return `<h2 class="assume">Assumptions (${list.length})</h2><ul class="assumptions">${rows}</ul>`;
}

const STYLE = `
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:8px 16px}
code{font-family:var(--vscode-editor-font-family);font-size:.95em}
.packet{display:flex;gap:6px;align-items:center}.packet input{flex:1;font-family:var(--vscode-editor-font-family);background:var(--vscode-input-background);color:var(--vscode-input-foreground);border:1px solid var(--vscode-input-border,transparent);padding:3px 6px}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:0;padding:3px 10px;cursor:pointer}
button:hover{background:var(--vscode-button-hoverBackground)}
.files{opacity:.8;margin:4px 0 8px}
.verdict{font-size:1.25em;padding:6px 10px;border-left:4px solid;margin:6px 0 12px}
.verdict.ok{border-color:var(--vscode-testing-iconPassed,#3a3)}.verdict.bad{border-color:var(--vscode-testing-iconFailed,#c33)}
.verdict .out{display:block;font-size:.75em;opacity:.85}
.pipeline{display:flex;flex-direction:column;align-items:stretch;gap:2px;max-width:1100px}
.hook{border:1px solid var(--vscode-panel-border,#8884);border-radius:4px;padding:6px 8px;background:var(--vscode-editorWidget-background)}
.hook.skipped{opacity:.35}
.chains{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}.chains>.chain{flex:1 1 280px;min-width:0}
.hook h2{margin:0 0 2px;font-size:1.05em;text-transform:uppercase;letter-spacing:.05em}
.pkt{margin:0 0 6px;opacity:.75;font-size:.85em}
.arrow{display:flex;align-items:center;gap:8px;padding-left:24px;font-size:1.3em;opacity:.75;line-height:1.1}
.arrow span{font-size:.65em;white-space:nowrap}
.branch{opacity:.45;font-size:.9em;padding-left:24px}
.chain{border-left:3px solid var(--vscode-panel-border,#8886);margin:6px 0;padding:2px 0 2px 6px}
.chain.v-accept{border-color:var(--vscode-testing-iconPassed,#3a3)}.chain.v-drop,.chain.v-reject{border-color:var(--vscode-testing-iconFailed,#c33)}
.chain h3{margin:0;font-size:.95em;font-weight:normal}.family{opacity:.7}.prio{opacity:.6;font-size:.85em;margin-left:4px}
.badge{float:right;font-size:.8em;padding:0 6px;border-radius:8px;background:var(--vscode-badge-background);color:var(--vscode-badge-foreground)}
ol,ul{list-style:none;margin:2px 0;padding:0}
li{padding:2px 4px;margin:1px 0;border-radius:3px;cursor:pointer}
li:hover,li:focus{background:var(--vscode-list-hoverBackground);outline:none}
li.matched code{font-weight:bold}li.missed{opacity:.6;font-size:.9em}
li.depth-1{margin-left:12px}li.depth-2{margin-left:24px}li.depth-3{margin-left:36px}li.depth-4,li.depth-5,li.depth-6{margin-left:48px}
.where{opacity:.6;font-size:.8em;margin-right:6px}.in{font-size:.8em;opacity:.8;margin-right:4px}.in::after{content:":"}
.to{color:var(--vscode-textLink-foreground)}.why{font-size:.85em;opacity:.8;margin-left:8px}
.effects{font-size:.85em;margin-left:8px;color:var(--vscode-charts-purple,#a7c)}
.note{font-size:.85em;opacity:.75;font-style:italic;margin:4px 0}
.none{opacity:.6}.error{color:var(--vscode-errorForeground)}
.assume{font-size:1em;margin-top:16px}.flip{font-size:.8em;padding:1px 6px;margin-left:8px}
`;

// Clicking a step (or pressing Enter on it) asks the extension to reveal its rule; the form and the switches ask for
// a new trace. Nothing is fetched; the page only posts messages.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const flip = event.target.closest('button.flip');
  if (flip) { vscode.postMessage({ type: 'assume', key: flip.dataset.key, value: flip.dataset.value === 'true' }); return; }
  const item = event.target.closest('[data-uri]');
  if (item) vscode.postMessage({ type: 'reveal', uri: item.dataset.uri, line: Number(item.dataset.line), character: Number(item.dataset.character) });
});
document.addEventListener('keydown', (event) => {
  const item = event.target.closest && event.target.closest('[data-uri]');
  if (event.key === 'Enter' && item) vscode.postMessage({ type: 'reveal', uri: item.dataset.uri, line: Number(item.dataset.line), character: Number(item.dataset.character) });
});
document.getElementById('retrace').addEventListener('submit', (event) => {
  event.preventDefault();
  vscode.postMessage({ type: 'retrace', packet: document.getElementById('packet').value });
});
`;
