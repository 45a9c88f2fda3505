/** Fields of the IP header: length, ttl, hl, dscp, tos, ecn. */
import type { IptExtension, IptOption } from '../types';

/** DiffServ class names accepted by --dscp-class, with their code points. */
export const DSCP_CLASSES: Record<string, number> = {
  CS0: 0, CS1: 8, CS2: 16, CS3: 24, CS4: 32, CS5: 40, CS6: 48, CS7: 56, BE: 0, EF: 46,
  AF11: 10, AF12: 12, AF13: 14, AF21: 18, AF22: 20, AF23: 22, AF31: 26, AF32: 28, AF33: 30, AF41: 34, AF42: 36, AF43: 38,
};

function hopLimitOptions(prefix: string, what: string): IptOption[] {
  const others = (op: string): string[] => ['eq', 'lt', 'gt'].filter((o) => o !== op).map((o) => `--${prefix}-${o}`);
  return [
    {
      name: `--${prefix}-eq`, value: 'int', min: 0, max: 255, conflicts: others('eq'), invertible: true, field: 'ttl',
      doc: `Matches when the ${what} equals the value.`, example: `--${prefix}-eq 64`,
    },
    {
      name: `--${prefix}-lt`, value: 'int', min: 0, max: 255, conflicts: others('lt'), invertible: false, field: 'ttl',
      doc: `Matches when the ${what} is below the value.`, example: `--${prefix}-lt 2`,
    },
    {
      name: `--${prefix}-gt`, value: 'int', min: 0, max: 255, conflicts: others('gt'), invertible: false, field: 'ttl',
      doc: `Matches when the ${what} is above the value.`, example: `--${prefix}-gt 128`,
    },
  ];
}

const LENGTH: IptExtension = {
  name: 'length', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_length',
  summary: 'Packet length.',
  doc: 'Compares the length of the packet: for IPv4 the whole datagram with its header, for IPv6 the payload plus the '
    + 'fixed 40-byte header.',
  example: '-A INPUT -p icmp -m length --length 1000:65535 -j DROP',
  options: [
    {
      name: '--length', value: 'int-range', min: 0, max: 65535, invertible: true, required: true, field: 'length',
      doc: 'A length or an inclusive range `min:max` in bytes.',
      example: '--length 0:64',
    },
  ],
};

const TTL: IptExtension = {
  name: 'ttl', kind: 'match', families: ['ipv4'], kernelModule: 'xt_hl',
  summary: 'IPv4 time-to-live.',
  doc: 'Compares the TTL field of the IPv4 header with a value: equal, less than or greater than. Use hl for IPv6.',
  example: '-A INPUT -m ttl --ttl-lt 5 -j DROP',
  options: hopLimitOptions('ttl', 'TTL'),
};

const HL: IptExtension = {
  name: 'hl', kind: 'match', families: ['ipv6'], kernelModule: 'xt_hl',
  summary: 'IPv6 hop limit.',
  doc: 'Compares the hop-limit field of the IPv6 header with a value. Neighbour discovery messages must arrive with hop '
    + 'limit 255, which this can enforce.',
  example: '-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 135 -m hl --hl-eq 255 -j ACCEPT',
  options: hopLimitOptions('hl', 'hop limit'),
};

const DSCP: IptExtension = {
  name: 'dscp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_dscp',
  summary: 'DiffServ code point.',
  doc: 'Tests the six DSCP bits of the IPv4 TOS byte or the IPv6 traffic class, by number or by class name. Exactly one '
    + 'of the two options is given.',
  example: '-A POSTROUTING -t mangle -m dscp --dscp-class EF -j CLASSIFY --set-class 1:10',
  options: [
    {
      name: '--dscp', value: 'dscp', min: 0, max: 63, invertible: true, field: 'dscp', conflicts: ['--dscp-class'],
      doc: 'Code point 0-63, decimal or hex.',
      example: '--dscp 0x2e',
    },
    {
      name: '--dscp-class', value: 'enum', values: Object.keys(DSCP_CLASSES), invertible: true, field: 'dscp',
      conflicts: ['--dscp'],
      doc: 'Class name: BE, EF, AF11-AF43 or CS0-CS7.',
      example: '--dscp-class AF21',
    },
  ],
};

const TOS: IptExtension = {
  name: 'tos', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_dscp',
  summary: 'Type-of-service byte.',
  doc: 'Compares the whole TOS byte (IPv4) or traffic class (IPv6) under a mask. The old RFC 1349 names are accepted '
    + 'and imply the mask 0x3f; modern networks mostly use dscp instead.',
  example: '-A PREROUTING -t mangle -m tos --tos Minimize-Delay -j MARK --set-mark 0x1',
  options: [
    {
      name: '--tos', value: 'tos', invertible: true, required: true,
      values: ['Minimize-Delay', 'Maximize-Throughput', 'Maximize-Reliability', 'Minimize-Cost', 'Normal-Service'],
      doc: 'A number with optional `/mask` (mask defaults to 0xff), or one of the symbolic names.',
      example: '--tos 0x10/0x3f',
    },
  ],
};

const ECN: IptExtension = {
  name: 'ecn', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_ecn',
  summary: 'Explicit Congestion Notification bits.',
  doc: 'Tests the ECN code point of the IP header, or the CWR and ECE flags of TCP (these two need `-p tcp`).',
  example: '-A INPUT -p tcp -m ecn --ecn-tcp-ece -j LOG',
  options: [
    { name: '--ecn-tcp-cwr', value: 'none', argCount: 0, invertible: true, requiresProtocol: ['tcp'], doc: 'Matches when the TCP CWR flag is set; needs `-p tcp`.' },
    { name: '--ecn-tcp-ece', value: 'none', argCount: 0, invertible: true, requiresProtocol: ['tcp'], doc: 'Matches when the TCP ECE flag is set; needs `-p tcp`.' },
    {
      name: '--ecn-ip-ect', value: 'int', min: 0, max: 3, invertible: true,
      doc: 'The two ECN bits of the IP header: 0 not ECN-capable, 1 and 2 ECN-capable, 3 congestion experienced.',
      example: '--ecn-ip-ect 3',
    },
  ],
};

/** length, ttl, hl, dscp, tos, ecn. */
export const IP_HEADER_MATCHES: IptExtension[] = [LENGTH, TTL, HL, DSCP, TOS, ECN];
