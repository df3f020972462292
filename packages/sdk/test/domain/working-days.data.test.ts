/**
 * The holiday data itself (every year shipped is well formed and says where it comes from), the
 * schedule rules of `validateHolidayYear`, and runtime registration with `registerHolidayYear`.
 *
 * Registration changes the calendar of this test file's module instance only (vitest isolates
 * files); the tests here register 2027 and later, or restore what they override.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarError,
  calendarYears,
  HOLIDAYS_CN,
  isWorkingDay,
  PORTAL_TIME_ZONE,
  registerHolidayYear,
  replyDueDate,
  validateHolidayYear,
  workingDaysBetween,
  type HolidayYearSchedule,
} from '../../src/index.js';

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const shipped = Object.entries(HOLIDAYS_CN.years).map(
  ([year, schedule]) => [Number(year), schedule] as const,
);

describe('the shipped holiday data', () => {
  it('covers 2024–2026 in Beijing time', () => {
    expect(shipped.map(([year]) => year)).toEqual([2024, 2025, 2026]);
    expect(HOLIDAYS_CN.timeZone).toBe(PORTAL_TIME_ZONE);
    expect(HOLIDAYS_CN.note).toContain('A year missing here is unknown');
  });

  for (const [year, schedule] of shipped) {
    describe(`${year}`, () => {
      it('passes validateHolidayYear', () => {
        expect(validateHolidayYear(year, schedule)).toEqual([]);
      });

      it("cites the State Council's notice for the year", () => {
        expect(schedule.source).toContain(`国务院办公厅关于${year}年部分节假日安排的通知`);
      });

      it('has the seven statutory holidays (two may share one period)', () => {
        const names = schedule.holidays.map((h) => h.name).join('、');
        for (const name of ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']) {
          expect(names).toContain(name);
        }
      });

      it('lists periods in order, each off list exactly its days from..to', () => {
        let previousEnd = -Infinity;
        for (const { from, to, off } of schedule.holidays) {
          expect(dayOf(from)).toBeGreaterThan(previousEnd);
          previousEnd = dayOf(to);
          const days = Array.from({ length: dayOf(to) - dayOf(from) + 1 }, (_, i) =>
            new Date((dayOf(from) + i) * DAY_MS).toISOString().slice(0, 10),
          );
          expect(off).toEqual(days);
        }
      });

      it('has every off day and workday inside the year', () => {
        for (const date of [...schedule.holidays.flatMap((h) => h.off), ...schedule.workdays]) {
          expect(date.slice(0, 4)).toBe(String(year));
        }
      });

      it('has workdays only on weekends, in order, never off', () => {
        const off = new Set(schedule.holidays.flatMap((h) => h.off));
        expect([...schedule.workdays].sort()).toEqual(schedule.workdays);
        for (const date of schedule.workdays) {
          expect([0, 6]).toContain(weekday(date));
          expect(off.has(date)).toBe(false);
        }
      });

      it('the fixed +08:00 offset agrees with the time-zone database on every day', () => {
        const format = new Intl.DateTimeFormat('en-CA', {
          timeZone: PORTAL_TIME_ZONE,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          hourCycle: 'h23',
        });
        // Beijing midnight of every day of the year is 16:00 UTC the day before.
        for (let day = dayOf(`${year}-01-01`); day <= dayOf(`${year}-12-31`); day += 1) {
          const midnight = new Date(day * DAY_MS - 8 * 3_600_000);
          const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
          expect(format.format(midnight)).toBe(`${date}, 00`);
        }
      });
    });
  }
});

/** A valid schedule for 2027 to alter in the rule tests (made up: not an official schedule). */
function sample(): HolidayYearSchedule {
  return {
    source: 'test schedule',
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-03', off: ['2027-01-01', '2027-01-03'] },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-07', off: ['2027-10-01', '2027-10-04'] },
    ],
    workdays: ['2027-09-26', '2027-10-09'], // a Sunday and a Saturday
  };
}

type Mutable = { -readonly [K in keyof HolidayYearSchedule]: unknown };

