/**
 * The netfilter hooks as a small diagram (SVG, inline, no scripts): the packet's path is drawn bold, the hook where
 * it was dropped is marked, hooks it never reached stay faint.
 */
import type { TraceReply } from '../../../server/src/trace/reply';

interface Node {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Not a hook: the network, the routing decision, the local socket. */
  plain?: boolean;
}

const W = 104;
const H = 26;
const NODES: Node[] = [
  { id: 'net-in', label: 'network', x: 0, y: 58, plain: true },
  { id: 'ingress', label: 'INGRESS', x: 120, y: 58 },
  { id: 'prerouting', label: 'PREROUTING', x: 240, y: 58 },
  { id: 'route', label: 'routing', x: 350, y: 58, plain: true },
  { id: 'input', label: 'INPUT', x: 490, y: 8 },
  { id: 'local', label: 'local socket', x: 620, y: 8, plain: true },
  { id: 'output', label: 'OUTPUT', x: 750, y: 8 },
  { id: 'forward', label: 'FORWARD', x: 490, y: 58 },
  { id: 'postrouting', label: 'POSTROUTING', x: 750, y: 58 },
  { id: 'net-out', label: 'network', x: 880, y: 58, plain: true },
];

const EDGES: [string, string][] = [
  ['net-in', 'ingress'], ['ingress', 'prerouting'], ['prerouting', 'route'], ['route', 'input'], ['input', 'local'],
  ['route', 'forward'], ['forward', 'postrouting'], ['postrouting', 'net-out'], ['local', 'output'], ['output', 'postrouting'],
];

/** The diagram for a trace. */
export function hookDiagram(trace: TraceReply): string {
  const hooks = trace.hooks.map((h) => h.hook as string);
  const path = pathOf(trace, hooks);
  // Without ingress chains the packet still goes past the ingress point: the edge is on its path, the box is not.
  const drawn = path[0] === 'net-in' && path[1] !== 'ingress' ? ['net-in', 'ingress', ...path.slice(1)] : path;
  const onPath = new Set(drawn.flatMap((id, i) => (i > 0 ? [`${drawn[i - 1]}>${id}`] : [])));
  const dropped = trace.delivered === 'dropped' ? hooks[hooks.length - 1] : undefined;
  const edges = EDGES.map(([a, b]) => {
    const from = node(a);
    const to = node(b);
    const [x1, y1, x2, y2] = from.x === to.x ? [from.x + W / 2, from.y + H, to.x + W / 2, to.y]
      : [from.x + W, from.y + H / 2, to.x, to.y + H / 2];
    const cls = onPath.has(`${a}>${b}`) ? 'edge on' : 'edge';
    return `<path class="${cls}" d="M${x1},${y1} L${x2},${y2}" marker-end="url(#arrow)"/>`;
  });
  const nodes = NODES.map((n) => {
    const state = n.id === dropped ? 'dropped' : path.includes(n.id) ? 'on' : 'off';
    const shape = n.plain ? `<rect class="plain ${state}" x="${n.x}" y="${n.y}" width="${W}" height="${H}" rx="13"/>`
      : `<rect class="hook-node ${state}" x="${n.x}" y="${n.y}" width="${W}" height="${H}" rx="4"/>`;
    return `${shape}<text class="${state}" x="${n.x + W / 2}" y="${n.y + H / 2 + 4}">${n.id === dropped ? `✗ ${n.label}` : n.label}</text>`;
  });
  const loop = hooks.includes('output') && hooks.includes('input')
    ? '<text class="on small" x="240" y="104">sent to this host: back in over lo through PREROUTING and INPUT</text>' : '';
  return `<svg class="diagram" viewBox="-2 0 990 ${loop ? 112 : 92}" role="img" aria-label="netfilter hooks the packet passed">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>
${edges.join('')}${nodes.join('')}${loop}</svg>`;
}

function node(id: string): Node {
  return NODES.find((n) => n.id === id) as Node;
}

/** The diagram nodes the packet passed, in order. */
function pathOf(trace: TraceReply, hooks: string[]): string[] {
  const end = trace.delivered === 'local' ? ['local'] : trace.delivered === 'forwarded' || trace.delivered === 'sent' ? ['net-out'] : [];
  if (hooks[0] === 'output') {
    const looped = hooks.includes('input');
    const out = ['local', ...hooks.filter((h) => h === 'output' || h === 'postrouting')];
    return looped ? [...out, 'prerouting', 'route', 'input', 'local'] : [...out, ...end];
  }
  const start = ['net-in', ...(hooks.includes('ingress') ? ['ingress'] : [])];
  const rest = hooks.filter((h) => h !== 'ingress');
  const withRoute = rest.flatMap((h) => (h === 'prerouting' && rest.length > 1 ? [h, 'route'] : [h]));
  return [...start, ...withRoute, ...end];
}

/** Styles of the diagram (part of the page's one style element). */
export const DIAGRAM_STYLE = `
.diagram{width:100%;max-width:820px;margin:4px 0 10px}
.diagram text{font-size:11px;text-anchor:middle;fill:var(--vscode-foreground)}
.diagram text.off{opacity:.35}.diagram text.small{font-size:10px;text-anchor:start}
.diagram .hook-node,.diagram .plain{fill:none;stroke:var(--vscode-foreground);stroke-opacity:.25}
.diagram .plain{stroke-dasharray:3 2}
.diagram .hook-node.on{fill:var(--vscode-button-background);fill-opacity:.35;stroke:var(--vscode-button-background);stroke-opacity:1;stroke-width:2}
.diagram .hook-node.dropped{fill:var(--vscode-testing-iconFailed,#c33);fill-opacity:.3;stroke:var(--vscode-testing-iconFailed,#c33);stroke-opacity:1;stroke-width:2}
.diagram .plain.on{stroke-opacity:.8}
.diagram .edge{stroke:var(--vscode-foreground);stroke-opacity:.2;fill:none}
.diagram .edge.on{stroke:var(--vscode-button-background);stroke-opacity:1;stroke-width:2.5}
.diagram .arrowhead{fill:var(--vscode-foreground);fill-opacity:.5}
`;
