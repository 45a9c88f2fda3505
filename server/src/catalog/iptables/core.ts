/**
 * The parts of iptables that are not extensions: rule options every rule may use, the commands of a
 * iptables-save file, the five tables with their built-in chains, hooks and priorities, and chain policies.
 */
import type { Hook, IptOption, IptTable } from './types';

/** Options every rule accepts without -m (the "built-in match" and rule plumbing). */
export const CORE_OPTIONS: IptOption[] = [
  {
    name: '--protocol', aliases: ['-p'], value: 'protocol', invertible: true, field: 'l4proto',
    doc: 'Layer-4 protocol by name or number (`all` or 0 matches any). Naming tcp, udp, icmp… also loads the '
      + 'match of that name implicitly, so `-p tcp --dport 22` works without `-m tcp`.',
    example: '-p tcp',
  },
  {
    name: '--source', aliases: ['-s', '--src'], value: 'address-prefix', listsAllowed: true, invertible: true, field: 'saddr',
    doc: 'Source address, network (address/prefix or address/mask) or host name. A comma list expands into one '
      + 'rule per element when loaded.',
    example: '-s 192.0.2.0/24',
  },
  {
    name: '--destination', aliases: ['-d', '--dst'], value: 'address-prefix', listsAllowed: true, invertible: true, field: 'daddr',
    doc: 'Destination address, network or host name; a comma list expands into one rule per element.',
    example: '-d 198.51.100.7',
  },
  {
    name: '--in-interface', aliases: ['-i'], value: 'interface', invertible: true, field: 'iifname',
    doc: 'Interface the packet arrived on (at most 15 characters; a trailing `+` matches every name with that '
      + 'prefix). Only meaningful in PREROUTING, INPUT and FORWARD.',
    example: '-i eth0',
  },
  {
    name: '--out-interface', aliases: ['-o'], value: 'interface', invertible: true, field: 'oifname',
    doc: 'Interface the packet will leave by (`+` wildcard as for -i). Only meaningful in FORWARD, OUTPUT and '
      + 'POSTROUTING.',
    example: '-o eth1',
  },
  {
    name: '--fragment', aliases: ['-f'], value: 'none', argCount: 0, invertible: true, field: 'fragment', families: ['ipv4'],
    doc: 'Matches second and later fragments of fragmented IPv4 packets, which carry no transport header; with `!` '
      + 'only unfragmented packets and first fragments. Conntrack reassembles before the filter table, so this rarely matters.',
    example: '-f',
  },
  {
    name: '--match', aliases: ['-m'], value: 'other', invertible: false,
    doc: 'Loads a match extension by name; the options after it belong to that extension. Several -m may be given; '
      + 'all must match.',
    example: '-m conntrack',
  },
  {
    name: '--jump', aliases: ['-j'], value: 'other', invertible: false,
    doc: 'What to do when the rule matches: a standard verdict (ACCEPT, DROP, RETURN), a target extension, or a '
      + 'user-defined chain to evaluate, returning here afterwards. Without -j the rule only counts packets.',
    example: '-j ACCEPT',
  },
  {
    name: '--goto', aliases: ['-g'], value: 'other', invertible: false,
    doc: 'Continues in a user-defined chain without coming back: a RETURN there returns to the chain that called '
      + 'the current one, not to this rule.',
    example: '-g LAN_IN',
  },
  {
    name: '--set-counters', aliases: ['-c'], value: 'int', argCount: 2, min: 0, invertible: false,
    doc: 'Initial packet and byte counters of the rule (two numbers), as iptables-save -c writes them.',
    example: '-c 10 840',
  },
  {
    name: '--ipv4', aliases: ['-4'], value: 'none', argCount: 0, invertible: false,
    doc: 'Marks an IPv4-only line: ip6tables-restore skips it, iptables-restore treats it as a no-op.',
  },
  {
    name: '--ipv6', aliases: ['-6'], value: 'none', argCount: 0, invertible: false,
    doc: 'Marks an IPv6-only line: iptables-restore skips it, ip6tables-restore treats it as a no-op.',
  },
  {
    name: '--table', aliases: ['-t'], value: 'enum', values: ['filter', 'nat', 'mangle', 'raw', 'security'], invertible: false,
    doc: 'Table the command works on (default filter). In restore files the `*table` line chooses it instead.',
    example: '-t nat',
  },
  {
    name: '--wait', aliases: ['-w'], value: 'int', min: 0, invertible: false,
    doc: 'Waits up to this many seconds (forever without a value) for the xtables lock instead of failing. A '
      + 'command-line option, not part of a rule.',
    example: '-w 5',
  },
  { name: '--verbose', aliases: ['-v'], value: 'none', argCount: 0, invertible: false, doc: 'More output when listing or changing rules (command line only).' },
  { name: '--numeric', aliases: ['-n'], value: 'none', argCount: 0, invertible: false, doc: 'Lists addresses and ports as numbers, without name lookups (command line only).' },
  { name: '--exact', aliases: ['-x'], value: 'none', argCount: 0, invertible: false, doc: 'Lists counters exactly instead of rounded to K, M, G (command line only).' },
  { name: '--line-numbers', value: 'none', argCount: 0, invertible: false, doc: 'Numbers the rules when listing (command line only).' },
  { name: '--modprobe', value: 'path', invertible: false, doc: 'Program used to load kernel modules (command line only).', example: '--modprobe=/sbin/modprobe' },
];

