/**
 * Lowers an iptables target (`-j NAME …`) into model statements: the verdict the kernel returns for terminal targets
 * and the effect on what later matches can see (marks, NAT, tproxy, notrack, header fields). A target whose outcome
 * depends on the packet (SYNPROXY answers SYNs and lets the rest continue) gets no verdict: the analyses then never
 * treat it as deciding anything. Every catalog target has an entry in TARGETS (a unit test checks this).
 */
import type { IpFamily } from '../catalog/iptables';
import { DSCP_CLASSES } from '../catalog/iptables/matches/ip-header';
import { parseNatRange, parsePortRange } from '../catalog/values';
import type { Field } from './fields';
import type { TargetUse } from './iptables-resolve';
import { addressValue, intValue, markValue } from './iptables-values';
import type { Effect, Hook, Verdict } from './types';

/** What a target needs to know about where it is. */
export interface TargetContext {
  family: IpFamily;
  /** Hook of the built-in chain the rule is in (undefined in user chains). */
  hook?: Hook;
}

/** The verdict and effects of one target; several effects become several statements (the verdict on the last). */
export interface TargetOutcome {
  verdict?: Verdict;
  effects: Effect[];
}

/** Target arguments by canonical option name, values without quotes (several words joined by a space). */
export type TargetArgs = Record<string, string>;

type Lowering = (args: TargetArgs, context: TargetContext) => TargetOutcome;

const FULL = 0xffffffffn;
const NONE: Effect = { kind: 'none' };
const accept: Verdict = { kind: 'accept' };
const drop: Verdict = { kind: 'drop' };

/** Effects only, no verdict. */
function effects(...list: Effect[]): TargetOutcome {
  return { effects: list };
}

function unknown(fields?: Field[]): Effect {
  return fields === undefined ? { kind: 'unknown' } : { kind: 'unknown', fields };
}

/** `field = (field & ~mask) ^ value`, a set-field when the XOR only touches cleared bits. */
function xmark(field: Field, value: bigint, mask: bigint): Effect {
  if ((value & ~mask & FULL) !== 0n) return unknown([field]);
  if (mask === 0n) return NONE;
  return mask === FULL ? { kind: 'set-field', field, value } : { kind: 'set-field', field, value, mask };
}

/** MARK and CONNMARK value operations (both targets turn every form into a masked XOR in the kernel). */
function markOperation(field: Field, args: TargetArgs): Effect | undefined {
  const read = (name: string): { value: bigint; mask: bigint } | undefined => (args[name] === undefined ? undefined : markValue(args[name]));
  const xm = read('--set-xmark');
  if (xm) return xmark(field, xm.value, xm.mask);
  const set = read('--set-mark');
  if (set) return xmark(field, set.value, set.value | set.mask);
  const and = read('--and-mark');
  if (and) return xmark(field, 0n, ~and.value & FULL);
  const or = read('--or-mark');
  if (or) return xmark(field, or.value, or.value);
  const xor = read('--xor-mark');
  if (xor) return xor.value === 0n ? NONE : unknown([field]);
  return undefined;
}

/** CONNMARK --save-mark / --restore-mark: a copy under one mask when --ctmask and --nfmask agree and nothing shifts. */
function connmarkCopy(args: TargetArgs): Effect | undefined {
  const save = '--save-mark' in args;
  if (!save && !('--restore-mark' in args)) return undefined;
  const to: Field = save ? 'ct.mark' : 'mark';
  const mask = (name: string): bigint | undefined => {
    const text = args[name] ?? args['--mask'];
    return text === undefined ? FULL : markValue(text)?.value;
  };
  const [ct, nf] = [mask('--ctmask'), mask('--nfmask')];
  const shifted = ['--left-shift-mark', '--right-shift-mark'].some((n) => args[n] !== undefined && args[n] !== '0');
  if (ct === undefined || nf === undefined || ct !== nf || shifted) return unknown([to]);
  const from: Field = save ? 'mark' : 'ct.mark';
  return ct === FULL ? { kind: 'copy-field', field: to, from } : { kind: 'copy-field', field: to, from, mask: ct };
}

