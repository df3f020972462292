/**
 * Working days: the holiday weeks of every year shipped, reply deadlines across them,
 * ordinary weeks, year boundaries, unknown years, time zones and input handling.
 *
 * Expected values are written out by hand from the State Council notices, not derived from the
 * data module, so a wrong entry in the data fails here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarError,
  calendarYears,
  isCalendarError,
  isWorkingDay,
  portalDate,
  PORTAL_TIME_ZONE,
  replyDueDate,
  REPLY_WORKING_DAYS,
  workingDaysBetween,
  type CalendarErrorCode,
  type DateInput,
} from '../../src/index.js';

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): CalendarError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarError);
    return e as CalendarError;
  }
  throw new Error('expected a CalendarError, nothing was thrown');
}

function expectCode(fn: () => unknown, code: CalendarErrorCode): CalendarError {
  const error = thrown(fn);
  expect(error.code).toBe(code);
  return error;
}

/** `YYYY-MM-DD` of the day `offset` days after `date`. */
function plusDays(date: string, offset: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Holiday weeks, Monday to Sunday, written from the notices: `W` a working day, `-` a day off.
 * Each row starts on a Monday; the comment names the days that are not plain weekdays/weekends.
 */
const HOLIDAY_WEEKS: { name: string; monday: string; weeks: string[] }[] = [
  {
    // Sun 02-04 worked; 02-10 (Sat) … 02-17 (Sat) off; Sun 02-18 worked.
    name: '2024 Spring Festival',
    monday: '2024-01-29',
    weeks: ['WWWWW-W', 'WWWWW--', '------W', 'WWWWW--'],
  },
  {
    // Sat 09-14 worked; 09-15 … 09-17 off (Mid-Autumn); Sun 09-29 worked; 10-01 … 10-07 off;
    // Sat 10-12 worked.
    name: '2024 Mid-Autumn and National Day',
    monday: '2024-09-09',
    weeks: ['WWWWWW-', '--WWW--', 'WWWWW-W', 'W------', '-WWWWW-', 'WWWWW--'],
  },
  {
    // Sun 01-26 worked; 01-28 (Tue) … 02-04 (Tue) off; Sat 02-08 worked.
    name: '2025 Spring Festival',
    monday: '2025-01-20',
    weeks: ['WWWWW-W', 'W------', '--WWWW-', 'WWWWW--'],
  },
  {
    // Sun 09-28 worked; 10-01 (Wed) … 10-08 (Wed) off; Sat 10-11 worked.
    name: '2025 National Day and Mid-Autumn',
    monday: '2025-09-22',
    weeks: ['WWWWW-W', 'WW-----', '---WWW-', 'WWWWW--'],
  },
  {
    // Sat 02-14 worked; 02-15 (Sun) … 02-23 (Mon) off; Sat 02-28 worked.
    name: '2026 Spring Festival',
    monday: '2026-02-02',
    weeks: ['WWWWW--', 'WWWWWW-', '-------', '-WWWWW-', 'WWWWW--'],
  },
  {
    // Sun 09-20 worked; 09-25 … 09-27 off (Mid-Autumn); 10-01 (Thu) … 10-07 (Wed) off;
    // Sat 10-10 worked.
    name: '2026 Mid-Autumn and National Day',
    monday: '2026-09-14',
    weeks: ['WWWWW-W', 'WWWW---', 'WWW----', '---WWW-', 'WWWWW--'],
  },
];

describe('holiday weeks of every year shipped', () => {
  for (const { name, monday, weeks } of HOLIDAY_WEEKS) {
    it(`${name}: each day from ${monday}`, () => {
      expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
      const got = weeks.map((week, w) =>
        [...week].map((_, d) => (isWorkingDay(plusDays(monday, w * 7 + d)) ? 'W' : '-')).join(''),
      );
      expect(got).toEqual(weeks);
    });
  }
});

/** [received, due after 5 working days, why]. */
const DEADLINES: [string, string, string][] = [
  // 2024 Spring Festival (02-10 … 02-17 off; Sun 02-04 and Sun 02-18 worked)
  ['2024-02-04', '2024-02-09', 'arrives on the adjusted Sunday before the holiday'],
  ['2024-02-09', '2024-02-22', 'arrives the day before the holiday; Sun 02-18 counts'],
  ['2024-02-14', '2024-02-22', 'arrives during the holiday'],
  ['2024-02-18', '2024-02-23', 'arrives on the adjusted Sunday after the holiday'],
  // 2024 National Day (10-01 … 10-07 off; Sun 09-29 and Sat 10-12 worked)
  ['2024-09-29', '2024-10-11', 'arrives on the adjusted Sunday'],
  ['2024-09-30', '2024-10-12', 'arrives the day before; due on the adjusted Saturday'],
  ['2024-10-03', '2024-10-12', 'arrives during the holiday'],
  // 2025 Spring Festival (01-28 … 02-04 off; Sun 01-26 and Sat 02-08 worked)
  ['2025-01-26', '2025-02-08', 'arrives on the adjusted Sunday; due on the adjusted Saturday'],
  ['2025-01-27', '2025-02-10', 'arrives the day before the holiday'],
  ['2025-01-30', '2025-02-10', 'arrives during the holiday'],
  ['2025-02-08', '2025-02-14', 'arrives on the adjusted Saturday'],
  // 2025 National Day and Mid-Autumn (10-01 … 10-08 off; Sun 09-28 and Sat 10-11 worked)
  ['2025-09-28', '2025-10-11', 'arrives on the adjusted Sunday'],
  ['2025-09-30', '2025-10-14', 'arrives the day before the holiday'],
  ['2025-10-05', '2025-10-14', 'arrives during the holiday'],
  ['2025-10-11', '2025-10-17', 'arrives on the adjusted Saturday'],
  // 2026 Spring Festival (02-15 … 02-23 off; Sat 02-14 and Sat 02-28 worked)
  ['2026-02-13', '2026-02-27', 'arrives two days before; Sat 02-14 counts'],
  ['2026-02-14', '2026-02-28', 'arrives on the adjusted Saturday the day before the holiday'],
  ['2026-02-18', '2026-02-28', 'arrives during the holiday; due on the adjusted Saturday'],
  ['2026-02-28', '2026-03-06', 'arrives on the adjusted Saturday after the holiday'],
  // 2026 Mid-Autumn (09-25 … 09-27) and National Day (10-01 … 10-07; Sun 09-20, Sat 10-10 worked)
  ['2026-09-20', '2026-09-28', 'arrives on the adjusted Sunday; Mid-Autumn in between'],
  ['2026-09-24', '2026-10-09', 'arrives the day before Mid-Autumn; National Day in between'],
  ['2026-09-30', '2026-10-13', 'arrives the day before National Day'],
  ['2026-10-03', '2026-10-13', 'arrives during the holiday'],
  ['2026-10-10', '2026-10-16', 'arrives on the adjusted Saturday'],
  // ordinary weeks (2026-03-09 is a Monday)
  ['2026-03-09', '2026-03-16', 'Monday → next Monday'],
  ['2026-03-13', '2026-03-20', 'Friday → next Friday'],
  ['2026-03-14', '2026-03-20', 'Saturday → Friday'],
  ['2026-03-15', '2026-03-20', 'Sunday → Friday'],
  // year boundaries
  ['2024-12-31', '2025-01-08', 'New Year 2025-01-01 off'],
  ['2025-12-31', '2026-01-08', 'New Year 01-01 … 01-03 off, Sun 2026-01-04 worked'],
  ['2026-12-24', '2026-12-31', 'the last day with data'],
];

describe('reply deadlines: 5 working days, the arrival day not counted', () => {
  it('the default is five working days', () => {
    expect(REPLY_WORKING_DAYS).toBe(5);
  });

  for (const [received, due, why] of DEADLINES) {
    it(`${received} → ${due} (${why})`, () => {
      expect(replyDueDate(received)).toBe(due);
      expect(addWorkingDays(received, 5)).toEqual(new Date(`${due}T00:00:00+08:00`));
      expect(workingDaysBetween(received, due)).toBe(5);
      expect(isWorkingDay(due)).toBe(true);
    });
  }

  it('other counts', () => {
    expect(replyDueDate('2026-09-30', 1)).toBe('2026-10-08');
    expect(replyDueDate('2026-09-30', 3)).toBe('2026-10-10');
    expect(replyDueDate('2026-09-30', 10)).toBe('2026-10-20');
    expect(portalDate(addWorkingDays('2026-10-09', 1))).toBe('2026-10-10');
  });

  it('a deadline is the same for every moment of the arrival day (Beijing time)', () => {
    for (const at of ['00:00:00', '08:00:00', '17:30:00', '23:59:59.999']) {
      expect(replyDueDate(`2026-09-30T${at}+08:00`)).toBe('2026-10-13');
    }
  });
});

describe('addWorkingDays', () => {
  it('returns 00:00 Beijing time of the day (16:00 UTC the day before)', () => {
    expect(addWorkingDays('2026-09-30', 5).toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(addWorkingDays(new Date('2026-09-30T23:59:00+08:00'), 1).toISOString()).toBe(
      '2026-10-07T16:00:00.000Z',
    );
  });

  it('refuses counts that are not positive integers', () => {
    for (const n of [0, -1, -5, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 53]) {
      const error = expectCode(() => addWorkingDays('2026-03-09', n), 'invalid-count');
      expect(error.message).toContain('positive integer');
    }
    expectCode(() => replyDueDate('2026-03-09', 0), 'invalid-count');
    expectCode(() => addWorkingDays('2026-03-09', '5' as unknown as number), 'invalid-count');
  });
});

describe('workingDaysBetween: working days after a up to and including b', () => {
  it('counts across holidays, negated when b is before a', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-13')).toBe(5);
    expect(workingDaysBetween('2026-10-13', '2026-09-30')).toBe(-5);
    // (2026-09-30, 2026-10-07] is all holiday
    expect(workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
    // a is counted when b < a and a is a working day: (03-09, 03-10] = {03-10}
    expect(workingDaysBetween('2026-03-10', '2026-03-09')).toBe(-1);
  });

  it('never answers -0', () => {
    expect(Object.is(workingDaysBetween('2026-10-07', '2026-10-01'), 0)).toBe(true);
  });

  it('the working days of each year match the notices', () => {
    // weekdays of the year − holiday days falling on weekdays + adjusted working weekend days.
    // 2024: 262 − 19 (01-01; 02-12…16; 04-04, 04-05; 05-01…03; 06-10; 09-16, 09-17; 10-01…04,
    // 10-07) + 8 = 251. 01-01 itself is a holiday, so leaving it out of (a, b] changes nothing.
    expect(workingDaysBetween('2024-01-01', '2024-12-31')).toBe(251);
    // 2025: 261 − 18 (01-01; 01-28…31, 02-03, 02-04; 04-04; 05-01, 05-02, 05-05; 06-02;
    // 10-01…03, 10-06…08) + 5 = 248.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    // 2026: 261 − 19 (01-01, 01-02; 02-16…20, 02-23; 04-06; 05-01, 05-04, 05-05; 06-19; 09-25;
    // 10-01, 10-02, 10-05…07) + 6 = 248.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    expect(workingDaysBetween('2024-01-01', '2026-12-31')).toBe(251 + 248 + 248);
    expect(workingDaysBetween('2026-12-31', '2024-01-01')).toBe(-(251 + 248 + 248));
  });
});

describe('time zone: every date is a Beijing calendar day', () => {
  it('the portal zone is Asia/Shanghai', () => {
    expect(PORTAL_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('23:30 UTC is already the next day in Beijing', () => {
    // 2026-09-30 23:30Z = 2026-10-01 07:30 in Beijing: National Day
    expect(isWorkingDay(new Date('2026-09-30T23:30:00Z'))).toBe(false);
    expect(portalDate(new Date('2026-09-30T23:30:00Z'))).toBe('2026-10-01');
    // the Beijing day starts at 16:00 UTC
    expect(isWorkingDay(new Date('2026-09-30T15:59:59.999Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-09-30T16:00:00.000Z'))).toBe(false);
    // a message arriving late on 10-09 UTC is due from 10-10 Beijing
    expect(replyDueDate(new Date('2026-10-09T18:00:00Z'))).toBe('2026-10-16');
    expect(replyDueDate(new Date('2026-10-09T15:00:00Z'))).toBe('2026-10-15');
  });

  it('ISO date-times with offsets are taken at that instant', () => {
    const cases: [string, string][] = [
      ['2026-10-01T00:30:00+09:00', '2026-09-30'], // 09-30 23:30 in Beijing
      ['2026-09-30T12:00:00-05:00', '2026-10-01'], // 10-01 01:00 in Beijing
      ['2026-09-30T16:00Z', '2026-10-01'],
      ['2026-09-30T15:59:59.999999Z', '2026-09-30'],
      ['2026-09-30t15:59:59,5z', '2026-09-30'],
      ['2026-09-30 23:59:59+0800', '2026-09-30'],
      ['2026-10-01T00:00:00+08:00', '2026-10-01'],
      ['2026-10-01T00:00:00-00:00', '2026-10-01'],
      ['2025-12-31T23:00:00-14:00', '2026-01-01'], // Kiritimati's opposite, across the year
      ['2026-01-01T05:00:00+14:00', '2025-12-31'], // Kiritimati, back across the year
      ['  2026-10-01  ', '2026-10-01'], // surrounding spaces are ignored
    ];
    for (const [input, day] of cases) expect(portalDate(input), input).toBe(day);
    expect(isWorkingDay('2026-10-01T00:30:00+09:00')).toBe(true);
    expect(isWorkingDay('2026-09-30T12:00:00-05:00')).toBe(false);
  });

  it('a plain date is that Beijing calendar day, however far from UTC the reader is', () => {
    expect(addWorkingDays('2026-10-09', 1)).toEqual(new Date('2026-10-10T00:00:00+08:00'));
    expect(portalDate(addWorkingDays('2026-12-30', 1))).toBe('2026-12-31');
  });

  describe('whatever the machine zone (process.env.TZ)', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    const zones: [string, number][] = [
      ['America/Los_Angeles', 420], // PDT in October (offset minutes, UTC − local)
      ['Pacific/Kiritimati', -840],
      ['UTC', 0],
      ['Asia/Shanghai', -480],
      ['Pacific/Pago_Pago', 660],
    ];
    for (const [zone, offset] of zones) {
      it(`TZ=${zone}`, () => {
        process.env.TZ = zone;
        // the zone really changed (else this test would prove nothing)
        expect(new Date('2026-10-01T00:00:00Z').getTimezoneOffset()).toBe(offset);
        expect(isWorkingDay(new Date('2026-09-30T23:30:00Z'))).toBe(false);
        expect(isWorkingDay('2026-10-10')).toBe(true);
        expect(replyDueDate('2026-09-30')).toBe('2026-10-13');
        expect(addWorkingDays('2026-09-30', 5).toISOString()).toBe('2026-10-12T16:00:00.000Z');
        expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
        expect(portalDate(new Date('2026-02-14T16:00:00Z'))).toBe('2026-02-15');
      });
    }
  });
});

describe('years without data are an error, never a guess', () => {
  it('knows 2024, 2025 and 2026', () => {
    expect(calendarYears()).toEqual([2024, 2025, 2026]);
  });

  const unknown: [string, () => unknown, number][] = [
    ['isWorkingDay before the data', () => isWorkingDay('2023-12-29'), 2023],
    ['isWorkingDay after the data', () => isWorkingDay('2027-01-04'), 2027],
    ['isWorkingDay long before', () => isWorkingDay('1999-10-01'), 1999],
    ['a Date in Beijing 2027', () => isWorkingDay(new Date('2026-12-31T16:00:00Z')), 2027],
    ['addWorkingDays from before the data', () => addWorkingDays('2023-06-01', 5), 2023],
    ['addWorkingDays from 2023-12-31', () => addWorkingDays('2023-12-31', 1), 2023],
    ['addWorkingDays walking into 2027', () => addWorkingDays('2026-12-25', 5), 2027],
    ['replyDueDate walking into 2027', () => replyDueDate('2026-12-31'), 2027],
    ['workingDaysBetween from before', () => workingDaysBetween('2023-12-31', '2024-01-05'), 2023],
    ['workingDaysBetween to after', () => workingDaysBetween('2026-12-30', '2027-01-01'), 2027],
    ['workingDaysBetween, b before', () => workingDaysBetween('2024-01-02', '2023-12-31'), 2023],
    ['same day, unknown year', () => workingDaysBetween('2030-05-05', '2030-05-05'), 2030],
  ];
  for (const [what, fn, year] of unknown) {
    it(`${what} → unknown-year ${year}`, () => {
      const error = expectCode(fn, 'unknown-year');
      expect(error.year).toBe(year);
      expect(error.message).toContain(`No public-holiday schedule for ${year}`);
      expect(error.message).toContain('known: 2024, 2025, 2026');
      expect(error.message).toContain('holidays-cn.ts');
      expect(error.message).toContain(`registerHolidayYear(${year}`);
    });
  }

  it('the last days with data still work', () => {
    expect(addWorkingDays('2026-12-25', 4)).toEqual(new Date('2026-12-31T00:00:00+08:00'));
    expect(isWorkingDay('2024-01-01')).toBe(false);
    expect(isWorkingDay('2024-01-02')).toBe(true);
    expect(isWorkingDay('2026-12-31')).toBe(true);
  });

  it('portalDate needs no data', () => {
    expect(portalDate('1999-10-01')).toBe('1999-10-01');
    expect(portalDate(new Date('0099-06-01T00:00:00Z'))).toBe('0099-06-01');
    expect(portalDate(new Date(8.64e15))).toBe('+275760-09-13');
  });
});

describe('invalid input: a clear CalendarError', () => {
  const invalid: [unknown, CalendarErrorCode, string][] = [
    ['', 'invalid-date', 'expected a Date'],
    ['tomorrow', 'invalid-date', 'expected a Date'],
    ['2026-1-5', 'invalid-date', 'expected a Date'],
    ['20261001', 'invalid-date', 'expected a Date'],
    ['2026/10/01', 'invalid-date', 'expected a Date'],
    ['10/01/2026', 'invalid-date', 'expected a Date'],
    ['2026-10-01T', 'invalid-date', 'expected a Date'],
    ['2026-10-01T08', 'invalid-date', 'expected a Date'],
    ['2026-10-01T08:00+8', 'invalid-date', 'expected a Date'],
    ['+002026-10-01', 'invalid-date', 'expected a Date'],
    ['2026-02-29', 'invalid-date', 'no such calendar date'],
    ['2026-13-01', 'invalid-date', 'no such calendar date'],
    ['2026-00-10', 'invalid-date', 'no such calendar date'],
    ['2026-04-31', 'invalid-date', 'no such calendar date'],
    ['2026-02-30T08:00:00Z', 'invalid-date', 'no such calendar date'],
    ['2026-10-01T24:00:00Z', 'invalid-date', 'time of day'],
    ['2026-10-01T23:60:00Z', 'invalid-date', 'time of day'],
    ['2026-10-01T23:59:60Z', 'invalid-date', 'time of day'],
    ['2026-10-01T08:00:00+24:00', 'invalid-date', 'offset'],
    ['2026-10-01T08:00:00+08:60', 'invalid-date', 'offset'],
    ['2026-10-01T08:00:00', 'missing-offset', 'add Z or an offset'],
    ['2026-10-01 08:00', 'missing-offset', 'add Z or an offset'],
    [new Date(Number.NaN), 'invalid-date', 'the Date is invalid'],
    [1_790_000_000_000, 'invalid-date', 'expected a Date'],
    [null, 'invalid-date', 'expected a Date'],
    [undefined, 'invalid-date', 'expected a Date'],
    [{ toString: () => '2026-10-01' }, 'invalid-date', 'expected a Date'],
    [Object.create(null), 'invalid-date', 'expected a Date'],
    [Symbol('2026-10-01'), 'invalid-date', 'expected a Date'],
  ];
  for (const [input, code, text] of invalid) {
    it(`${String(typeof input === 'symbol' ? 'a symbol' : (JSON.stringify(input) ?? input))} → ${code}`, () => {
      for (const fn of [
        () => isWorkingDay(input as DateInput),
        () => portalDate(input as DateInput),
        () => addWorkingDays(input as DateInput, 1),
        () => replyDueDate(input as DateInput),
        () => workingDaysBetween('2026-03-09', input as DateInput),
        () => workingDaysBetween(input as DateInput, '2026-03-09'),
      ]) {
        const error = expectCode(fn, code);
        expect(error.message).toContain(text);
        expect(error).toBeInstanceOf(RangeError);
        expect(error.name).toBe('CalendarError');
        expect(isCalendarError(error)).toBe(true);
        expect(error.year).toBeNull();
        expect(error.problems).toEqual([]);
      }
    });
  }

  it('the message quotes the input', () => {
    expect(thrown(() => isWorkingDay('2026-02-29')).message).toBe(
      'Invalid date "2026-02-29": there is no such calendar date',
    );
    expect(thrown(() => isWorkingDay(Object.create(null) as Date)).message).toContain(
      'Invalid date object:',
    );
  });

  it('isCalendarError is false for other errors', () => {
    expect(isCalendarError(new RangeError('x'))).toBe(false);
    expect(isCalendarError('unknown-year')).toBe(false);
  });
});
