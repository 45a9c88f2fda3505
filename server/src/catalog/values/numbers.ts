/** Integer parsing as iptables does it: decimal, 0x hex or leading-zero octal (strtoul with base 0). */
import { fail, ok, type Parsed } from './result';

const DECIMAL = /^[0-9]+$/;
const HEX = /^0[xX][0-9a-fA-F]+$/;
const OCTAL = /^0[0-7]+$/;

/** Parses an unsigned integer in base 0 notation and checks it against [min, max]. */
export function parseUnsigned(text: string, min = 0, max = 0xffffffff): Parsed<number> {
  // Most numerals are plain decimals: read them without trying the three patterns.
  let value = plainDecimal(text);
  if (value < 0) {
    if (HEX.test(text)) value = parseInt(text.slice(2), 16);
    else if (OCTAL.test(text)) value = parseInt(text.slice(1), 8);
    else if (DECIMAL.test(text)) value = parseInt(text, 10);
    else return fail(`"${text}" is not a number`);
  }
  if (value < min || value > max) return fail(`${text} is out of range ${min}-${max}`);
  return ok(value);
}

/** The value of a decimal numeral without a leading zero ("0" itself included) of at most 15 digits, else -1. */
function plainDecimal(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15 || (n > 1 && text.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses "n" or "n:m" (either bound may be omitted: ":m" starts at min, "n:" ends at max); n must not exceed m. */
export function parseUnsignedRange(text: string, min = 0, max = 0xffffffff): Parsed<[number, number]> {
  const parts = text.split(':');
  if (parts.length > 2) return fail(`"${text}" has more than one ':'`);
  if (parts.length === 1) {
    const single = parseUnsigned(text, min, max);
    return single.ok ? ok([single.value, single.value]) : single;
  }
  const lo = parts[0] === '' ? ok(min) : parseUnsigned(parts[0], min, max);
  if (!lo.ok) return lo;
  const hi = parts[1] === '' ? ok(max) : parseUnsigned(parts[1], min, max);
  if (!hi.ok) return hi;
  if (lo.value > hi.value) return fail(`range ${text} is reversed (${lo.value} > ${hi.value})`);
  return ok([lo.value, hi.value]);
}
