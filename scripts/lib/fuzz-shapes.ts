/**
 * Generated extremes for the fuzzer: lines of a megabyte and more, nesting thousands deep, sets of 100,000
 * elements, many rules. Each generator varies the shape with the dice so several code paths get the extreme.
 */
import type { Dialect } from '../../server/src/model/types';
import type { Dice } from './fuzz-random';

export interface Shape {
  dialect: Dialect;
  text: string;
  /** Which variant was drawn (for the reproducer's name). */
  variant: string;
}

/** The smallest line `longLine` writes. */
export const LONG_LINE = 1 << 20;

/** One line of at least a megabyte, in a shape a real tool would read (a comment, a rule, a set, a name, noise). */
export function longLine(dice: Dice): Shape {
  const size = LONG_LINE + dice.int(0, 1 << 18);
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length));
  const variants: [string, Dialect, () => string][] = [
    ['nft-comment', 'nftables', () => `table ip t {\n\tchain c {\n\t\t#${fill('x')}\n\t}\n}\n`],
    ['nft-set-inline', 'nftables', () => `table ip t {\n\tchain c {\n\t\tip saddr { ${fill('10.1.2.3, ').slice(0, -2)} } drop\n\t}\n}\n`],
    ['nft-ports', 'nftables', () => `table inet t { chain c { type filter hook input priority 0; tcp dport { ${Array.from({ length: size / 7 }, (_, i) => i % 65536).join(', ')} } accept; } }\n`],
    ['nft-name', 'nftables', () => `table ip ${fill('n')} {\n\tchain ${fill('c')} {\n\t\tjump ${fill('c')}\n\t}\n}\n`],
    ['nft-string', 'nftables', () => `table ip t {\n\tchain c {\n\t\tlog prefix "${fill('p')}" comment "${fill('q')}"\n\t}\n}\n`],
    ['nft-statements', 'nftables', () => `table ip t { chain c { ${fill('counter ')} accept } }`],
    ['nft-define', 'nftables', () => `define v = { ${fill('1, ')}2 }\ntable ip t { chain c { tcp dport $v accept; } }\n`],
    ['nft-blanks', 'nftables', () => `${fill(' \t')}table ip t { }\n`],
    ['ipt-comment', 'iptables', () => `*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m comment --comment "${fill('c')}" -j ACCEPT\nCOMMIT\n`],
    ['ipt-options', 'iptables', () => `*filter\n:INPUT ACCEPT [0:0]\n-A INPUT ${fill('-p tcp -m tcp --dport 22 ')}-j ACCEPT\nCOMMIT\n`],
    ['ipt-matches', 'iptables', () => `*filter\n:INPUT ACCEPT [0:0]\n-A INPUT ${fill('-m mark --mark 1 ')}-j ACCEPT\nCOMMIT\n`],
    ['ipt-chain', 'iptables', () => `*filter\n:${fill('C')} - [0:0]\n-A ${fill('C')} -j ${fill('D')}\nCOMMIT\n`],
    ['ipt-quotes', 'iptables', () => `*filter\n-A INPUT ${fill('"a\\" ')}\nCOMMIT\n`],
    ['noise-no-newline', dice.chance(0.5) ? 'iptables' : 'nftables', () => fill('a{b;c"d-e ')],
  ];
  const [variant, dialect, make] = dice.pick(variants);
  return { dialect, text: make(), variant };
}

/**
 * Nesting thousands deep: nft blocks, anonymous chains, sets, parentheses, unclosed openers; iptables negations.
 * Up to 5,000 levels: beyond that tree-sitter's error recovery on nested blocks alone takes seconds.
 */