describe('validateHolidayYear: the rules of a schedule', () => {
  it('accepts a valid schedule, and empty lists', () => {
    expect(validateHolidayYear(2027, sample())).toEqual([]);
    expect(validateHolidayYear(2027, { source: 'x', holidays: [], workdays: [] })).toEqual([]);
  });

  it('a period may run into a neighbouring year; its off days stay in the year', () => {
    // 元旦 2023 ran from Sat 2022-12-31 to Mon 2023-01-02.
    const newYear = { name: '元旦', from: '2022-12-31', to: '2023-01-02' };
    const ok = { source: 'x', workdays: [], holidays: [{ ...newYear, off: ['2023-01-02'] }] };
    expect(validateHolidayYear(2023, ok)).toEqual([]);
    const spill = { ...ok, holidays: [{ ...newYear, off: ['2022-12-31', '2023-01-02'] }] };
    expect(validateHolidayYear(2023, spill)).toEqual([
      'holidays[0].off[0]: 2022-12-31 is outside 2023-01-01..2023-01-02',
    ]);
  });

  const broken: [string, (s: Mutable) => void, string[]][] = [
    ['no source', (s) => (s.source = undefined), ['source: name the notice']],
    ['a blank source', (s) => (s.source = '  '), ['source: name the notice']],
    ['holidays not an array', (s) => (s.holidays = {}), ['holidays: must be an array']],
    ['workdays not an array', (s) => (s.workdays = '2027-10-09'), ['workdays: must be an array']],
    ['a holiday not an object', (s) => (s.holidays = [null]), ['holidays[0]: must be an object']],
    ['a holiday a string', (s) => (s.holidays = ['春节']), ['holidays[0]: must be an object']],
    [
      'a holiday without a name',
      (s) => (s.holidays = [{ from: '2027-01-01', to: '2027-01-01', off: ['2027-01-01'] }]),
      ['holidays[0].name: must be a non-empty string'],
    ],
    [
      'a blank name',
      (s) =>
        (s.holidays = [{ name: ' ', from: '2027-01-01', to: '2027-01-01', off: ['2027-01-01'] }]),
      ['holidays[0].name: must be a non-empty string'],
    ],
    [
      'from after to',
      (s) =>
        (s.holidays = [{ name: 'x', from: '2027-01-03', to: '2027-01-01', off: ['2027-01-02'] }]),
      [
        'holidays[0]: from 2027-01-03 is after to 2027-01-01',
        'holidays[0].off[0]: 2027-01-02 is outside 2027-01-03..2027-01-01',
      ],
    ],
    [
      'from and to not dates',
      (s) => (s.holidays = [{ name: 'x', from: 20270101, to: '2027-02-30', off: ['2027-01-02'] }]),
      [
        'holidays[0].from: 20270101 is not a YYYY-MM-DD date',
        'holidays[0].to: "2027-02-30" is not a YYYY-MM-DD date',
      ],
    ],
    [
      'a period wholly in another year',
      (s) => (s.holidays = [{ name: 'x', from: '2028-01-01', to: '2028-01-03', off: [] }]),
      [
        'holidays[0].from: 2028-01-01 is outside 2026-01-01..2027-12-31',
        'holidays[0].off: must be a non-empty array',
      ],
    ],
    [
      'a period ending before the year',
      (s) => (s.holidays = [{ name: 'x', from: '2026-12-30', to: '2026-12-31', off: 'x' }]),
      [
        'holidays[0].to: 2026-12-31 is outside 2027-01-01..2028-12-31',
        'holidays[0].off: must be a non-empty array',
      ],
    ],
    [
      'an off day outside its period',
      (s) =>
        (s.holidays = [{ name: 'x', from: '2027-01-01', to: '2027-01-01', off: ['2027-01-02'] }]),
      ['holidays[0].off[0]: 2027-01-02 is outside 2027-01-01..2027-01-01'],
    ],
    [
      'an off day in another year (period dates invalid)',
      (s) => (s.holidays = [{ name: 'x', from: 'x', to: 'y', off: ['2026-05-01', null] }]),
      [
        'holidays[0].from: "x" is not a YYYY-MM-DD date',
        'holidays[0].to: "y" is not a YYYY-MM-DD date',
        'holidays[0].off[0]: 2026-05-01 is outside 2027',
        'holidays[0].off[1]: null is not a YYYY-MM-DD date',
      ],
    ],
    [
      'an off day listed twice',
      (s) =>
        (s.holidays = [
          { name: 'a', from: '2027-01-01', to: '2027-01-02', off: ['2027-01-01', '2027-01-01'] },
          { name: 'b', from: '2027-01-02', to: '2027-01-02', off: ['2027-01-02'] },
          { name: 'c', from: '2027-01-01', to: '2027-01-02', off: ['2027-01-02'] },
        ]),
      [
        'holidays[0].off[1]: 2027-01-01 is already off in holidays[0].off[0]',
        'holidays[2].off[0]: 2027-01-02 is already off in holidays[1].off[0]',
      ],
    ],
    [
      'a workday on a weekday',
      (s) => (s.workdays = ['2027-10-08']),
      ['workdays[0]: 2027-10-08 is a weekday; only a weekend day can be worked'],
    ],
    [
      'a workday listed twice',
      (s) => (s.workdays = ['2027-10-09', '2027-10-09']),
      ['workdays[1]: 2027-10-09 is listed twice'],
    ],
    [
      'a workday that is also off',
      (s) => (s.workdays = ['2027-01-03']),
      ['workdays[0]: 2027-01-03 is also a day off (holidays[0].off[1])'],
    ],
    [
      'a workday outside the year or not a date',
      (s) => (s.workdays = ['2028-01-01', '2027-1-2', undefined, Object.create(null)]),
      [
        'workdays[0]: 2028-01-01 is outside 2027',
        'workdays[1]: "2027-1-2" is not a YYYY-MM-DD date',
        'workdays[2]: undefined is not a YYYY-MM-DD date',
        'workdays[3]: object is not a YYYY-MM-DD date',
      ],
    ],
  ];
  for (const [what, change, expected] of broken) {
    it(`refuses ${what}`, () => {
      const schedule = sample() as Mutable;
      change(schedule);
      const problems = validateHolidayYear(2027, schedule);
      expect(problems).toHaveLength(expected.length);
      expected.forEach((start, i) => expect(problems[i]).toContain(start));
    });
  }

  it('refuses a year that is not an integer from 0 to 9999', () => {
    for (const year of [-1, 10000, 2027.5, Number.NaN, '2027' as unknown as number]) {
      expect(validateHolidayYear(year, sample())).toEqual([
        `year must be an integer from 0 to 9999, got ${String(year)}`,
      ]);
    }
    expect(validateHolidayYear(0, { source: 'x', holidays: [], workdays: ['0000-01-01'] })).toEqual(
      [],
    ); // 0000-01-01 (proleptic Gregorian) was a Saturday
    expect(validateHolidayYear(9999, { source: 'x', holidays: [], workdays: [] })).toEqual([]);
  });

  it('refuses a schedule that is not an object', () => {
    for (const schedule of [null, undefined, 'x', 42, true]) {
      expect(validateHolidayYear(2027, schedule)).toEqual([
        'the schedule must be an object { source, holidays, workdays }',
      ]);
    }
  });

  it('lists every problem at once', () => {
    const schedule = { source: '', holidays: [null, 1], workdays: ['2027-10-08', 'x'] };
    expect(validateHolidayYear(2027, schedule)).toHaveLength(5);
  });
});

