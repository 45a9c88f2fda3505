/** Targets that record or signal without deciding: LOG, NFLOG, ULOG, AUDIT, TRACE, LED, IDLETIMER, RATEEST. */
import type { IptExtension, IptOption } from '../types';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];

/** A LOG flag option: adds a detail to each log line. */
function logFlag(name: string, doc: string): IptOption {
  return { name, value: 'none', argCount: 0, invertible: false, doc };
}

export const LOGGING_TARGETS: IptExtension[] = [
  {
    name: 'LOG', kind: 'target', families: BOTH, kernelModule: 'xt_LOG', terminal: false,
    summary: 'Write packet headers to the kernel log.',
    doc: 'Writes a line with the packet\'s headers to the kernel log (dmesg, journal) and lets the packet continue '
      + 'to the next rule, so a LOG rule is usually followed by one with the same matches and a verdict. Rate-limit '
      + 'it: every matching packet produces a line.',
    example: '-A INPUT -m limit --limit 5/minute -j LOG --log-prefix "INPUT drop: " --log-level 4',
    options: [
      {
        name: '--log-prefix', value: 'string', maxLength: 29, invertible: false,
        doc: 'Text put before each log line, at most 29 characters (longer prefixes are cut). End it with a space '
          + 'or colon to keep it apart from the fields.',
        example: '--log-prefix "fw-drop: "',
      },
      {
        name: '--log-level', value: 'log-level', invertible: false,
        doc: 'Syslog level of the lines: 0-7 or a name such as warning or info (default warning).',
        example: '--log-level info',
      },
      logFlag('--log-tcp-sequence', 'Adds the TCP sequence numbers (readable by other users of the log: a security risk).'),
      logFlag('--log-tcp-options', 'Adds the options of the TCP header.'),
      logFlag('--log-ip-options', 'Adds the options of the IPv4/IPv6 header.'),
      logFlag('--log-uid', 'Adds the user and group id of the local socket that sent the packet, when known.'),
      logFlag('--log-macdecode', 'Prints the MAC addresses and EtherType as separate fields instead of one hex string.'),
    ],
  },
  {
    name: 'NFLOG', kind: 'target', families: BOTH, kernelModule: 'xt_NFLOG', terminal: false,
    summary: 'Pass packets to a userspace logger over nfnetlink.',
    doc: 'Sends the packet (or its first bytes) to userspace listeners of an nflog group, such as ulogd2 or '
      + 'tcpdump on the nflog interface, and continues with the next rule.',
    example: '-A INPUT -p tcp -m tcp --dport 23 -j NFLOG --nflog-group 5 --nflog-prefix "telnet"',
    options: [
      { name: '--nflog-group', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Group number listeners bind to (default 0).', example: '--nflog-group 5' },
      {
        name: '--nflog-prefix', value: 'string', maxLength: 63, invertible: false,
        doc: 'Text attached to each logged packet, at most 63 characters.', example: '--nflog-prefix "ssh-in"',
      },
      {
        name: '--nflog-range', value: 'int', min: 0, max: 4294967295, invertible: false,
        deprecated: 'Has never had an effect; use --nflog-size.',
        doc: 'Meant to set how many bytes are copied but ignored by the kernel; --nflog-size does that.',
      },
      { name: '--nflog-size', value: 'int', min: 0, max: 4294967295, invertible: false, doc: 'Number of packet bytes copied to userspace (default: the whole packet).', example: '--nflog-size 128' },
      { name: '--nflog-threshold', value: 'int', min: 1, max: 65535, invertible: false, doc: 'Packets the kernel collects before sending them to userspace in one batch (default 1).', example: '--nflog-threshold 10' },
    ],
  },
  {
    name: 'ULOG', kind: 'target', families: ['ipv4'], kernelModule: 'ipt_ULOG', terminal: false,
    deprecated: { message: 'The kernel module was removed in Linux 3.17; the target cannot be loaded any more.', replacement: 'NFLOG' },
    summary: 'Legacy IPv4 userspace logging over netlink.',
    doc: 'The predecessor of NFLOG: sent IPv4 packets to a netlink multicast group for ulogd. Modern kernels no '
      + 'longer provide it, so rules using it fail to load.',
    example: '-A INPUT -j ULOG --ulog-nlgroup 1 --ulog-prefix "in"',
    options: [
      { name: '--ulog-nlgroup', value: 'int', min: 1, max: 32, invertible: false, doc: 'Netlink group 1-32 (default 1).' },
      { name: '--ulog-prefix', value: 'string', maxLength: 31, invertible: false, doc: 'Text attached to each packet, at most 31 characters.' },
      { name: '--ulog-cprange', value: 'int', min: 0, invertible: false, doc: 'Bytes of each packet copied (default 0: all).' },
      { name: '--ulog-qthreshold', value: 'int', min: 1, max: 50, invertible: false, doc: 'Packets collected before a batch is sent (default 1).' },
    ],
  },
  {
    name: 'AUDIT', kind: 'target', families: BOTH, kernelModule: 'xt_AUDIT', terminal: false,
    summary: 'Record the packet in the kernel audit log.',
    doc: 'Creates an audit record (NETFILTER_PKT) for the packet for auditd, then continues. The --type argument '
      + 'is accepted for compatibility; recent kernels log the same record whatever it says.',
    example: '-A INPUT -p tcp -m tcp --dport 22 -j AUDIT --type accept',
    options: [{
      name: '--type', value: 'enum', values: ['accept', 'drop', 'reject'], invertible: false,
      doc: 'Action the record describes: accept, drop or reject. Put the real verdict in a following rule.',
      example: '--type drop',
    }],
  },
  {
    name: 'TRACE', kind: 'target', families: BOTH, kernelModule: 'xt_TRACE', terminal: false,
    tables: ['raw'],
    summary: 'Trace the packet through every rule it meets.',
    doc: 'Marks the packet so that each rule it traverses in every table is reported (nft monitor trace with the '
      + 'nf_tables backend, the kernel log with legacy iptables). The kernel module accepts it only in the raw table '
      + '(the nf_tables backend translates it to nftrace and allows any table); match narrowly.',
    example: '-A PREROUTING -p tcp -m tcp --dport 80 -j TRACE',
    options: [],
  },
  {
    name: 'LED', kind: 'target', families: BOTH, kernelModule: 'xt_LED', terminal: false,
    summary: 'Blink a LED trigger when packets match.',
    doc: 'Creates a LED trigger named netfilter-<id> that fires on matching packets; attach a LED to it through '
      + '/sys/class/leds/*/trigger.',
    example: '-A INPUT -p tcp -m tcp --dport 22 -j LED --led-trigger-id ssh --led-delay 100',
    options: [
      { name: '--led-trigger-id', value: 'string', maxLength: 26, required: true, invertible: false, doc: 'Suffix of the trigger name (netfilter-<id>).', example: '--led-trigger-id ssh' },
      { name: '--led-delay', value: 'other', invertible: false, doc: 'Milliseconds the LED stays on after a packet, or `inf` to keep it on.', example: '--led-delay 100' },
      { name: '--led-always-blink', value: 'none', argCount: 0, invertible: false, doc: 'Turns the LED off briefly on each packet so it visibly blinks even while already on.' },
    ],
  },
  {
    name: 'IDLETIMER', kind: 'target', families: BOTH, kernelModule: 'xt_IDLETIMER', terminal: false,
    summary: 'Signal userspace when no matching packet was seen for a while.',
    doc: 'Restarts a named timer on every matching packet; when it expires the kernel notifies userspace through '
      + 'sysfs (/sys/class/xt_idletimer/timers/<label>). Used for example to power down idle radio interfaces.',
    example: '-A OUTPUT -o wwan0 -j IDLETIMER --timeout 60 --label wwan0',
    options: [
      { name: '--timeout', value: 'int', min: 1, max: 4294967295, required: true, invertible: false, doc: 'Idle time in seconds before the notification.', example: '--timeout 60' },
      { name: '--label', value: 'string', maxLength: 27, required: true, invertible: false, doc: 'Timer name, shared by all rules that use the same label.', example: '--label wwan0' },
      { name: '--alarm', value: 'none', argCount: 0, invertible: false, doc: 'Uses an alarm timer, which also fires while the system is suspended.' },
    ],
  },
  {
    name: 'RATEEST', kind: 'target', families: BOTH, kernelModule: 'xt_RATEEST', terminal: false,
    summary: 'Feed a named rate estimator.',
    doc: 'Counts matching packets and bytes into a named estimator whose averaged rate the rateest match can then '
      + 'compare, for example to choose between links.',
    example: '-A FORWARD -o eth0 -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewmalog 0.5s',
    options: [
      { name: '--rateest-name', value: 'string', maxLength: 15, required: true, invertible: false, doc: 'Estimator name, referenced by -m rateest.', example: '--rateest-name eth0' },
      { name: '--rateest-interval', value: 'other', required: true, invertible: false, doc: 'Sampling interval, a time with unit (e.g. 250ms, 1s); the kernel rounds it to a power of two of 250 ms.', example: '--rateest-interval 250ms' },
      { name: '--rateest-ewmalog', value: 'other', required: true, invertible: false, doc: 'Averaging time constant of the moving average, a time with unit.', example: '--rateest-ewmalog 1s' },
    ],
  },
];
