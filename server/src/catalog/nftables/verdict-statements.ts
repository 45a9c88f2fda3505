/**
 * Statements that decide the packet's fate: verdicts, reject, queue, NAT and tproxy. Placements (families, chain
 * types, hooks) are the kernel's: each was loaded in a throwaway namespace, accepted and refused cases alike.
 */
import type { NftStatement, NftStatementOption } from './types';

/** Builds one statement option entry. */
export function opt(name: string, value: string, doc: string, example: string, extra: Partial<NftStatementOption> = {}): NftStatementOption {
  return { name, value, doc, example, ...extra };
}

function verdict(name: string, terminal: boolean, doc: string, example: string, options: NftStatementOption[] = []): NftStatement {
  return { name, kind: 'verdict', terminal, options, doc, example };
}

const VERDICTS: NftStatement[] = [
  verdict('accept', true, 'Stops evaluation in this base chain and lets the packet continue to the next hook or chain; a later base chain may still drop it.', 'tcp dport 22 accept'),
  verdict('drop', true, 'Discards the packet at once; nothing later sees it and the sender gets no answer.', 'ip saddr 192.0.2.0/24 drop'),
  verdict('continue', false, 'Goes on with the next rule; the implicit behaviour when a rule has no verdict.', 'tcp dport vmap { 22 : accept, 80 : continue }'),
  verdict('return', true, 'Leaves the current chain and resumes after the rule that jumped to it; in a base chain it applies the policy.', 'ip saddr 10.0.0.0/8 return'),
  verdict('jump', false, 'Evaluates the named regular chain, then comes back to the next rule here unless that chain reached a verdict.', 'tcp dport 22 jump ssh-rules', [
    opt('chain', 'string', 'Name of the regular chain to call.', 'jump my-chain'),
  ]),
  verdict('goto', true, 'Continues in the named regular chain without coming back: its `return` or end goes to the caller of this chain.', 'iifname "wan" goto wan-in', [
    opt('chain', 'string', 'Name of the regular chain to continue in.', 'goto my-chain'),
  ]),
];

const REJECT: NftStatement = {
  name: 'reject', kind: 'verdict', terminal: true,
  hooks: ['prerouting', 'input', 'forward', 'output', 'ingress'],
  families: ['ip', 'ip6', 'inet', 'bridge', 'netdev'],
  doc: 'Drops the packet and answers the sender: an ICMP error by default (port unreachable), or a TCP reset. '
    + 'The kernel refuses it in postrouting.',
  example: 'meta l4proto tcp reject with tcp reset',
  options: [
    opt('with', 'none', 'Introduces the reply type: icmp, icmpv6, icmpx code or tcp reset.', 'reject with icmpx admin-prohibited'),
    opt('icmp', 'icmp_code', 'Reply with this ICMP destination-unreachable code (IPv4 only).', 'reject with icmp host-prohibited'),
    opt('icmpv6', 'icmpv6_code', 'Reply with this ICMPv6 destination-unreachable code (IPv6 only).', 'reject with icmpv6 admin-prohibited'),
    opt('icmpx', 'icmpx_code', 'Reply with a family-neutral code, translated per packet (for inet and bridge tables).', 'reject with icmpx port-unreachable'),
    opt('tcp reset', 'none', 'Reply with a TCP RST; the rule must match TCP.', 'tcp dport 113 reject with tcp reset'),
  ],
};

const QUEUE: NftStatement = {
  name: 'queue', kind: 'verdict', terminal: true,
  doc: 'Hands the packet to a userspace program through an nfnetlink queue; the program returns the verdict.',
  example: 'tcp dport 80 queue num 0-3 fanout,bypass',
  options: [
    opt('num', 'integer', 'Queue number, or a range spread over several queues.', 'queue num 1-4', { min: 0, max: 65535 }),
    opt('to', 'integer', 'Queue number computed by an expression (nft 1.0.4+).', 'queue to symhash mod 4'),
    opt('bypass', 'none', 'Accept the packet instead of dropping it when no program listens.', 'queue num 0 bypass'),
    opt('fanout', 'none', 'Spread a queue range by CPU instead of by flow hash.', 'queue num 0-3 fanout'),
    opt('flags', 'string', 'Queue flags as a list: bypass, fanout.', 'queue flags bypass,fanout to 0-3', { values: ['bypass', 'fanout'] }),
  ],
};

