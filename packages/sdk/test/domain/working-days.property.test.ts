/**
 * Properties of the working-day calendar over every day of the data (2024–2026), checked with
 * fast-check: results are working days, `workingDaysBetween` inverts `addWorkingDays`, both are
 * monotonic, the day of an instant is the Beijing one, and no input makes anything but a
 * `CalendarError` escape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarError,
  isWorkingDay,
  portalDate,
  PORTAL_TIME_ZONE,
  replyDueDate,
  validateHolidayYear,
  workingDaysBetween,
} from '../../src/index.js';

const DAY_MS = 86_400_000;
const FIRST = Date.parse('2024-01-01T00:00:00Z') / DAY_MS;
const LAST = Date.parse('2026-12-31T00:00:00Z') / DAY_MS;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Any Beijing calendar day with data, as `YYYY-MM-DD`. */
const anyDay = fc.integer({ min: FIRST, max: LAST }).map(iso);
/** A start day and a count that cannot walk past 2026-12-31 (December has ≥ 21 working days). */
const startAndCount = fc.tuple(
  fc.integer({ min: FIRST, max: LAST - 31 }).map(iso),
  fc.integer({ min: 1, max: 20 }),
);
/** Any instant whose Beijing day has data. */
const anyInstant = fc.date({
  min: new Date('2023-12-31T16:00:00.000Z'),
  max: new Date('2026-12-31T15:59:59.999Z'),
  noInvalidDate: true,
});

const runs = { numRuns: 300 };

describe('addWorkingDays and workingDaysBetween (properties)', () => {
  it('the result is a working day strictly after the start', () => {
    fc.assert(
      fc.property(startAndCount, ([start, n]) => {
        const due = addWorkingDays(start, n);
        expect(isWorkingDay(due)).toBe(true);
        expect(portalDate(due) > start).toBe(true);
        expect(replyDueDate(start, n)).toBe(portalDate(due));
      }),
      runs,
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, and no working day is skipped', () => {
    fc.assert(
      fc.property(startAndCount, ([start, n]) => {
        const due = addWorkingDays(start, n);
        expect(workingDaysBetween(start, due)).toBe(n);
        expect(workingDaysBetween(due, start)).toBe(-n);
        // the day before the result is one working day short
        const before = new Date(due.getTime() - DAY_MS);
        expect(workingDaysBetween(start, before)).toBe(n - 1);
      }),
      runs,
    );
  });

  it('addWorkingDays(a, workingDaysBetween(a, b)) === b for every later working day b', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (x, y) => {
        const [a, b] = x < y ? [x, y] : [y, x];
        fc.pre(a < b && isWorkingDay(b));
        expect(portalDate(addWorkingDays(a, workingDaysBetween(a, b)))).toBe(b);
      }),
      runs,
    );
  });

  it('is monotonic in the count and in the start day', () => {
    fc.assert(
      fc.property(startAndCount, fc.integer({ min: 1, max: 20 }), ([start, n], m) => {
        const [lo, hi] = n <= m ? [n, m] : [m, n];
        expect(addWorkingDays(start, lo) <= addWorkingDays(start, hi)).toBe(true);
        if (lo < hi) expect(addWorkingDays(start, lo) < addWorkingDays(start, hi)).toBe(true);
      }),
      runs,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: LAST - 62 }),
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 1, max: 20 }),
        (day, gap, n) => {
          const start = iso(day);
          const later = iso(day + gap);
          expect(addWorkingDays(start, n) <= addWorkingDays(later, n)).toBe(true);
        },
      ),
      runs,
    );
  });

  it('workingDaysBetween is antisymmetric, additive and at most the calendar days', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (a, b, c) => {
        const ab = workingDaysBetween(a, b);
        expect(workingDaysBetween(b, a)).toBe(-ab + 0); // + 0: never -0
        expect(ab + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
        const calendarDays = (Date.parse(b) - Date.parse(a)) / DAY_MS;
        expect(Math.abs(ab)).toBeLessThanOrEqual(Math.abs(calendarDays));
        expect(Math.sign(ab) * Math.sign(calendarDays)).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('a working day b after a adds exactly one', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: FIRST, max: LAST - 1 }), (a, day) => {
        const b = iso(day);
        const next = iso(day + 1);
        const step = isWorkingDay(next) ? 1 : 0;
        expect(workingDaysBetween(a, next) - workingDaysBetween(a, b)).toBe(step);
      }),
      runs,
    );
  });
});

describe('time zone (properties)', () => {
  const beijing = new Intl.DateTimeFormat('en-CA', {
    timeZone: PORTAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  it("an instant's day is its Asia/Shanghai day (time-zone database)", () => {
    fc.assert(
      fc.property(anyInstant, (instant) => {
        expect(portalDate(instant)).toBe(beijing.format(instant));
        expect(isWorkingDay(instant)).toBe(isWorkingDay(beijing.format(instant)));
      }),
      runs,
    );
  });

  it('the same instant written with any offset is the same day', () => {
    fc.assert(
      fc.property(
        anyInstant,
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.boolean(),
        (instant, offsetMinutes, colon) => {
          const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
          const abs = Math.abs(offsetMinutes);
          const hh = String(Math.floor(abs / 60)).padStart(2, '0');
          const mm = String(abs % 60).padStart(2, '0');
          const sign = offsetMinutes < 0 ? '-' : '+';
          const text = `${local.slice(0, -1)}${sign}${hh}${colon ? ':' : ''}${mm}`;
          expect(portalDate(text)).toBe(portalDate(instant));
        },
      ),
      runs,
    );
  });
});

describe('hostile input (properties)', () => {
  it('any string or value gives an answer or a CalendarError, nothing else', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([Zz]|[+-]\d{2}:?\d{2})?)?$/),
      fc.anything(),
    );
    fc.assert(
      fc.property(input, (value) => {
        try {
          expect(typeof isWorkingDay(value as string)).toBe('boolean');
        } catch (e) {
          expect(e).toBeInstanceOf(CalendarError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('validateHolidayYear never throws and explains any refusal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10_010 }), fc.anything(), (year, schedule) => {
        const problems = validateHolidayYear(year, schedule);
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.length).toBeGreaterThan(10);
      }),
      runs,
    );
  });
});