/** A rule-changing or chain-managing command (-A, -N, -P…). */
export interface IptCommand {
  name: string;
  short: string;
  /** Arguments in order; a trailing `?` marks an optional one. */
  args: string[];
  doc: string;
  /** Appears in iptables-save/restore files (the rest are command-line only). */
  inRestoreFiles: boolean;
}

export const IPT_COMMANDS: IptCommand[] = [
  { name: '--append', short: '-A', args: ['chain', 'rule'], inRestoreFiles: true, doc: 'Adds the rule at the end of the chain.' },
  { name: '--insert', short: '-I', args: ['chain', 'rulenum?', 'rule'], inRestoreFiles: true, doc: 'Inserts the rule at a position (1 = first, the default).' },
  { name: '--delete', short: '-D', args: ['chain', 'rule|rulenum'], inRestoreFiles: true, doc: 'Deletes the first rule equal to the given one, or the rule at that position.' },
  { name: '--replace', short: '-R', args: ['chain', 'rulenum', 'rule'], inRestoreFiles: true, doc: 'Replaces the rule at a position.' },
  { name: '--check', short: '-C', args: ['chain', 'rule'], inRestoreFiles: false, doc: 'Exits with success when an equal rule exists.' },
  { name: '--new-chain', short: '-N', args: ['chain'], inRestoreFiles: true, doc: 'Creates a user-defined chain (restore files usually declare chains with `:name - [0:0]` instead).' },
  { name: '--delete-chain', short: '-X', args: ['chain?'], inRestoreFiles: true, doc: 'Deletes an empty user-defined chain that no rule references, or all of them.' },
  { name: '--flush', short: '-F', args: ['chain?'], inRestoreFiles: true, doc: 'Deletes every rule of the chain, or of the whole table.' },
  { name: '--zero', short: '-Z', args: ['chain?', 'rulenum?'], inRestoreFiles: true, doc: 'Resets packet and byte counters.' },
  { name: '--policy', short: '-P', args: ['chain', 'target'], inRestoreFiles: true, doc: 'Sets the policy of a built-in chain: ACCEPT or DROP, applied when no rule decides.' },
  { name: '--rename-chain', short: '-E', args: ['old-chain', 'new-chain'], inRestoreFiles: true, doc: 'Renames a user-defined chain; references follow.' },
  { name: '--list', short: '-L', args: ['chain?'], inRestoreFiles: false, doc: 'Lists rules in a readable table.' },
  { name: '--list-rules', short: '-S', args: ['chain?'], inRestoreFiles: false, doc: 'Prints rules in iptables-save syntax.' },
];