const NAT_OPTIONS: NftStatementOption[] = [
  opt('to', 'nat-range', 'Address, address range, prefix or map, optionally `:port` or `:port-port`; IPv6 addresses in brackets before a port.', 'dnat to 192.0.2.10:8080'),
  opt('random', 'none', 'Pick the source port at random (keyed hash), not sequentially.', 'masquerade random'),
  opt('fully-random', 'none', 'Pick the source port fully at random for every connection.', 'snat to 192.0.2.1 fully-random'),
  opt('persistent', 'none', 'Give a client the same address of the range for every connection.', 'snat to 192.0.2.1-192.0.2.9 persistent'),
  opt('prefix', 'none', 'The map data are prefixes: translate prefix to prefix keeping the host part (what iptables calls NETMAP; Linux 5.8).', 'dnat ip prefix to ip daddr map { 192.0.2.0/24 : 10.0.0.0/24 }'),
  opt('ip', 'none', 'In inet tables: the statement translates IPv4 addresses.', 'dnat ip to 192.0.2.10'),
  opt('ip6', 'none', 'In inet tables: the statement translates IPv6 addresses.', 'dnat ip6 to [2001:db8::10]:80'),
];

function nat(name: string, hooks: NftStatement['hooks'], doc: string, example: string, options: NftStatementOption[]): NftStatement {
  return { name, kind: 'nat', terminal: true, chainTypes: ['nat'], families: ['ip', 'ip6', 'inet'], hooks, options, doc, example };
}

const PORT_ONLY = NAT_OPTIONS.filter((o) => ['to', 'random', 'fully-random', 'persistent'].includes(o.name))
  .map((o) => (o.name === 'to' ? { ...o, doc: 'Port or port range (`:port`), written `to :8080`.', example: 'redirect to :3128' } : o));

const NAT: NftStatement[] = [
  nat('snat', ['postrouting', 'input'], 'Rewrites the source address (and port) of a connection; nat chains at postrouting or input.', 'oifname "wan" snat to 192.0.2.1', NAT_OPTIONS),
  nat('dnat', ['prerouting', 'output'], 'Rewrites the destination address (and port) of a connection; nat chains at prerouting or output.', 'tcp dport 80 dnat to 10.0.0.2:8080', NAT_OPTIONS),
  nat('masquerade', ['postrouting'], 'Source NAT to the address of the outgoing interface, picked per packet; for dynamic addresses.', 'oifname "ppp0" masquerade', PORT_ONLY),
  nat('redirect', ['prerouting', 'output'], 'Destination NAT to this host (the incoming interface\'s primary address), e.g. to a local proxy.', 'tcp dport 80 redirect to :3128', PORT_ONLY),
];

const TPROXY: NftStatement = {
  name: 'tproxy', kind: 'verdict', terminal: false,
  families: ['ip', 'ip6', 'inet'], hooks: ['prerouting'], requires: ['meta l4proto'],
  doc: 'Diverts the packet to a local socket without rewriting it (transparent proxy); prerouting only, usually in a '
    + 'filter chain at priority mangle. The rule must name the transport protocol (`meta l4proto tcp`).',
  example: 'meta l4proto tcp tproxy ip to 127.0.0.1:3128 meta mark set 1 accept',
  options: [
    opt('to', 'nat-range', 'Local address and/or port of the proxy socket (`to :port` keeps the address).', 'tproxy to :8080'),
    opt('ip', 'none', 'In inet tables: proxy IPv4 packets.', 'tproxy ip to 127.0.0.1:8080'),
    opt('ip6', 'none', 'In inet tables: proxy IPv6 packets.', 'tproxy ip6 to [::1]:8080'),
  ],
};

/** Verdicts and fate-deciding statements. */
export const VERDICT_STATEMENTS: NftStatement[] = [...VERDICTS, REJECT, QUEUE, ...NAT, TPROXY];
