import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, dayNumber, isTimeZone, localParts, localRange, startOfLocalDay, zonedClock } from './zoned-time';

const HOUR = 3_600_000;
const KYIV = 'Europe/Kyiv';

describe('zoned time (F22)', () => {
  it('knows IANA names and refuses the rest', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads the local date, hour and weekday of an instant', () => {
    // 2026-03-28 23:30 UTC is Sunday 01:30 in Kyiv (UTC+2 before the change).
    expect(localParts(Date.parse('2026-03-28T23:30:00Z'), KYIV)).toEqual({ date: '2026-03-29', hour: 1, weekday: 6 });
    expect(localParts(Date.parse('2026-03-28T23:30:00Z'), 'UTC')).toEqual({ date: '2026-03-28', hour: 23, weekday: 5 });
    // Tokyo is ahead; Honolulu behind.
    expect(localParts(Date.parse('2026-06-01T20:00:00Z'), 'Asia/Tokyo')).toEqual({ date: '2026-06-02', hour: 5, weekday: 1 });
    expect(localParts(Date.parse('2026-06-01T05:00:00Z'), 'Pacific/Honolulu')).toEqual({ date: '2026-05-31', hour: 19, weekday: 6 });
  });

  it('starts days at local midnight, and Kyiv has a 23-hour and a 25-hour day in 2026', () => {
    expect(startOfLocalDay('2026-03-29', KYIV)).toBe(Date.parse('2026-03-28T22:00:00Z'));
    expect(startOfLocalDay('2026-03-30', KYIV)).toBe(Date.parse('2026-03-29T21:00:00Z'));
    const spring = localRange('2026-03-29', '2026-03-29', KYIV);
    expect(spring.end - spring.start).toBe(23 * HOUR);
    const autumn = localRange('2026-10-25', '2026-10-25', KYIV);
    expect(autumn.start).toBe(Date.parse('2026-10-24T21:00:00Z'));
    expect(autumn.end - autumn.start).toBe(25 * HOUR);
    const normal = localRange('2026-06-01', '2026-06-07', KYIV);
    expect(normal.end - normal.start).toBe(7 * 24 * HOUR);
    expect(startOfLocalDay('2026-06-01', 'America/New_York')).toBe(Date.parse('2026-06-01T04:00:00Z'));
  });

  it('walks calendar dates across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });
});

describe('zonedClock (F22)', () => {
  it.each([KYIV, 'America/New_York', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'UTC'])(
    'reads the same local date, hour and weekday as Intl for every 53 minutes of 2026 in %s',
    (zone) => {
      const { start, end } = localRange('2026-01-01', '2026-12-31', zone);
      const clock = zonedClock(zone, start, end);
      for (let at = start; at < end; at += 53 * 60_000 + 7_000) {
        const want = localParts(at, zone);
        const got = clock(at);
        expect({ ...got, day: undefined, date: want.date }).toEqual({ ...want, day: undefined });
        expect(got.day).toBe(dayNumber(want.date));
      }
    },
  );

  it('puts the instants either side of a daylight-saving change in their own hours', () => {
    const { start, end } = localRange('2026-10-25', '2026-10-25', KYIV);
    const clock = zonedClock(KYIV, start, end);
    // 04:00 summer time becomes 03:00 winter time at 01:00 UTC.
    expect(clock(Date.parse('2026-10-25T00:59:59Z')).hour).toBe(3);
    expect(clock(Date.parse('2026-10-25T01:00:00Z')).hour).toBe(3);
    expect(clock(Date.parse('2026-10-25T00:00:00Z')).hour).toBe(3);
    expect(clock(Date.parse('2026-10-24T23:59:59Z')).hour).toBe(2);
    expect(clock(end - 1)).toEqual({ day: dayNumber('2026-10-25'), hour: 23, weekday: 6 });
  });
});
