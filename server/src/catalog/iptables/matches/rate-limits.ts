/** Rate, quota and sampling matches: limit, hashlimit, quota, rateest, nfacct, statistic. All stateful. */
import type { IptExtension, IptOption } from '../types';

const UNDECIDABLE = 'Its result depends on past traffic, so analysis and tracing treat it as unknown.';

const LIMIT: IptExtension = {
  name: 'limit', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_limit', stateful: true,
  summary: 'Token-bucket rate limit shared by all packets of the rule.',
  doc: 'Matches while a single token bucket has tokens: it holds `--limit-burst` tokens and refills at `--limit`. '
    + 'One bucket per rule, not per source; for per-address limits use hashlimit. Often placed before LOG to keep '
    + `logs small. ${UNDECIDABLE}`,
  example: '-A INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-prefix "input: "',
  options: [
    {
      name: '--limit', value: 'rate', invertible: false,
      doc: 'Average rate `n/second`, `/minute`, `/hour` or `/day` (unit prefixes accepted, e.g. 3/h); default 3/hour.',
      example: '--limit 10/second',
    },
    {
      name: '--limit-burst', value: 'int', min: 0, max: 10000, invertible: false,
      doc: 'Bucket size: how many packets may match in a row before the rate applies; default 5.',
      example: '--limit-burst 20',
    },
  ],
};

function hashlimitInt(name: string, doc: string, example: string, max = 4294967295): IptOption {
  return { name, value: 'int', min: 0, max, invertible: false, doc, example: `${name} ${example}` };
}

const HASHLIMIT: IptExtension = {
  name: 'hashlimit', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_hashlimit', stateful: true,
  summary: 'Token-bucket rate limits kept per address, port or network.',
  doc: 'Like limit, but keeps one bucket per key built from the fields named in `--hashlimit-mode` (source or '
    + 'destination address, with a prefix length, and ports). Buckets live in a named table shown under '
    + `/proc/net/ipt_hashlimit/ (ip6t_hashlimit for IPv6). ${UNDECIDABLE}`,
  example: '-A INPUT -p tcp -m tcp --dport 22 -m hashlimit --hashlimit-above 4/min --hashlimit-burst 4 --hashlimit-mode srcip --hashlimit-name ssh -j DROP',
  options: [
    {
      name: '--hashlimit-upto', aliases: ['--hashlimit'], value: 'other', invertible: true, conflicts: ['--hashlimit-above'],
      doc: 'Matches while the key stays at or below this rate: packets `n/second|minute|hour|day`, or bytes such as `512kb/s`.',
      example: '--hashlimit-upto 50/sec',
    },
    {
      name: '--hashlimit-above', value: 'other', invertible: true, conflicts: ['--hashlimit-upto'],
      doc: 'Matches once the key exceeds this rate (the inverse of `--hashlimit-upto`).',
      example: '--hashlimit-above 1mb/s',
    },
    {
      name: '--hashlimit-mode', value: 'enum', values: ['srcip', 'srcport', 'dstip', 'dstport'], listsAllowed: true,
      invertible: false,
      doc: 'Fields that form the bucket key; without it every packet shares one bucket.',
      example: '--hashlimit-mode srcip,dstport',
    },
    hashlimitInt('--hashlimit-srcmask', 'Prefix length applied to the source address before hashing (0-32, or 0-128 for IPv6).', '24', 128),
    hashlimitInt('--hashlimit-dstmask', 'Prefix length applied to the destination address before hashing.', '24', 128),
    {
      name: '--hashlimit-name', value: 'string', maxLength: 255, invertible: false, required: true,
      doc: 'Name of the bucket table; rules with the same name and options share it.',
      example: '--hashlimit-name http',
    },
    { ...hashlimitInt('--hashlimit-burst', 'Bucket size in packets, or bytes with a unit (`400kb`) when the rate is in bytes; default 5.', '10'), value: 'other' },
    hashlimitInt('--hashlimit-htable-size', 'Number of hash buckets.', '4096'),
    hashlimitInt('--hashlimit-htable-max', 'Maximum number of entries kept.', '65536'),
    hashlimitInt('--hashlimit-htable-gcinterval', 'Milliseconds between garbage-collection runs.', '1000'),
    hashlimitInt('--hashlimit-htable-expire', 'Milliseconds after which an idle entry is removed.', '10000'),
    {
      name: '--hashlimit-rate-match', value: 'none', argCount: 0, invertible: false,
      doc: 'Only measures: matches when the key\'s rate exceeds the given one, without consuming tokens.',
    },
    hashlimitInt('--hashlimit-rate-interval', 'With `--hashlimit-rate-match`, the measuring interval in seconds; default 1.', '5'),
  ],
};

