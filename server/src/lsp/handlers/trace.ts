/**
 * nfrules/trace and nfrules/baseChains: the packet trace over the open document (its includes followed) plus the
 * other rule files the editor names (iptables and nft mixed), and the base chains the editor puts lenses on.
 */
import { checkFile } from '../../engine/check';
import { toPath } from '../../engine/file-host';
import { readTextFile } from '../../engine/safe-read';
import type { Dialect, Ruleset } from '../../model/types';
import { detectDialect } from '../../syntax/dialect';
import {
  baseChains, parsePacketSpec, PacketSpecError, toReply, tracePacket, validatePacketSpec, type BaseChainEntry,
  type TraceReply,
} from '../../trace/index';
import type { LspFeature, ServerContext } from '../context';

/** Parameters of nfrules/trace. */
export interface TraceParams {
  uri: string;
  /** Other files loaded into the same kernel (URIs). */
  files?: string[];
  /** A packet spec: JSON object, or JSON/short-form text. */
  packet: unknown;
  assume?: 'match' | 'no-match';
  overrides?: Record<string, boolean>;
  localAddresses?: string[];
}

/** The reply: the trace, or why it could not be made. */
export type TraceResponse = { ok: true; trace: TraceReply } | { ok: false; error: string };

export const traceFeature: LspFeature = {
  register(context) {
    context.connection.onRequest('nfrules/trace', (params: TraceParams) => traceRequest(context, params));
    context.connection.onRequest('nfrules/baseChains', async ({ uri }: { uri: string }): Promise<BaseChainEntry[]> => {
      const open = await context.lookupModel(uri);
      return open ? baseChains(open.result.ruleset, uri) : [];
    });
  },
};

async function traceRequest(context: ServerContext, params: TraceParams): Promise<TraceResponse> {
  try {
    const spec = typeof params.packet === 'string' ? parsePacketSpec(params.packet) : validatePacketSpec(params.packet);
    await context.ready;
    const rulesets = loadRulesets(context, [params.uri, ...(params.files ?? [])]);
    if (rulesets.length === 0) return { ok: false, error: `${params.uri} is not open and cannot be read` };
    const result = tracePacket(rulesets, spec, {
      assume: params.assume === 'no-match' ? 'no-match' : 'match', overrides: params.overrides, localAddresses: params.localAddresses ?? [],
    });
    return { ok: true, trace: toReply(result, rulesets) };
  } catch (error) {
    if (error instanceof PacketSpecError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The model of each file (open documents first, else from disk); files another one includes are not loaded twice. */
function loadRulesets(context: ServerContext, uris: readonly string[]): Ruleset[] {
  const rulesets: Ruleset[] = [];
  const covered = new Set<string>();
  for (const uri of uris) {
    if (covered.has(uri)) continue;
    const ruleset = context.docs.get(uri) ? context.docs.check(uri)?.ruleset : fromDisk(context, uri);
    if (!ruleset) continue;
    rulesets.push(ruleset);
    covered.add(uri);
    for (const include of ruleset.includes) for (const resolved of include.resolved) covered.add(resolved);
  }
  return rulesets;
}

function fromDisk(context: ServerContext, uri: string): Ruleset | undefined {
  // The URI comes from the editor; read it like an include (regular files within the limit only).
  const read = readTextFile(toPath(uri));
  if (!read.ok) return undefined;
  const head = read.text.slice(0, 4096);
  const dialect: Dialect | undefined = detectDialect(toPath(uri), head);
  const file = dialect && context.host.load(uri, dialect);
  return file ? checkFile(file, context.host).ruleset : undefined;
}
