/**
 * Parses `nft -a monitor trace` text output into per-packet event lists.
 *
 * Kernel trace ids are reused across packets, so a trace id is not a packet identity. Every base-chain entry starts
 * with a `packet:` line that prints the headers; we tag each test packet (IPv4 id / IPv6 flow label) and re-bind the
 * trace id to a packet whenever a `packet:` line carries one of our tags. Lines of untagged traffic are dropped.
 */
import { addressBytes } from './packet-bytes';

/** One raw line of the trace, already split into fields. */
export interface RawTraceEvent {
  kind: 'packet' | 'rule' | 'policy' | 'return';
  family: string;
  table: string;
  chain: string;
  handle?: number;
  verdict?: string;
  /** The rule as nft printed it (kind 'rule' only). */
  text?: string;
}

/** What identifies one test packet in the trace. */
export interface TagSpec {
  tag: number;
  family: 'ip' | 'ip6';
  saddr: string;
}

const LINE = /^trace id ([0-9a-f]+) (\S+) (\S+) (\S+) (packet|rule|policy|verdict)(?::|\b) ?(.*)$/;
const RULE_TAIL = /^(.*?) ?# handle (\d+) \(verdict ([^)]*)\)$/;

/** Collects trace events per tag from monitor lines fed in arrival order. */
export class TraceCollector {
  private readonly owner = new Map<string, number | undefined>();
  private readonly events = new Map<number, RawTraceEvent[]>();

  constructor(private readonly tags: readonly TagSpec[]) {}

  /** Feeds one line of monitor output. */
  feed(line: string): void {
    const m = LINE.exec(line.trim());
    if (!m) return;
    const [, id, family, table, chain, word, rest] = m;
    if (word === 'packet') {
      this.owner.set(id, this.claim(rest));
    }
    const tag = this.owner.get(id);
    if (tag === undefined) return;
    const event = toEvent(word, rest, { family, table, chain });
    if (event) this.events.get(tag)?.push(event);
  }

  /** Events recorded for one tag, in kernel order. */
  eventsFor(tag: number): RawTraceEvent[] {
    return this.events.get(tag) ?? [];
  }

  /** Whether a `packet:` line with this tag has been seen. */
  seen(tag: number): boolean {
    return (this.events.get(tag)?.length ?? 0) > 0;
  }

  // A first sighting must also carry the packet's source address (a stray packet could share the id by chance);
  // later sightings may show rewritten addresses (NAT), so only the tag is checked then.
  private claim(fields: string): number | undefined {
    const headers = packetHeaders(fields);
    const spec = this.tags.find((t) => headers.family === t.family && headers.tag === t.tag);
    if (!spec) return undefined;
    if (!this.events.has(spec.tag)) {
      if (!headers.saddr || !sameAddress(headers.saddr, spec.saddr, spec.family)) return undefined;
      this.events.set(spec.tag, []);
    }
    return spec.tag;
  }
}

function sameAddress(a: string, b: string, family: 'ip' | 'ip6'): boolean {
  try {
    return addressBytes(a, family === 'ip6').equals(addressBytes(b, family === 'ip6'));
  } catch {
    return false;
  }
}

/** Extracts the family, tag (ip id / ip6 flowlabel) and source address from a `packet:` line. */
export function packetHeaders(fields: string): { family?: 'ip' | 'ip6'; tag?: number; saddr?: string } {
  const id = / ip id (\d+)/.exec(` ${fields}`);
  if (id) return { family: 'ip', tag: Number(id[1]), saddr: / ip saddr (\S+)/.exec(` ${fields}`)?.[1] };
  const label = / ip6 flowlabel (\d+)/.exec(` ${fields}`);
  if (label) return { family: 'ip6', tag: Number(label[1]), saddr: / ip6 saddr (\S+)/.exec(` ${fields}`)?.[1] };
  return {};
}

function toEvent(word: string, rest: string, where: Pick<RawTraceEvent, 'family' | 'table' | 'chain'>): RawTraceEvent | undefined {
  if (word === 'packet') return { kind: 'packet', ...where };
  // nft appends the packet mark after a policy or end-of-chain verdict ("accept meta mark 0x00000005").
  if (word === 'policy') return { kind: 'policy', ...where, verdict: firstWord(rest) };
  if (word === 'verdict') return { kind: 'return', ...where, verdict: firstWord(rest) };
  const tail = RULE_TAIL.exec(rest);
  if (!tail) return { kind: 'rule', ...where, text: rest.trim() };
  return { kind: 'rule', ...where, text: tail[1].trim(), handle: Number(tail[2]), verdict: tail[3].trim() };
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}
