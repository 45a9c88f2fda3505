/** Matches whose answer depends on history or the clock: recent and time. */
import type { IptExtension, IptOption } from '../types';

function recentCommand(name: string, doc: string): IptOption {
  const others = ['--set', '--rcheck', '--update', '--remove'].filter((n) => n !== name);
  // --set and --remove change the list: the kernel refuses the checking modifiers with them.
  const modifiers = name === '--set' || name === '--remove' ? ['--seconds', '--hitcount', '--rttl', '--reap'] : [];
  return { name, value: 'none', argCount: 0, invertible: true, conflicts: [...others, ...modifiers], doc };
}

const RECENT: IptExtension = {
  name: 'recent', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_recent', stateful: true,
  summary: 'Remembers addresses in a named list and matches on how often and how recently they were seen.',
  doc: 'Keeps lists of addresses (see /proc/net/xt_recent/NAME) with the times each was last seen. One rule adds '
    + 'addresses with `--set`; others test them with `--rcheck` or `--update`, optionally requiring `--hitcount` hits '
    + 'within `--seconds`. The kernel keeps at most 20 time stamps per address by default, so `--hitcount` above 20 '
    + 'is refused unless xt_recent is loaded with a larger ip_pkt_list_tot (max 255). The lists change at run time, '
    + 'so analysis treats the match as unknown.',
  example: '-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 60 --hitcount 4 --name ssh --rsource -j DROP',
  options: [
    recentCommand('--set', 'Adds (or refreshes) the address in the list; always matches, unless inverted.'),
    recentCommand('--rcheck', 'Matches when the address is in the list.'),
    recentCommand('--update', 'Like `--rcheck`, and also records this packet as a new sighting.'),
    recentCommand('--remove', 'Matches when the address is in the list and removes it.'),
    {
      name: '--seconds', value: 'int', min: 0, max: 4294967295, invertible: false,
      doc: 'With `--rcheck`/`--update`: the address must have been seen within this many seconds.',
      example: '--seconds 60',
    },
    {
      name: '--reap', value: 'none', argCount: 0, invertible: false,
      doc: 'With `--seconds`: drops entries older than that from the list while checking.',
    },
    {
      name: '--hitcount', value: 'int', min: 0, max: 65535, invertible: false,
      doc: 'With `--rcheck`/`--update`: the address must have been seen at least this many times (within `--seconds` if given). '
        + 'Above 20 needs the module parameter ip_pkt_list_tot raised.',
      example: '--hitcount 5',
    },
    {
      name: '--rttl', value: 'none', argCount: 0, invertible: false,
      doc: 'With `--rcheck`/`--update`: the TTL must also equal the one recorded by `--set`, which defeats some spoofing.',
    },
    {
      name: '--name', value: 'string', maxLength: 199, invertible: false,
      doc: 'List to use; default DEFAULT.',
      example: '--name portscan',
    },
    { name: '--rsource', value: 'none', argCount: 0, invertible: false, conflicts: ['--rdest'], doc: 'Records and looks up the source address (the default).' },
    { name: '--rdest', value: 'none', argCount: 0, invertible: false, conflicts: ['--rsource'], doc: 'Records and looks up the destination address instead.' },
    {
      name: '--mask', value: 'address', invertible: false,
      doc: 'Netmask applied to the address before it is stored or looked up, so one entry covers a network.',
      example: '--mask 255.255.255.0',
    },
  ],
};

const TIME: IptExtension = {
  name: 'time', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_time', stateful: true,
  summary: 'Matches by arrival date, time of day, weekday or day of month.',
  doc: 'Compares the packet\'s arrival time with a date range, a daily time window, weekdays and days of the month; '
    + 'all given conditions must hold. Times are UTC unless `--kerneltz` is given. A window whose stop is earlier than '
    + 'its start wraps past midnight. Depends on the clock, so analysis treats it as unknown.',
  example: '-A FORWARD -s 192.168.1.50 -m time --timestart 22:00 --timestop 06:00 --weekdays Mon,Tue,Wed,Thu,Fri -j DROP',
  options: [
    { name: '--datestart', value: 'date', invertible: false, doc: 'First moment, ISO 8601 `YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`; default 1970-01-01. Dates after 2038-01-19 are refused.', example: '--datestart 2024-01-01T00:00:00' },
    { name: '--datestop', value: 'date', invertible: false, doc: 'Last moment, same format; default 2038-01-19.', example: '--datestop 2024-12-31' },
    { name: '--timestart', value: 'time', invertible: false, doc: 'Start of the daily window, `hh:mm[:ss]`; default 00:00:00.', example: '--timestart 08:00' },
    { name: '--timestop', value: 'time', invertible: false, doc: 'End of the daily window, inclusive; default 23:59:59.', example: '--timestop 17:30' },
    {
      name: '--monthdays', value: 'int', min: 1, max: 31, listsAllowed: true, invertible: true,
      doc: 'Comma list of days of the month, 1-31.',
      example: '--monthdays 1,15',
    },
    {
      name: '--weekdays', value: 'days', listsAllowed: true, invertible: true,
      doc: 'Comma list of weekdays: Mon…Sun or 1 (Monday) to 7 (Sunday).',
      example: '--weekdays Sat,Sun',
    },
    {
      name: '--contiguous', value: 'none', argCount: 0, invertible: false,
      doc: 'For a window that wraps past midnight, the weekday/monthday test applies to the day the window started.',
    },
    { name: '--kerneltz', value: 'none', argCount: 0, invertible: false, conflicts: ['--utc'], doc: 'Interprets the times in the kernel\'s time zone instead of UTC.' },
    {
      name: '--localtz', value: 'none', argCount: 0, invertible: false, conflicts: ['--utc'],
      deprecated: 'Use --kerneltz, which does the same.',
      doc: 'Old name of `--kerneltz`.',
    },
    { name: '--utc', value: 'none', argCount: 0, invertible: false, conflicts: ['--kerneltz'], doc: 'Interprets the times as UTC, which is already the default.' },
  ],
};

/** recent, time. */
export const HISTORY_MATCHES: IptExtension[] = [RECENT, TIME];
