/**
 * Hand-written cases of the traversal differential, from the examples and the recipes users ask about: TPROXY with
 * AnyIP (the transparent-proxy write-up), `recent` rate limiting of SSH, a LOGDROP chain, do-not-track, NAT across
 * an iptables file and an nft file loaded together, and a ct state read before connection tracking.
 * Stateful matches get, per packet, the assumption that matches a fresh kernel's state (what the user would pick).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DiffCase, DiffPacket } from './lib/trace-generator';
import { CLIENT4, SERVER4 } from './lib/topology-addresses';

const ROOT = path.resolve(__dirname, '../../..');
const example = (name: string): string => readFileSync(path.join(ROOT, 'examples', name), 'utf8');

/** The line (1-based) of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}

function tproxyAnyip(): DiffCase {
  const text = example('tproxy-anyip.rules.v4');
  const syn = (dport: number, sport: number): DiffPacket => ({ spec: { family: 'ip', protocol: 'tcp', origin: 'network', daddr: '198.18.100.5', dport, sport } });
  return {
    name: 'TPROXY + AnyIP (examples/tproxy-anyip.rules.v4)',
    files: [{ dialect: 'iptables', text }],
    // The routing the file's comments ask for: marked packets and the AnyIP prefix are delivered locally.
    fwCommands: [
      ['ip', 'rule', 'add', 'fwmark', '0x1/0x1', 'lookup', '100'],
      ['ip', 'route', 'add', 'local', '0.0.0.0/0', 'dev', 'lo', 'table', '100'],
      ['ip', 'route', 'add', 'local', '198.18.100.0/24', 'dev', 'lo'],
    ],
    listeners: [{ address: '127.0.0.1', port: 8080, transparent: true }],
    routedLocal: ['198.18.100.0/24'],
    packets: [
      syn(80, 40001), syn(443, 40002), syn(22, 40003),
      { spec: { family: 'ip', protocol: 'udp', origin: 'network', daddr: '198.18.100.5', dport: 80, sport: 40004 } },
      { spec: { family: 'ip', protocol: 'tcp', origin: 'network', dport: 80, sport: 40005 } },
    ],
  };
}

function sshRecent(): DiffCase {
  const text = example('rules.v4');
  const update = lineOf(text, '--update');
  const limit = lineOf(text, '-m limit --limit 5/min');
  const icmpLimit = lineOf(text, '--limit 10/sec');
  // Seven new SSH connections from the admin network within a minute: `recent --update --hitcount 6` starts matching
  // (and drops) at the sixth; the first five are accepted.
  const ssh: DiffPacket[] = Array.from({ length: 7 }, (_, i) => ({
    spec: { family: 'ip', protocol: 'tcp', origin: 'network', saddr: '203.0.113.5', dport: 22, sport: 40100 + i },
    assume: { [`0:${update}`]: i >= 5 },
  }));
  return {
    name: 'SSH with recent and a LOG_DROP chain (examples/rules.v4)',
    files: [{ dialect: 'iptables', text }],
    packets: [
      ...ssh,
      // Not from the admin network: SSH → LOG_DROP, the limit lets the first log through, then DROP.
      { spec: { family: 'ip', protocol: 'tcp', origin: 'network', dport: 22, sport: 40200 }, assume: { [`0:${limit}`]: true } },
      { spec: { family: 'ip', protocol: 'tcp', origin: 'network', dport: 443, sport: 40201 } },
      { spec: { family: 'ip', protocol: 'udp', origin: 'network', dport: 5000, sport: 40202 }, assume: { [`0:${limit}`]: true } },
      { spec: { family: 'ip', protocol: 'icmp', origin: 'network' }, assume: { [`0:${icmpLimit}`]: true } },
      // Loopback is not tracked (raw table): the ESTABLISHED rule does not see it, `-i lo` accepts it.
      { spec: { family: 'ip', protocol: 'udp', origin: 'local', destination: 'local', dport: 53, sport: 40203 } },
      { spec: { family: 'ip', protocol: 'tcp', origin: 'network', destination: 'forward', dport: 80, sport: 40204 } },
    ],
  };
}

function logdrop(): DiffCase {
  const text = `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:LOGDROP - [0:0]
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -p udp -j LOGDROP
-A INPUT -j LOGDROP
-A FORWARD -i veth-c -o veth-s -p tcp -m multiport --dports 80,443 -j ACCEPT
-A FORWARD -j LOGDROP
-A LOGDROP -j LOG --log-prefix "LOGDROP: " --log-level 4
-A LOGDROP -j DROP
COMMIT
`;
  const p = (spec: DiffPacket['spec']): DiffPacket => ({ spec });
  return {
    name: 'LOGDROP chain',
    files: [{ dialect: 'iptables', text }],
    packets: [
      p({ family: 'ip', protocol: 'tcp', origin: 'network', dport: 22, sport: 40300 }),
      p({ family: 'ip', protocol: 'udp', origin: 'network', dport: 53, sport: 40301 }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', dport: 25, sport: 40302 }),
      p({ family: 'ip', protocol: 'icmp', origin: 'network' }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', destination: 'forward', dport: 443, sport: 40303 }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', destination: 'forward', dport: 22, sport: 40304 }),
      p({ family: 'ip', protocol: 'udp', origin: 'network', destination: 'forward', via: 'server', dport: 80, sport: 40305 }),
    ],
  };
}

function doNotTrack(): DiffCase {
  const nft = `table inet untracked {
\tchain raw {
\t\ttype filter hook prerouting priority raw; policy accept;
\t\tct state invalid counter
\t\tudp dport 53 notrack
\t\ttcp dport 8080 notrack
\t}
\tchain rawout {
\t\ttype filter hook output priority raw; policy accept;
\t\tudp sport 53 notrack
\t\toifname "lo" notrack
\t}
\tchain input {
\t\ttype filter hook input priority filter; policy drop;
\t\tct state untracked udp dport 53 accept
\t\tct state untracked counter
\t\tct state established,related accept
\t\tct state new tcp dport { 22, 8080 } accept
\t\tiifname "lo" accept
\t}
\tchain output {
\t\ttype filter hook output priority filter; policy accept;
\t\tct state untracked counter
\t}
\tchain prerouting_nat {
\t\ttype nat hook prerouting priority dstnat; policy accept;
\t\ttcp dport 8080 dnat ip to 198.18.1.2
\t}
}
`;
  const p = (spec: DiffPacket['spec']): DiffPacket => ({ spec });
  return {
    name: 'do-not-track (nft raw priority, notrack, untracked packets skip NAT)',
    files: [{ dialect: 'nftables', text: nft }],
    packets: [
      p({ family: 'ip', protocol: 'udp', origin: 'network', dport: 53, sport: 40400 }),
      p({ family: 'ip6', protocol: 'udp', origin: 'network', dport: 53, sport: 40401 }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', dport: 8080, sport: 40402 }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', dport: 22, sport: 40403 }),
      p({ family: 'ip', protocol: 'udp', origin: 'local', destination: 'local', dport: 9999, sport: 40404 }),
      p({ family: 'ip', protocol: 'udp', origin: 'local', sport: 53, dport: 40405 }),
    ],
  };
}

function mixedNat(): DiffCase {
  const ipt = `*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i veth-c -p tcp -m tcp --dport 8080 -j DNAT --to-destination ${SERVER4}:80
-A POSTROUTING -o veth-s -s ${CLIENT4} -j SNAT --to-source 198.18.1.99
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 8080 -j MARK --set-mark 0x5
-A FORWARD -m mark --mark 0x5 -j CONNMARK --save-mark
COMMIT
`;
  const nft = `table inet edge {
\tchain forward {
\t\ttype filter hook forward priority filter; policy drop;
\t\tct status dnat ip daddr ${SERVER4} tcp dport 80 meta mark 0x5 accept
\t\tct state established,related accept
\t}
\tchain late {
\t\ttype filter hook postrouting priority 200; policy accept;
\t\tip saddr 198.18.1.99 ct mark 0x5 counter
\t\tip saddr ${CLIENT4} counter
\t}
\tchain early {
\t\ttype filter hook prerouting priority -50; policy accept;
\t\tip daddr ${SERVER4} tcp dport 80 counter
\t}
}
`;
  const p = (spec: DiffPacket['spec']): DiffPacket => ({ spec });
  return {
    name: 'NAT across an iptables file and an nft file (DNAT before routing, SNAT after, marks saved to the connection)',
    files: [{ dialect: 'iptables', text: ipt }, { dialect: 'nftables', text: nft }],
    packets: [
      p({ family: 'ip', protocol: 'tcp', origin: 'network', dport: 8080, sport: 40500 }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', destination: 'forward', dport: 8080, sport: 40501 }),
      p({ family: 'ip', protocol: 'tcp', origin: 'network', destination: 'forward', dport: 80, sport: 40502 }),
      p({ family: 'ip', protocol: 'udp', origin: 'network', destination: 'forward', dport: 53, sport: 40503 }),
    ],
  };
}

/** Every hand-written case. */
export function handWrittenCases(): DiffCase[] {
  return [tproxyAnyip(), sshRecent(), logdrop(), doNotTrack(), mixedNat()];
}
