/**
 * The keystroke part of `npm run bench`: where one edit's first publication goes, in process, on an open document
 * (the document store as the server holds it): applying the edit and the incremental parse, the quick check (for
 * iptables, the splice of the edited line or a full lowering), turning problems into LSP diagnostics, and encoding
 * and decoding the publication as JSON (what the server's writer and the client's reader do with it). The same
 * edits as the server benchmark: a character typed into a rule and removed, at positions drawn with a fixed seed;
 * the rule logic runs to completion between edits, as when typing pauses.
 */
import { readFileSync } from 'node:fs';
import { DocumentStore } from '../server/src/documents';
import { NO_FILES } from '../server/src/engine/source';
import { toDiagnostic } from '../server/src/lsp/convert';
import { typedEdits } from './bench-edit';
import { percentile } from './lib/bench-util';

export interface KeystrokePhases {
  edits: number;
  /** How many of the quick checks were spliced (iptables, model/iptables-splice.ts). */
  spliced: number;
  phases: Record<'edit + parse' | 'quick check' | 'to LSP' | 'encode' | 'decode' | 'total', number[]>;
}

/** Opens a file in a document store and times each phase of `count` edit pairs (typed, then removed). */
export function keystrokePhases(file: string, dialect: 'iptables' | 'nftables', count: number): KeystrokePhases {
  const text = readFileSync(file, 'utf8');
  const store = new DocumentStore(NO_FILES);
  const uri = `file:///bench/keystroke.${dialect === 'iptables' ? 'rules' : 'nft'}`;
  const phases: KeystrokePhases['phases'] = { 'edit + parse': [], 'quick check': [], 'to LSP': [], encode: [], decode: [], total: [] };
  try {
    store.open(uri, dialect, 1, text);
    store.check(uri);
    let version = 1;
    for (const pair of typedEdits(text, dialect, count)) {
      for (const change of pair) {
        const t0 = performance.now();
        store.change(uri, ++version, [change]);
        const t1 = performance.now();
        const quick = store.quickCheck(uri);
        const carried = store.get(uri)?.carried ?? [];
        const t2 = performance.now();
        const diagnostics = [...(quick?.problems ?? []), ...carried].map(toDiagnostic);
        const t3 = performance.now();
        const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
        const t4 = performance.now();
        JSON.parse(json);
        const t5 = performance.now();
        phases['edit + parse'].push(t1 - t0);
        phases['quick check'].push(t2 - t1);
        phases['to LSP'].push(t3 - t2);
        phases.encode.push(t4 - t3);
        phases.decode.push(t5 - t4);
        phases.total.push(t5 - t0);
        const steps = store.deferredSteps(uri);
        while (steps && !steps.next().done) { /* the rule logic, to completion */ }
        store.check(uri);
      }
    }
    return { edits: 2 * count, spliced: store.splices(uri), phases };
  } finally {
    store.dispose();
  }
}

/** Table rows: one per phase, p50 and p95. */
export function keystrokeRows(name: string, result: KeystrokePhases): string[] {
  const rows = Object.entries(result.phases).map(([phase, values]) =>
    `  ${name.padEnd(20)} ${phase.padEnd(14)} ${percentile(values, 50).toFixed(1).padStart(7)} ${percentile(values, 95).toFixed(1).padStart(7)}`);
  return [...rows, `  ${name.padEnd(20)} ${result.spliced} of ${result.edits} quick checks spliced`];
}
