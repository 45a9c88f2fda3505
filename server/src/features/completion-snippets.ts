/**
 * Snippets for common rule shapes, offered where a rule (or a table, chain or set) may start. Placeholders use the
 * snippet syntax (`${1:default}`, `${1|a,b|}`); the client fills them in.
 */
import type { CompletionItem } from './completion';
import type { IptTableContext } from './completion-ipt-context';
import { item, SORT } from './completion-items';

interface Shape {
  label: string;
  doc: string;
  body: string;
  /** iptables table (or nft chain type) the shape belongs to; undefined: anywhere. */
  where?: string;
}

const IPT_RULES: Shape[] = [
  { label: 'accept established', where: 'filter', doc: 'Accept packets of connections already accepted, early in the chain.', body: '-A ${1:INPUT} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT' },
  { label: 'drop invalid', where: 'filter', doc: 'Drop packets conntrack cannot place.', body: '-A ${1:INPUT} -m conntrack --ctstate INVALID -j DROP' },
  { label: 'allow loopback', where: 'filter', doc: 'Accept everything on the loopback interface.', body: '-A INPUT -i lo -j ACCEPT' },
  { label: 'allow tcp port', where: 'filter', doc: 'Accept new TCP connections to a port.', body: '-A ${1:INPUT} -p tcp -m tcp --dport ${2:22} -m conntrack --ctstate NEW -j ACCEPT' },
  { label: 'allow udp port', where: 'filter', doc: 'Accept UDP packets to a port.', body: '-A ${1:INPUT} -p udp -m udp --dport ${2:53} -j ACCEPT' },
  { label: 'rate-limited ping', where: 'filter', doc: 'Accept echo requests up to a rate; the rest fall through.', body: '-A INPUT -p icmp -m icmp --icmp-type echo-request -m limit --limit ${1:5/second} --limit-burst ${2:10} -j ACCEPT' },
  { label: 'log and drop', where: 'filter', doc: 'Log what reaches this point (rate-limited), then drop it.', body: '-A ${1:INPUT} -m limit --limit 5/min -j LOG --log-prefix "${2:dropped: }" --log-level ${3|warning,notice,info|}\n-A ${1:INPUT} -j DROP' },
  { label: 'reject tcp with reset', where: 'filter', doc: 'Refuse TCP connections with a reset instead of silently dropping.', body: '-A ${1:INPUT} -p tcp -j REJECT --reject-with tcp-reset' },
  { label: 'port forward', where: 'nat', doc: 'Send connections to a public port on to an internal host.', body: '-A PREROUTING -i ${1:eth0} -p tcp -m tcp --dport ${2:8080} -j DNAT --to-destination ${3:10.0.0.2}:${4:80}' },
  { label: 'masquerade', where: 'nat', doc: 'Source NAT to the outgoing interface\'s address.', body: '-A POSTROUTING -o ${1:eth0} -j MASQUERADE' },
  { label: 'set mark', where: 'mangle', doc: 'Mark packets for policy routing or tc.', body: '-A ${1:PREROUTING} -p tcp -m tcp --dport ${2:443} -j MARK --set-mark ${3:0x1}' },
  { label: 'notrack', where: 'raw', doc: 'Exempt traffic from connection tracking.', body: '-A ${1:PREROUTING} -p udp -m udp --dport ${2:53} -j CT --notrack' },
];

const IPT_TABLE = '*${1|filter,nat,mangle,raw,security|}\n:INPUT ${2|ACCEPT,DROP|} [0:0]\n:FORWARD ${3|ACCEPT,DROP|} [0:0]\n:OUTPUT ACCEPT [0:0]\n$0\nCOMMIT';

/** Rule shapes for the table around the cursor, or a whole table block outside of one. */
export function iptSnippets(context: IptTableContext): CompletionItem[] {
  if (!context.table) return [snippet({ label: 'table block', doc: 'A table with its built-in chains and the closing COMMIT.', body: IPT_TABLE })];
  const user = { label: 'user chain', doc: 'Declare a user chain (with the other declarations) and jump to it.', body: ':${1:MY_CHAIN} - [0:0]\n-A ${2:INPUT} -j ${1:MY_CHAIN}' };
  return [...IPT_RULES.filter((s) => s.where === context.table), user].map(snippet);
}