/** DNAT/SNAT `--to-destination`/`--to-source`. */
function nat(kind: 'dnat' | 'snat', option: string): Lowering {
  return (args, context) => {
    const text = args[option];
    const parsed = text === undefined ? undefined : parseNatRange(text, context.family);
    if (!parsed?.ok) return { verdict: accept, effects: [unknown([kind === 'dnat' ? 'daddr' : 'saddr', kind === 'dnat' ? 'dport' : 'sport'])] };
    const r = parsed.value;
    const effect: Effect = { kind, family: context.family === 'ipv4' ? 'ip' : 'ip6' };
    if (r.addrLo !== undefined) effect.address = r.addrLo;
    if (r.addrHi !== undefined && r.addrHi !== r.addrLo) effect.addressHi = r.addrHi;
    if (r.portLo !== undefined) effect.port = r.portLo;
    if (r.portHi !== undefined && r.portHi !== r.portLo) effect.portHi = r.portHi;
    return { verdict: accept, effects: [effect] };
  };
}

/** MASQUERADE / REDIRECT `--to-ports p[-q]`. */
function toPorts(kind: 'masquerade' | 'redirect'): Lowering {
  return (args) => {
    const effect: Effect = { kind };
    if (args['--to-ports'] !== undefined) {
      const ports = parsePortRange(args['--to-ports'], '-');
      if (!ports.ok) return { verdict: accept, effects: [unknown([kind === 'redirect' ? 'dport' : 'sport'])] };
      effect.port = ports.value[0];
      if (ports.value[1] !== ports.value[0]) effect.portHi = ports.value[1];
    }
    return { verdict: accept, effects: [effect] };
  };
}

/** TPROXY: the mark (a masked XOR like MARK --set-xmark) is set before the packet is diverted to the socket. */
function tproxy(args: TargetArgs, context: TargetContext): TargetOutcome {
  const list: Effect[] = [];
  if (args['--tproxy-mark'] !== undefined) {
    const m = markValue(args['--tproxy-mark']);
    list.push(m ? xmark('mark', m.value, m.mask) : unknown(['mark']));
  }
  const effect: Effect = { kind: 'tproxy', family: context.family === 'ipv4' ? 'ip' : 'ip6' };
  const port = args['--on-port'] === undefined ? undefined : parsePortRange(args['--on-port'], '-');
  // Port 0 keeps the packet's own destination port.
  if (port?.ok && port.value[0] === port.value[1] && port.value[0] !== 0) effect.port = port.value[0];
  const address = args['--on-ip'] === undefined ? undefined : addressValue(args['--on-ip'], context.family);
  if (address !== undefined && address !== 0n) effect.address = address;
  list.push(effect);
  return { verdict: accept, effects: list };
}

/** NETMAP rewrites the network part of the destination (PREROUTING, OUTPUT) or source (POSTROUTING, INPUT). */
function netmap(_args: TargetArgs, context: TargetContext): TargetOutcome {
  const fields: Field[] = context.hook === 'prerouting' || context.hook === 'output' ? ['daddr']
    : context.hook === 'postrouting' || context.hook === 'input' ? ['saddr'] : ['saddr', 'daddr'];
  return { verdict: accept, effects: [unknown(fields)] };
}

/** TTL / HL: set is exact, decrement and increment depend on the packet. */
function hopLimit(prefix: 'ttl' | 'hl'): Lowering {
  return (args) => {
    const set = args[`--${prefix}-set`] === undefined ? undefined : intValue(args[`--${prefix}-set`], 0, 255);
    return effects(set === undefined ? unknown(['ttl']) : { kind: 'set-field', field: 'ttl', value: BigInt(set) });
  };
}

function dscp(args: TargetArgs): TargetOutcome {
  const value = args['--set-dscp'] !== undefined ? intValue(args['--set-dscp'], 0, 63)
    : args['--set-dscp-class'] !== undefined ? DSCP_CLASSES[args['--set-dscp-class'].toUpperCase()] : undefined;
  return effects(value === undefined ? unknown(['dscp']) : { kind: 'set-field', field: 'dscp', value: BigInt(value) });
}