const QUOTA: IptExtension = {
  name: 'quota', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_quota', stateful: true,
  summary: 'Matches until a byte budget is used up.',
  doc: 'Subtracts each matching packet\'s size from a byte counter and matches while the counter is above zero. '
    + `The counter belongs to the rule and is reset when the rule is replaced. ${UNDECIDABLE}`,
  example: '-A FORWARD -s 192.168.1.10 -m quota --quota 1073741824 -j ACCEPT',
  options: [
    {
      name: '--quota', value: 'other', invertible: true, required: true,
      doc: 'Budget in bytes.',
      example: '--quota 52428800',
    },
  ],
};

function rateestValue(name: string, doc: string, aliases?: string[]): IptOption {
  return { name, aliases, value: 'other', optionalValue: true, invertible: false, doc, example: `${name} 1mbit` };
}

const RATEEST: IptExtension = {
  name: 'rateest', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_rateest', stateful: true,
  summary: 'Compares rates measured by RATEEST estimators.',
  doc: 'Reads one or two rate estimators created by the RATEEST target and compares their bytes or packets per '
    + 'second with each other or with fixed rates; with `--rateest-delta` it compares the spare capacity. The '
    + `estimators must exist first. ${UNDECIDABLE}`,
  example: '-A FORWARD -m rateest --rateest1 uplink --rateest-bps1 2mbit --rateest-gt -j MARK --set-mark 0x2',
  options: [
    { name: '--rateest1', aliases: ['--rateest'], value: 'string', maxLength: 15, invertible: false, doc: 'Name of the first estimator.', example: '--rateest1 eth0' },
    { name: '--rateest2', value: 'string', maxLength: 15, invertible: false, doc: 'Name of the second estimator, for comparing two.', example: '--rateest2 eth1' },
    { name: '--rateest-delta', value: 'none', argCount: 0, invertible: false, doc: 'Compares the difference between each measured rate and its given rate.' },
    rateestValue('--rateest-bps1', 'Compares the first estimator\'s bytes per second, optionally against this rate.', ['--rateest-bps']),
    rateestValue('--rateest-pps1', 'Compares the first estimator\'s packets per second, optionally against this rate.', ['--rateest-pps']),
    rateestValue('--rateest-bps2', 'Compares the second estimator\'s bytes per second, optionally against this rate.'),
    rateestValue('--rateest-pps2', 'Compares the second estimator\'s packets per second, optionally against this rate.'),
    { name: '--rateest-lt', value: 'none', argCount: 0, invertible: true, doc: 'Matches when the first value is less than the second.' },
    { name: '--rateest-gt', value: 'none', argCount: 0, invertible: true, doc: 'Matches when the first value is greater than the second.' },
    { name: '--rateest-eq', value: 'none', argCount: 0, invertible: true, doc: 'Matches when the two values are equal.' },
  ],
};

const NFACCT: IptExtension = {
  name: 'nfacct', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_nfacct', stateful: true,
  summary: 'Counts packets into a named nfacct accounting object.',
  doc: 'Adds the packet to an extended accounting object created beforehand with `nfacct add NAME`; the object can '
    + 'carry a quota, and then the match fails once it is exceeded. Several rules may feed one object.',
  example: '-A FORWARD -s 10.0.0.0/24 -m nfacct --nfacct-name lan-out',
  options: [
    {
      name: '--nfacct-name', value: 'string', maxLength: 31, invertible: false, required: true,
      doc: 'Name of the accounting object; it must exist when the rule is loaded.',
      example: '--nfacct-name http-traffic',
    },
  ],
};

const STATISTIC: IptExtension = {
  name: 'statistic', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_statistic', stateful: true,
  summary: 'Random or every-nth packet sampling.',
  doc: 'Matches a random share of packets, or one in every n with a counter; used for sampling and for spreading '
    + `new connections over several DNAT targets. ${UNDECIDABLE}`,
  example: '-A PREROUTING -t nat -p tcp -m tcp --dport 80 -m statistic --mode nth --every 2 --packet 0 -j DNAT --to-destination 10.0.0.2',
  options: [
    { name: '--mode', value: 'enum', values: ['random', 'nth'], invertible: false, required: true, doc: '`random` uses `--probability`, `nth` uses `--every` and `--packet`.', example: '--mode random' },
    {
      name: '--probability', value: 'fraction', min: 0, max: 1, invertible: true,
      doc: 'Chance between 0 and 1 that a packet matches (random mode; resolution 2^-31).',
      example: '--probability 0.25',
    },
    { name: '--every', value: 'int', min: 1, max: 4294967295, invertible: true, doc: 'Matches one packet in every n (nth mode).', example: '--every 3' },
    {
      name: '--packet', value: 'int', min: 0, max: 4294967294, invertible: false,
      doc: 'Initial counter, 0 to n-1, choosing which of the n packets matches (nth mode); default 0.',
      example: '--packet 1',
    },
  ],
};

/** limit, hashlimit, quota, rateest, nfacct, statistic. */
export const RATE_MATCHES: IptExtension[] = [LIMIT, HASHLIMIT, QUOTA, RATEEST, NFACCT, STATISTIC];