/** Kernel hook priorities (NF_IP_PRI_*) the tables register at; lower runs first. */
export const HOOK_PRIORITIES = {
  conntrackDefrag: -400,
  raw: -300,
  selinuxFirst: -225,
  conntrack: -200,
  mangle: -150,
  natDst: -100,
  filter: 0,
  security: 50,
  natSrc: 100,
  selinuxLast: 225,
  conntrackHelper: 300,
} as const;

/** A built-in chain: the hook it is attached to and the priority there. */
export interface IptBuiltinChain {
  name: string;
  hook: Hook;
  priority: number;
}

/** One of the five tables. */
export interface IptTableInfo {
  name: IptTable;
  doc: string;
  chains: IptBuiltinChain[];
}

const P = HOOK_PRIORITIES;

/** Chains named like their hooks, all at one priority. */
function chainsAt(priority: number, hooks: Hook[]): IptBuiltinChain[] {
  return hooks.map((hook) => ({ name: hook.toUpperCase(), hook, priority }));
}

export const IPT_TABLES: IptTableInfo[] = [
  {
    name: 'raw', chains: chainsAt(P.raw, ['prerouting', 'output']),
    doc: 'Runs before connection tracking (priority -300), so it is where CT and NOTRACK decide how packets are '
      + 'tracked. Built-in chains PREROUTING and OUTPUT.',
  },
  {
    name: 'mangle', chains: chainsAt(P.mangle, ['prerouting', 'input', 'forward', 'output', 'postrouting']),
    doc: 'For changing packets and their metadata: marks, TOS/DSCP, TTL, MSS (priority -150, after conntrack). Has '
      + 'all five built-in chains; a changed mark or address in OUTPUT triggers a new route lookup.',
  },
  {
    name: 'nat', chains: [
      { name: 'PREROUTING', hook: 'prerouting', priority: P.natDst },
      { name: 'INPUT', hook: 'input', priority: P.natSrc },
      { name: 'OUTPUT', hook: 'output', priority: P.natDst },
      { name: 'POSTROUTING', hook: 'postrouting', priority: P.natSrc },
    ],
    doc: 'Consulted only for the first packet of each connection; the translation found then applies to the whole '
      + 'connection. Destination NAT in PREROUTING/OUTPUT (-100), source NAT in POSTROUTING/INPUT (100).',
  },
  {
    name: 'filter', chains: chainsAt(P.filter, ['input', 'forward', 'output']),
    doc: 'The default table, for accepting and rejecting (priority 0). Built-in chains INPUT, FORWARD and OUTPUT.',
  },
  {
    name: 'security', chains: chainsAt(P.security, ['input', 'forward', 'output']),
    doc: 'For mandatory access control labels (SECMARK, CONNSECMARK), run after filter (priority 50). Built-in '
      + 'chains INPUT, FORWARD and OUTPUT.',
  },
];

/** Policies a built-in chain may have; user-defined chains have none (shown as `-`). */
export const POLICY_VALUES: readonly string[] = ['ACCEPT', 'DROP'];

/** Names -j accepts without an extension: the standard verdicts. */
export const STANDARD_VERDICTS: readonly string[] = ['ACCEPT', 'DROP', 'RETURN', 'QUEUE'];

/** Finds a table by name. */
export function findTable(name: string): IptTableInfo | undefined {
  return IPT_TABLES.find((t) => t.name === name);
}

/** True when the chain name is a built-in chain of the table. */
export function isBuiltinChain(table: string, chain: string): boolean {
  return findTable(table)?.chains.some((c) => c.name === chain) ?? false;
}