const NFT_RULES: Shape[] = [
  { label: 'accept established', doc: 'Accept established and related packets, drop invalid ones.', body: 'ct state vmap { established : accept, related : accept, invalid : drop }' },
  { label: 'allow loopback', doc: 'Accept everything on the loopback interface.', body: 'iifname "lo" accept' },
  { label: 'allow tcp ports', doc: 'Accept TCP to a set of ports.', body: 'tcp dport { ${1:22, 80, 443} } accept' },
  { label: 'allow ping', doc: 'Accept echo requests of both families, rate-limited.', body: 'meta l4proto { icmp, ipv6-icmp } limit rate ${1:5/second} accept' },
  { label: 'log and drop', doc: 'Log (rate-limited) and drop.', body: 'limit rate 5/minute log prefix "${1:dropped: }" level ${2|warn,notice,info|}\ndrop' },
  { label: 'masquerade outgoing', where: 'nat', doc: 'Source NAT to the outgoing interface\'s address.', body: 'oifname "${1:eth0}" masquerade' },
  { label: 'port forward', where: 'nat', doc: 'Send connections to a public port on to an internal host.', body: 'iifname "${1:eth0}" tcp dport ${2:8080} dnat ip to ${3:10.0.0.2}:${4:80}' },
];

const NFT_TABLE_ITEMS: Shape[] = [
  { label: 'base chain', doc: 'A chain attached to a hook.', body: 'chain ${1:input} {\n\ttype ${2|filter,nat,route|} hook ${3|input,output,forward,prerouting,postrouting|} priority ${4|filter,raw,mangle,dstnat,srcnat,security|}; policy ${5|accept,drop|};\n\t$0\n}' },
  { label: 'regular chain', doc: 'A chain reached only by jump or goto.', body: 'chain ${1:name} {\n\t$0\n}' },
  { label: 'named set', doc: 'A set usable as @name in rules.', body: 'set ${1:allowed} {\n\ttype ${2|ipv4_addr,ipv6_addr,inet_service,ether_addr,ifname,mark|}\n\tflags ${3|interval,timeout,dynamic,constant|}\n\telements = { $0 }\n}' },
  { label: 'verdict map', doc: 'A map from keys to verdicts, used with vmap @name.', body: 'map ${1:ports} {\n\ttype ${2:inet_service} : verdict\n\telements = { ${3:22} : ${4:accept} }\n}' },
];

const NFT_TOP: Shape = {
  label: 'host firewall', doc: 'An inet table that accepts established traffic, loopback, ping and chosen ports, and drops the rest.',
  body: 'table inet ${1:filter} {\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n\t\tct state vmap { established : accept, related : accept, invalid : drop }\n\t\tiifname "lo" accept\n\t\tmeta l4proto { icmp, ipv6-icmp } accept\n\t\ttcp dport { ${2:22} } accept\n\t\t$0\n\t}\n}',
};

/** nft rule shapes for a chain of the given type (undefined: not a base chain, every shape). */
export function nftRuleSnippets(chainType: string | undefined): CompletionItem[] {
  return NFT_RULES.filter((s) => !s.where || !chainType || s.where === chainType).map(snippet);
}

/** nft chain and set skeletons for a table body. */
export function nftTableSnippets(): CompletionItem[] {
  return NFT_TABLE_ITEMS.map(snippet);
}

/** A whole nft table for the top level. */
export function nftTopSnippets(): CompletionItem[] {
  return [snippet(NFT_TOP)];
}

function snippet(shape: Shape): CompletionItem {
  return item(shape.label, 'snippet', { detail: 'snippet', doc: shape.doc, example: shape.body.replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1').replace(/\$\d/g, ''), insertText: shape.body, snippet: true, group: SORT.other });
}