function ct(args: TargetArgs): TargetOutcome {
  if ('--notrack' in args) return effects({ kind: 'notrack' });
  // A zone changes which connection the packet is looked up in; helpers, timeouts and event masks change nothing visible.
  const zoned = ['--zone', '--zone-orig', '--zone-reply'].some((z) => z in args);
  return effects(zoned ? unknown(['ct.state', 'ct.status', 'ct.mark', 'ct.direction']) : NONE);
}

const none: Lowering = () => effects(NONE);
/** Rewrites of header parts the model has no field for. */
const rewritesOther: Lowering = () => effects(unknown([]));
/** Targets that consume the packet (answering it themselves or not at all). */
const consumes: Lowering = () => ({ verdict: drop, effects: [NONE] });
/** Targets whose outcome depends on the packet (continue for some, stolen or dropped for others). */
const undecided: Lowering = () => effects(unknown([]));

/** Every target of the catalog, by name. */
export const TARGETS: Record<string, Lowering> = {
  ACCEPT: () => ({ verdict: accept, effects: [NONE] }),
  DROP: () => ({ verdict: drop, effects: [NONE] }),
  RETURN: () => ({ verdict: { kind: 'return' }, effects: [NONE] }),
  QUEUE: () => ({ verdict: { kind: 'queue' }, effects: [NONE] }),
  NFQUEUE: () => ({ verdict: { kind: 'queue' }, effects: [NONE] }),
  REJECT: (args) => ({ verdict: { kind: 'reject', with: args['--reject-with'] }, effects: [NONE] }),
  DNAT: nat('dnat', '--to-destination'),
  SNAT: nat('snat', '--to-source'),
  MASQUERADE: toPorts('masquerade'),
  REDIRECT: toPorts('redirect'),
  NETMAP: netmap,
  TPROXY: tproxy,
  MARK: (args) => effects(markOperation('mark', args) ?? unknown(['mark'])),
  CONNMARK: (args) => effects(connmarkCopy(args) ?? markOperation('ct.mark', args) ?? unknown(['ct.mark'])),
  NOTRACK: () => effects({ kind: 'notrack' }),
  CT: ct,
  DSCP: dscp,
  TOS: () => effects(unknown(['dscp'])),
  TTL: hopLimit('ttl'),
  HL: hopLimit('hl'),
  ECN: (args) => effects(unknown(Object.keys(args).some((k) => k.startsWith('--ecn-tcp')) ? ['tcp.flags'] : [])),
  TCPMSS: rewritesOther, TCPOPTSTRIP: rewritesOther, CHECKSUM: rewritesOther, DHCPMAC: rewritesOther,
  HMARK: () => effects(unknown(['mark'])),
  IPMARK: () => effects(unknown(['mark'])),
  SET: (args) => effects('--map-mark' in args ? unknown(['mark']) : NONE),
  SNPT: () => effects(unknown(['saddr'])),
  DNPT: () => effects(unknown(['daddr'])),
  LOG: none, NFLOG: none, ULOG: none, AUDIT: none, TRACE: none, LED: none, IDLETIMER: none, RATEEST: none,
  CLASSIFY: none, SECMARK: none, CONNSECMARK: none, TEE: none, LOGMARK: none, ACCOUNT: none,
  SYNPROXY: undecided, CLUSTERIP: undecided, SYSRQ: undecided,
  TARPIT: consumes, DELUDE: consumes, CHAOS: consumes, ECHO: consumes, STEAL: consumes,
  DNETMAP: () => ({ verdict: accept, effects: [unknown(['saddr', 'daddr'])] }),
};

/** The verdict and effects of a resolved target that is not a chain; unknown targets change anything and decide nothing. */
export function targetOutcome(target: TargetUse, args: TargetArgs, context: TargetContext): TargetOutcome {
  const lowering = target.resolution === 'standard' || target.resolution === 'extension' ? TARGETS[target.name] : undefined;
  return lowering ? lowering(args, context) : effects(unknown());
}
