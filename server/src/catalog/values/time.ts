/** Times of day, dates and weekdays as the time match takes them. */
import { fail, ok, type Parsed } from './result';

/** Parses HH:MM[:SS] into seconds since midnight. */
export function parseTimeOfDay(text: string): Parsed<number> {
  const m = /^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$/.exec(text);
  if (!m) return fail(`"${text}" is not HH:MM[:SS]`);
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '0')];
  if (h > 23 || min > 59 || s > 59) return fail(`time ${text} is out of range (00:00:00-23:59:59)`);
  return ok(h * 3600 + min * 60 + s);
}

/** Parses YYYY[-MM[-DD[THH[:MM[:SS]]]]] into seconds since the epoch (UTC); years 1970-2038 as xt_time stores them. */
export function parseDate(text: string): Parsed<number> {
  const m = /^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2})(?:T([0-9]{1,2})(?::([0-9]{1,2})(?::([0-9]{1,2}))?)?)?)?)?$/.exec(text);
  if (!m) return fail(`"${text}" is not YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`);
  const [y, mo, d, h, mi, s] = [m[1], m[2] ?? '1', m[3] ?? '1', m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (y < 1970 || y > 2038) return fail(`year ${y} is outside 1970-2038`);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return fail(`date ${text} has a field out of range`);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(ms).getUTCDate() !== d) return fail(`date ${text} does not exist`);
  return ok(ms / 1000);
}

/** Weekday names in xt_time order (Monday is day 1). */
export const WEEKDAYS: readonly string[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Parses a comma list of weekdays (Mon…Sun, full names or 1-7) into a bit set (bit 1 = Monday … bit 7 = Sunday). */
export function parseWeekdays(text: string): Parsed<number> {
  let bits = 0;
  for (const word of text.split(',')) {
    const w = word.toLowerCase();
    const index = /^[1-7]$/.test(w)
      ? Number(w) - 1
      : WEEKDAYS.findIndex((d, i) => w === d.toLowerCase() || w === FULL_DAYS[i]);
    if (index < 0) return fail(`"${word}" is not a weekday (Mon, Tue, Wed, Thu, Fri, Sat, Sun or 1-7)`);
    bits |= 1 << (index + 1);
  }
  return ok(bits);
}
