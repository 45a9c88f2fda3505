import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { kernelAvailable } from './available';
import { Listeners, ListenerSpec } from './listeners';
import { Dialect, loadInto } from './load';
import { TraceMonitor } from './monitor';
import { withNamespaces } from './namespaces';
import { PacketSpec, ResolvedPacket, resolvePacket } from './packet';
import { encodePacket } from './packet-bytes';
import { RulesetIndex } from './ruleset-index';
import { mustRun, runIn } from './run';
import { PacketSender } from './sender';
import { buildTopology, FwInterfaces, Topology } from './topology';
import { TagSpec, TraceCollector } from './trace-parse';
import { TraceResult, buildResult } from './trace-result';
import { TRACE_TABLE_TEXT } from './trace-table';

/** Input of `traceRuleset`. */
export interface TraceInput {
  dialect: Dialect;
  text: string;
  packets: PacketSpec[];
  /** Extra addresses given to fw (on lo), e.g. for TPROXY or for local delivery to other addresses. */
  localAddresses?: string[];
  /** Extra files for nft `include`. */
  includes?: Record<string, string>;
  /** More rule files loaded into fw after `text`, in order (iptables and nft mixed in one kernel). */
  also?: { dialect: Dialect; text: string }[];
  /** Commands run in fw after the topology is up and before the ruleset loads (e.g. `ip rule`, `ip route`). */
  fwCommands?: string[][];
  /** TCP listeners held open in fw while the packets are sent (TPROXY needs a transparent one). */
  listeners?: ListenerSpec[];
  /** Names for fw's client-side and server-side interfaces (default veth-c and veth-s). */
  interfaces?: FwInterfaces;
}

const READY_TIMEOUT_MS = 3000;
const PROBE_INTERVAL_MS = 100;
const SETTLE_MS = 30;

/** Loads a ruleset into fw of a fresh client/fw/server topology, sends the packets in order, returns kernel traces. */
export async function traceRuleset(input: TraceInput): Promise<TraceResult[]> {
  const available = kernelAvailable();
  if (!available.ok) throw new Error(`kernel harness unavailable: ${available.reason ?? ''}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'nfr-trace-'));
  try {
    return await withNamespaces(3, async ([client, fw, server]) => {
      const topology = { client, fw, server };
      await buildTopology(topology, input.localAddresses, input.interfaces);
      for (const [program, ...args] of input.fwCommands ?? []) await mustRun('ip', ['netns', 'exec', fw, program, ...args]);
      const index = await loadWithTracing(fw, input, dir);
      const listeners = input.listeners?.length ? await Listeners.start(fw, input.listeners) : undefined;
      try {
        return await sendAndCollect(topology, input.packets, index);
      } finally {
        listeners?.close();
      }
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function loadWithTracing(fw: string, input: TraceInput, dir: string): Promise<RulesetIndex> {
  const file = path.join(dir, 'ruleset');
  await writeFile(file, input.text);
  for (const [name, content] of Object.entries(input.includes ?? {})) await writeFile(path.join(dir, name), content);
  const loaded = await loadInto(fw, input.dialect, file, dir, false);
  if (loaded.code !== 0) throw new Error(`the kernel rejected the ruleset: ${loaded.stderr.trim()}`);
  for (const [i, extra] of (input.also ?? []).entries()) {
    const extraFile = path.join(dir, `also-${i}`);
    await writeFile(extraFile, extra.text);
    const more = await loadInto(fw, extra.dialect, extraFile, dir, false);
    if (more.code !== 0) throw new Error(`the kernel rejected ruleset file ${i + 2}: ${more.stderr.trim()}`);
  }
  // Loaded after the user's file, which may start with `flush ruleset`.
  const traced = await runIn(fw, 'nft', ['-f', '-'], { input: TRACE_TABLE_TEXT });
  if (traced.code !== 0) throw new Error(`tracing table: ${traced.stderr.trim()}`);
  return new RulesetIndex(await mustRun('ip', ['netns', 'exec', fw, 'nft', '-j', '-a', 'list', 'ruleset']));
}

async function sendAndCollect(t: Topology, specs: readonly PacketSpec[], index: RulesetIndex): Promise<TraceResult[]> {
  const base = 1000 + Math.floor(Math.random() * 50_000);
  const packets = specs.map((spec, i) => resolvePacket(spec, base + i));
  const probeTag = base + packets.length;
  const collector = new TraceCollector([...packets.map(tagOf), ...probeTags(probeTag)]);
  const monitor = new TraceMonitor(t.fw);
  const sender = new PacketSender();
  try {
    monitor.lines.onLine((line) => collector.feed(line));
    await waitUntilTraced(sender, t, collector, probeTag, 'monitor did not start');
    for (const p of packets) await sender.send(nsOf(t, p), p.family === 'ip' ? 4 : 6, p.daddr, encodePacket(p), p.mark);
    await waitUntilTraced(sender, t, collector, probeTag + 1, 'trace did not complete');
    await delay(SETTLE_MS);
  } finally {
    sender.close();
    await monitor.stop();
  }
  return packets.map((p, i) => buildResult(specs[i], collector.eventsFor(p.tag), index));
}

// A probe is a UDP packet from the client to fw; its `packet:` line in the tracing table proves the monitor is
// listening (first probe) or that every earlier packet has been through fw (last probe), since fw handles the
// packets of one sender in order. Sent again every PROBE_INTERVAL_MS until seen, within a bounded time.
async function waitUntilTraced(sender: PacketSender, t: Topology, c: TraceCollector, tag: number, what: string): Promise<void> {
  const probe = resolvePacket({ family: 'ip', protocol: 'udp', origin: 'network', dport: 9 }, tag);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await sender.send(t.client, 4, probe.daddr, encodePacket(probe));
    const until = Date.now() + PROBE_INTERVAL_MS;
    while (Date.now() < until && !c.seen(tag)) await delay(5);
    if (c.seen(tag)) return;
  }
  throw new Error(`${what} within ${READY_TIMEOUT_MS} ms`);
}

function probeTags(first: number): TagSpec[] {
  const probe = resolvePacket({ family: 'ip', protocol: 'udp', origin: 'network' }, first);
  return [tagOf(probe), { ...tagOf(probe), tag: first + 1 }];
}

function tagOf(p: ResolvedPacket): TagSpec {
  return { tag: p.tag, family: p.family, saddr: p.saddr };
}

function nsOf(t: Topology, p: ResolvedPacket): string {
  return p.sender === 'fw' ? t.fw : p.sender === 'server' ? t.server : t.client;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
