// The Intl-based zone helpers give luxon's answers, DST changes included (gaps move forward, days of 23 and 25 hours).
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { atLocalHour, endOfLocalDay, instantOfWall, offsetAt, sameDayAt } from './zone.ts';

const zones = ['America/Toronto', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Tokyo', 'UTC', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata'];
// DST changes and ordinary days around them: Toronto springs forward on 2027-03-14 and falls back on 2027-11-07,
// Berlin on 2027-03-28 and 2027-10-31, Sydney the other way round (2027-04-04, 2027-10-03), Santiago at midnight.
const days = ['2027-03-13', '2027-03-14', '2027-03-15', '2027-03-28', '2027-04-04', '2027-04-03', '2027-09-05', '2027-10-03', '2027-10-31', '2027-11-07', '2026-12-31', '2027-01-01', '2028-02-29'];

const viaLuxonAtHour = (ymd: string, hour: number, tz: string) => DateTime.fromISO(ymd, { zone: tz }).set({ hour }).toJSDate().getTime();
const viaLuxonSet = (at: Date, tz: string, hour: number, minute: number, plusDays: number) =>
  DateTime.fromJSDate(at, { zone: tz }).set({ hour, minute, second: 0, millisecond: 0 }).plus({ days: plusDays }).toJSDate().getTime();

describe('zone helpers against luxon', () => {
  it('offsets at instants around the changes', () => {
    for (const tz of zones) {
      for (const ymd of days) {
        for (let h = -3; h < 30; h++) {
          const ms = Date.parse(`${ymd}T00:00:00Z`) + h * 3_600_000 + 17 * 60_000 + 123;
          expect(offsetAt(ms, tz), `${tz} ${new Date(ms).toISOString()}`).toBe(DateTime.fromMillis(ms, { zone: tz }).offset);
        }
      }
    }
  });

  it('local hours of calendar days, including hours skipped or repeated by a change', () => {
    for (const tz of zones) {
      for (const ymd of days) {
        for (const hour of [0, 1, 2, 3, 9, 10, 18, 23]) {
          const ours = atLocalHour(ymd, hour, tz).getTime();
          const theirs = viaLuxonAtHour(ymd, hour, tz);
          // An hour that happens twice is one of two instants; luxon's pick depends on the offset of the real now.
          const repeated = DateTime.fromMillis(theirs, { zone: tz }).offset !== DateTime.fromMillis(theirs - 3_600_000, { zone: tz }).offset && ours !== theirs;
          if (!repeated) expect(ours, `${tz} ${ymd} ${hour}h`).toBe(theirs);
        }
      }
    }
  });

  it('the last millisecond of a day, 23 and 25 hours long included', () => {
    for (const tz of zones) {
      for (const ymd of days) {
        expect(endOfLocalDay(ymd, tz).getTime(), `${tz} ${ymd}`).toBe(DateTime.fromISO(ymd, { zone: tz }).endOf('day').toJSDate().getTime());
      }
    }
    // Toronto's spring-forward day has 23 hours, its fall-back day 25.
    expect(endOfLocalDay('2027-03-14', 'America/Toronto').toISOString()).toBe('2027-03-15T03:59:59.999Z');
    expect(endOfLocalDay('2027-11-07', 'America/Toronto').toISOString()).toBe('2027-11-08T04:59:59.999Z');
  });

  it('the same local day (or a later one) at a given time, from any instant', () => {
    for (const tz of zones) {
      for (const ymd of days) {
        for (let h = 0; h < 24; h += 1) {
          const at = new Date(Date.parse(`${ymd}T00:00:00Z`) + h * 3_600_000 + 31 * 60_000 + 7_000);
          for (const [hour, minute, plus] of [
            [9, 0, 0],
            [9, 0, 1],
            [23, 59, 0],
            [2, 30, 0],
            [2, 30, 1],
            [0, 0, 1],
          ]) {
            expect(sameDayAt(at, tz, hour, minute, plus).getTime(), `${tz} ${at.toISOString()} ${hour}:${minute} +${plus}`).toBe(viaLuxonSet(at, tz, hour, minute, plus));
          }
        }
      }
    }
  });

  it('wall times in a gap move forward; repeated ones follow the offset tried first', () => {
    // 02:30 on 2027-03-14 does not exist in Toronto: 03:30 EDT.
    expect(atLocalHour('2027-03-14', 2, 'America/Toronto').toISOString()).toBe('2027-03-14T07:00:00.000Z');
    const wall = Date.UTC(2027, 10, 7, 1, 30);
    expect(new Date(instantOfWall(wall, 'America/Toronto', -240)).toISOString()).toBe('2027-11-07T05:30:00.000Z');
    expect(new Date(instantOfWall(wall, 'America/Toronto', -300)).toISOString()).toBe('2027-11-07T06:30:00.000Z');
    expect(atLocalHour('2027-04-04', 10, 'Australia/Sydney').toISOString()).toBe('2027-04-04T00:00:00.000Z');
    expect(atLocalHour('2027-06-01', 10, 'Asia/Tokyo').toISOString()).toBe('2027-06-01T01:00:00.000Z');
    expect(atLocalHour('2027-06-01', 10, 'UTC').toISOString()).toBe('2027-06-01T10:00:00.000Z');
  });
});