export function deepNesting(dice: Dice): Shape {
  const depth = dice.int(1000, 5000);
  const nest = (open: string, middle: string, close: string): string => open.repeat(depth) + middle + close.repeat(depth);
  const variants: [string, Dialect, () => string][] = [
    ['nft-anonymous-chains', 'nftables', () => `table ip t { chain c { ${nest('jump { ', 'accept', ' }')} } }\n`],
    ['nft-tables-in-chains', 'nftables', () => `${nest('table ip t { chain c { ', 'accept', ' } }')}\n`],
    ['nft-sets', 'nftables', () => `table ip t { chain c { ip saddr ${nest('{ ', '1.2.3.4', ' }')} accept } }\n`],
    ['nft-define-sets', 'nftables', () => `define x = ${nest('{ ', '1', ' }')}\ntable ip t { chain c { tcp dport $x accept } }\n`],
    ['nft-parens', 'nftables', () => `table ip t { chain c { meta mark ${nest('(', '1', ')')} accept } }\n`],
    ['nft-unclosed', 'nftables', () => `table ip t {\n${'chain c {\n'.repeat(depth)}`],
    ['nft-vmap', 'nftables', () => `table ip t { chain c { tcp dport vmap ${nest('{ 1 : jump { ', 'accept', ' } }')} } }\n`],
    ['nft-blocks-lines', 'nftables', () => `${nest('table ip t {\n', 'chain c { }\n', '}\n')}`],
    ['ipt-negations', 'iptables', () => `*filter\n-A INPUT ${'! '.repeat(depth)}-s 1.2.3.4 -j ACCEPT\nCOMMIT\n`],
    ['ipt-tables', 'iptables', () => `${'*filter\n'.repeat(depth)}COMMIT\n`],
  ];
  const [variant, dialect, make] = dice.pick(variants);
  return { dialect, text: make(), variant: `${variant}-${depth}` };
}

/** Sets and maps of 100,000 elements (named and anonymous, values, prefixes, ranges, concatenations, verdicts). */
export function hugeSet(dice: Dice): Shape {
  const count = 100_000 + dice.int(0, 1000);
  const ip = (i: number): string => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const lines = dice.chance(0.5);
  const join = (items: string[]): string => items.join(lines ? ',\n\t\t\t' : ', ');
  const all = <T>(f: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => f(i));
  const variants: [string, Dialect, () => string][] = [
    ['named-addresses', 'nftables', () => `table ip t {\n\tset s {\n\t\ttype ipv4_addr\n\t\telements = { ${join(all(ip))} }\n\t}\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tip saddr @s drop\n\t}\n}\n`],
    ['interval-prefixes', 'nftables', () => `table ip t {\n\tset s {\n\t\ttype ipv4_addr\n\t\tflags interval\n\t\telements = { ${join(all((i) => `${ip(i * 4)}/30`))} }\n\t}\n\tchain c { type filter hook input priority 0; ip daddr @s accept; }\n}\n`],
    ['overlapping-ranges', 'nftables', () => `table inet t {\n\tset s {\n\t\ttype inet_service\n\t\tflags interval\n\t\telements = { ${join(all((i) => `${i % 60000}-${(i % 60000) + 10}`))} }\n\t}\n}\n`],
    ['anonymous', 'nftables', () => `table ip t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tip saddr { ${join(all(ip))} } drop\n\t}\n}\n`],
    ['verdict-map', 'nftables', () => `table inet t {\n\tchain a { }\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tip saddr vmap { ${join(all((i) => `${ip(i)} : ${i % 3 === 0 ? 'jump a' : i % 3 === 1 ? 'accept' : 'drop'}`))} }\n\t}\n}\n`],
    ['concatenations', 'nftables', () => `table ip t {\n\tmap m {\n\t\ttype ipv4_addr . inet_service : ipv4_addr\n\t\telements = { ${join(all((i) => `${ip(i)} . ${i % 65536} : ${ip(count - i)}`))} }\n\t}\n\tchain c { type nat hook prerouting priority -100; dnat to ip saddr . tcp dport map @m; }\n}\n`],
    ['add-element', 'nftables', () => `table ip t { set s { type ipv4_addr; } }\nadd element ip t s { ${join(all(ip))} }\n`],
    ['duplicates', 'nftables', () => `table ip t { set s { type ipv4_addr; elements = { ${join(all((i) => ip(i % 100)))} } } }\n`],
    ['ipt-rules', 'iptables', () => `*filter\n:INPUT DROP [0:0]\n:C - [0:0]\n${all((i) => `-A ${i % 2 ? 'INPUT' : 'C'} -s ${ip(i)}/32 -p tcp -m tcp --dport ${i % 65536} -j ${i % 7 ? 'ACCEPT' : 'C'}`).slice(0, 20000).join('\n')}\nCOMMIT\n`],
  ];
  const [variant, dialect, make] = dice.pick(variants);
  return { dialect, text: make(), variant };
}
