/** Marks, labels and comments: mark, connmark, connlabel, comment. */
import type { IptExtension } from '../types';

const MARK: IptExtension = {
  name: 'mark', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_mark',
  summary: 'Packet mark (nfmark).',
  doc: 'Compares the packet\'s 32-bit mark, set earlier by the MARK target, tc or a socket option, with a value; '
    + 'with `/mask` only the masked bits are compared. The mark exists only inside this host.',
  example: '-A FORWARD -m mark --mark 0x1/0xff -j ACCEPT',
  options: [
    {
      name: '--mark', value: 'mark', invertible: true, required: true, field: 'mark',
      doc: 'Matches when `mark & mask == value`; the mask defaults to all 32 bits.',
      example: '--mark 0x10/0xf0',
    },
  ],
};

const CONNMARK: IptExtension = {
  name: 'connmark', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_connmark',
  summary: 'Connection mark (ctmark).',
  doc: 'Compares the 32-bit mark stored on the packet\'s conntrack entry, set by the CONNMARK target. Unlike the packet '
    + 'mark it persists for every later packet of the connection in both directions.',
  example: '-A PREROUTING -t mangle -m connmark --mark 0x2 -j CONNMARK --restore-mark',
  options: [
    {
      name: '--mark', value: 'mark', invertible: true, required: true, field: 'ct.mark',
      doc: 'Matches when `ctmark & mask == value`; the mask defaults to all 32 bits.',
      example: '--mark 0x1/0x1',
    },
  ],
};

const CONNLABEL: IptExtension = {
  name: 'connlabel', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_connlabel',
  summary: 'Conntrack labels (a 128-bit set per connection).',
  doc: 'Tests, and optionally sets, one bit of the 128 label bits attached to a connection. Names are translated to '
    + 'bit numbers through /etc/xtables/connlabel.conf; plain numbers work without the file.',
  example: '-A FORWARD -m connlabel --label 3 --set -j ACCEPT',
  options: [
    {
      name: '--label', value: 'string', invertible: true, required: true,
      doc: 'Label name from connlabel.conf or a bit number 0-127.',
      example: '--label trusted',
    },
    {
      name: '--set', value: 'none', argCount: 0, invertible: false,
      doc: 'Sets the label on the connection if it is missing; the match then succeeds (or fails when inverted with `! --label`).',
    },
  ],
};

const COMMENT: IptExtension = {
  name: 'comment', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_comment',
  summary: 'A note kept with the rule; always matches.',
  doc: 'Stores up to 255 characters of text in the rule itself so that it survives iptables-save and shows in listings. '
    + 'It never changes which packets match.',
  example: '-A INPUT -p tcp -m tcp --dport 22 -m comment --comment "ssh from anywhere" -j ACCEPT',
  options: [
    {
      name: '--comment', value: 'string', maxLength: 255, invertible: false, required: true,
      doc: 'The comment text; quote it when it has spaces.',
      example: '--comment "allow monitoring"',
    },
  ],
};

/** mark, connmark, connlabel, comment. */
export const MARK_MATCHES: IptExtension[] = [MARK, CONNMARK, CONNLABEL, COMMENT];