describe('registerHolidayYear', () => {
  it('adds a year: the calendar then knows it', () => {
    expect(() => isWorkingDay('2027-10-01')).toThrow(CalendarError);
    registerHolidayYear(2027, sample());
    expect(calendarYears()).toEqual([2024, 2025, 2026, 2027]);
    expect(isWorkingDay('2027-10-01')).toBe(false); // listed off (a Friday)
    expect(isWorkingDay('2027-10-04')).toBe(false); // listed off (a Monday)
    expect(isWorkingDay('2027-10-05')).toBe(true); // not listed: an ordinary Tuesday
    expect(isWorkingDay('2027-10-09')).toBe(true); // adjusted Saturday
    expect(isWorkingDay('2027-10-10')).toBe(false); // ordinary Sunday
    // the walk from 2026 now continues into 2027: 12-28…31, then 2027-01-01 and -03 off,
    // 01-02 an ordinary Saturday, 01-04 (Mon) the fifth
    expect(replyDueDate('2026-12-25')).toBe('2027-01-04');
    expect(workingDaysBetween('2026-12-25', '2027-01-04')).toBe(5);
  });

  it('copies the schedule: changing the object afterwards changes nothing', () => {
    const schedule = sample();
    registerHolidayYear(2027, schedule);
    (schedule.workdays as string[]).length = 0;
    (schedule.holidays[1]?.off as string[]).push('2027-10-05');
    expect(isWorkingDay('2027-10-09')).toBe(true);
    expect(isWorkingDay('2027-10-05')).toBe(true);
  });

  it('overrides a shipped year, and the shipped schedule can be put back', () => {
    const original = HOLIDAYS_CN.years[2026] as HolidayYearSchedule;
    expect(isWorkingDay('2026-10-01')).toBe(false);
    registerHolidayYear(2026, { source: 'no holidays', holidays: [], workdays: [] });
    expect(isWorkingDay('2026-10-01')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(false);
    registerHolidayYear(2026, original);
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true);
  });

  it('refuses an invalid schedule with every problem, and keeps the old one', () => {
    let error: unknown;
    try {
      registerHolidayYear(2026, { source: '', holidays: [], workdays: ['2026-10-08'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarError);
    const calendarError = error as CalendarError;
    expect(calendarError.code).toBe('invalid-schedule');
    expect(calendarError.year).toBe(2026);
    expect(calendarError.problems).toHaveLength(2);
    expect(calendarError.message).toBe(
      `Invalid holiday schedule for 2026:\n- ${calendarError.problems.join('\n- ')}`,
    );
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(addWorkingDays('2026-09-30', 5)).toEqual(new Date('2026-10-13T00:00:00+08:00'));
  });

  it('refuses a bad year', () => {
    expect(() => registerHolidayYear(27, undefined as unknown as HolidayYearSchedule)).toThrow(
      'the schedule must be an object',
    );
    expect(() => registerHolidayYear(1e4, sample())).toThrow('year must be an integer');
  });
});
