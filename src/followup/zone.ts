// Wall-clock ↔ instant conversions in IANA timezones with cached Intl formatters: what the planner needs of luxon, at a tenth of the cost.
import { DAY_MS } from '../clock.ts';

const MIN_MS = 60_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(tz: string): Intl.DateTimeFormat {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(tz, f);
  }
  return f;
}

// "3/14/2027, 10:05:09": format() and a regex cost about half of formatToParts.
const shape = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** The zone's offset at an instant, computed: the local wall clock read as UTC, less the instant. */
function computeOffset(ms: number, tz: string): number {
  const text = formatOf(tz).format(ms);
  const m = shape.exec(text);
  if (!m) throw new Error(`unexpected date format "${text}" for ${tz}`);
  // Years before 100 would be mapped to 19xx by Date.UTC's two-digit rule; no date here is that old.
  const wall = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
  // Like luxon, against the instant without its milliseconds (the wall clock above has none).
  return (wall - (ms - (((ms % 1000) + 1000) % 1000))) / MIN_MS;
}

/**
 * Offsets change at most at quarter hours (UTC) in every zone today; a quarter hour whose first and
 * last millisecond share an offset is remembered, so the planner's repeated questions cost a lookup.
 */
const QUARTER_MS = 15 * MIN_MS;
const known = new Map<string, number>();

/** The zone's offset from UTC at an instant, in minutes (−240 for Toronto in summer). */
export function offsetAt(ms: number, tz: string): number {
  const q = Math.floor(ms / QUARTER_MS);
  const key = tz + ' ' + q;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const o = computeOffset(ms, tz);
  if (computeOffset(q * QUARTER_MS, tz) === o && computeOffset((q + 1) * QUARTER_MS - 1, tz) === o) {
    if (known.size >= 50_000) known.clear();
    known.set(key, o);
  }
  return o;
}

/** The local wall clock of an instant, as if it were UTC (milliseconds). */
const wallOf = (ms: number, tz: string) => ms + offsetAt(ms, tz) * MIN_MS;

/**
 * The instant of a local wall-clock time (given as if UTC). `provisional` is the offset to try
 * first; it decides which of two instants an ambiguous time (the repeated hour when clocks go back)
 * means. A time that does not exist (the skipped hour when clocks go forward) moves forward by the
 * gap. This is luxon's algorithm (fixOffset), so both give the same answers.
 */
export function instantOfWall(wall: number, tz: string, provisional = offsetAt(wall, tz)): number {
  let guess = wall - provisional * MIN_MS;
  const o2 = offsetAt(guess, tz);
  if (o2 === provisional) return guess;
  guess -= (o2 - provisional) * MIN_MS;
  const o3 = offsetAt(guess, tz);
  if (o2 === o3) return guess;
  return wall - Math.min(o2, o3) * MIN_MS;
}

const wallOfYmd = (ymd: string, hour = 0) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)), hour);

/** `hour`:00 local on a calendar day (YYYY-MM-DD), as luxon's fromISO(ymd, { zone }).set({ hour }) gives it. */
export function atLocalHour(ymd: string, hour: number, tz: string): Date {
  const midnight = wallOfYmd(ymd);
  // luxon sets the hour starting from the offset the day's midnight has.
  const o = offsetAt(instantOfWall(midnight, tz), tz);
  return new Date(instantOfWall(midnight + hour * 3_600_000, tz, o));
}

/** The last millisecond of a local calendar day, as luxon's endOf('day'): the start of the next local day, less one. */
export function endOfLocalDay(ymd: string, tz: string): Date {
  const midnight = instantOfWall(wallOfYmd(ymd), tz);
  const nextDay = sameDayAt(new Date(midnight), tz, 0, 0, 1).getTime();
  return new Date(sameDayAt(new Date(nextDay), tz, 0, 0, 0).getTime() - 1);
}

/**
 * The instant's local day at `hour`:`minute` (offset by `plusDays` days), starting from the
 * instant's own offset, as luxon's DateTime.set({ hour, minute }) (then .plus({ days })) does.
 */
export function sameDayAt(at: Date, tz: string, hour: number, minute = 0, plusDays = 0): Date {
  const ms = at.getTime();
  const wall = wallOf(ms, tz);
  const o = (wall - ms) / MIN_MS;
  const day = Math.floor(wall / DAY_MS) * DAY_MS;
  const set = instantOfWall(day + hour * 3_600_000 + minute * MIN_MS, tz, o);
  if (plusDays === 0) return new Date(set);
  // plus({ days }) moves the set instant's wall time (shifted, if it fell in a gap) from that instant's offset.
  const setWall = wallOf(set, tz);
  return new Date(instantOfWall(setWall + plusDays * DAY_MS, tz, (setWall - set) / MIN_MS));
}
