/** IPsec matches: ah, esp, ipcomp, policy. */
import type { IptExtension } from '../types';

const AH: IptExtension = {
  name: 'ah', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'ipt_ah, ip6t_ah',
  summary: 'SPI (and on IPv6 length) of the Authentication Header.',
  doc: 'Tests the IPsec Authentication Header. With iptables the AH must be the transport protocol, so the rule needs '
    + '`-p ah`; with ip6tables the header is found among the extension headers and `--ahlen`/`--ahres` are also available.',
  example: '-A INPUT -p ah -m ah --ahspi 500 -j ACCEPT',
  options: [
    {
      name: '--ahspi', value: 'int-range', min: 0, max: 4294967295, invertible: true,
      doc: 'Security Parameters Index or inclusive range `min:max`.',
      example: '--ahspi 0x100:0x1ff',
    },
    {
      name: '--ahlen', value: 'int', min: 0, max: 4294967295, invertible: true, families: ['ipv6'],
      doc: 'Value of the header\'s length field.',
      example: '--ahlen 4',
    },
    {
      name: '--ahres', value: 'none', argCount: 0, invertible: false, families: ['ipv6'],
      doc: 'Also requires the reserved field to be zero.',
    },
  ],
};

const ESP: IptExtension = {
  name: 'esp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_esp', requiresProtocol: ['esp'],
  summary: 'SPI of the Encapsulating Security Payload.',
  doc: 'Tests the Security Parameters Index of IPsec ESP packets, which tells one security association from another. '
    + 'Needs `-p esp`.',
  example: '-A INPUT -p esp -m esp --espspi 256 -j ACCEPT',
  options: [
    {
      name: '--espspi', value: 'int-range', min: 0, max: 4294967295, invertible: true,
      doc: 'SPI or inclusive range `min:max`.',
      example: '--espspi 1000:2000',
    },
  ],
};

const IPCOMP: IptExtension = {
  name: 'ipcomp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_ipcomp', requiresProtocol: ['ipcomp', 'comp'],
  summary: 'CPI of IP payload compression headers.',
  doc: 'Tests the Compression Parameter Index of the IPComp header used with IPsec. Needs `-p ipcomp` (protocol 108).',
  example: '-A INPUT -p ipcomp -m ipcomp --ipcompspi 0x1234 -j ACCEPT',
  options: [
    {
      name: '--ipcompspi', value: 'int-range', min: 0, max: 4294967295, invertible: true,
      doc: 'CPI or inclusive range `min:max` (the header field has 16 bits).',
      example: '--ipcompspi 0x1000:0x1fff',
    },
    { name: '--compres', value: 'none', argCount: 0, invertible: false, doc: 'Also requires the reserved field to be zero.' },
  ],
};

const POLICY: IptExtension = {
  name: 'policy', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_policy',
  summary: 'IPsec policy used to decapsulate or to be used to encapsulate the packet.',
  doc: 'Tests whether, and how, IPsec processed the packet: `--dir in` looks at the decapsulation already done '
    + '(PREROUTING, INPUT, FORWARD), `--dir out` at the policy that will encapsulate it (FORWARD, OUTPUT, POSTROUTING). '
    + 'Element options describe one transform; `--next` starts another, up to four. Common use: exempt '
    + 'VPN traffic from masquerading.',
  example: '-A POSTROUTING -t nat -m policy --dir out --pol ipsec -j ACCEPT',
  options: [
    {
      name: '--dir', value: 'enum', values: ['in', 'out'], invertible: false, required: true,
      doc: '`in` for the policy that was applied on decapsulation, `out` for the one that will apply on encapsulation.',
      example: '--dir in',
    },
    {
      name: '--pol', value: 'enum', values: ['none', 'ipsec'], invertible: false, required: true,
      doc: '`ipsec` when the packet is (or will be) IPsec-processed, `none` when not.',
      example: '--pol none',
    },
    { name: '--strict', value: 'none', argCount: 0, invertible: false, doc: 'The elements must describe the whole policy in order, instead of any one of them matching.' },
    { name: '--reqid', value: 'int', min: 0, max: 4294967295, invertible: true, doc: 'Request id of the policy element (set by the IKE daemon).', example: '--reqid 1' },
    { name: '--spi', value: 'int', min: 0, max: 4294967295, invertible: true, doc: 'SPI of the security association.', example: '--spi 0x300' },
    {
      name: '--proto', value: 'enum', values: ['ah', 'esp', 'ipcomp'], invertible: true,
      doc: 'IPsec protocol of the element.', example: '--proto esp',
    },
    {
      name: '--mode', value: 'enum', values: ['transport', 'tunnel'], invertible: true,
      doc: 'Mode of the element.', example: '--mode tunnel',
    },
    { name: '--tunnel-src', value: 'address-prefix', invertible: true, doc: 'Outer source address of a tunnel-mode element, with optional prefix.', example: '--tunnel-src 192.0.2.1' },
    { name: '--tunnel-dst', value: 'address-prefix', invertible: true, doc: 'Outer destination address of a tunnel-mode element.', example: '--tunnel-dst 198.51.100.0/24' },
    { name: '--next', value: 'none', argCount: 0, invertible: false, doc: 'Ends this element; the following element options describe the next one. Requires `--strict`.' },
  ],
};

/** ah, esp, ipcomp, policy. */
export const IPSEC_MATCHES: IptExtension[] = [AH, ESP, IPCOMP, POLICY];
