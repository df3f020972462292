/**
 * The public-holiday calendar as the working-day functions read it: the schedules shipped in
 * `holidays-cn.ts` and those registered at runtime, each checked and indexed by day, and the
 * rules a schedule must follow. A date in a year without a schedule is an error
 * (`unknown-year`), never a guess. Rules: docs/rules/working-days.md.
 */
import {
  CalendarError,
  civilDay,
  formatDay,
  parseIsoDate,
  show,
  toDay,
  weekdayOfDay,
  yearOfDay,
  type DateInput,
} from './calendar-days.js';
import { HOLIDAYS_CN, type HolidayYearSchedule } from './holidays-cn.js';

interface YearIndex {
  readonly off: ReadonlySet<number>;
  readonly workdays: ReadonlySet<number>;
}

let registry: Map<number, YearIndex> | undefined;

/** The registry, loaded from {@link HOLIDAYS_CN} on first use (checked like any registration). */
function schedules(): Map<number, YearIndex> {
  if (!registry) {
    registry = new Map();
    for (const [year, schedule] of Object.entries(HOLIDAYS_CN.years)) {
      registry.set(Number(year), indexYear(Number(year), schedule));
    }
  }
  return registry;
}

/** Validates a schedule and indexes its days; throws `invalid-schedule`. */
function indexYear(year: number, schedule: HolidayYearSchedule): YearIndex {
  const problems = validateHolidayYear(year, schedule);
  if (problems.length > 0) {
    throw new CalendarError(
      'invalid-schedule',
      `Invalid holiday schedule for ${year}:\n- ${problems.join('\n- ')}`,
      { year, problems },
    );
  }
  const days = (dates: readonly string[]) => new Set(dates.map((d) => parseIsoDate(d) as number));
  return {
    off: days(schedule.holidays.flatMap((h) => h.off)),
    workdays: days(schedule.workdays),
  };
}

function requireYear(year: number): YearIndex {
  const index = schedules().get(year);
  if (index) return index;
  throw new CalendarError(
    'unknown-year',
    `No public-holiday schedule for ${year} (known: ${calendarYears().join(', ')}). Add the State Council's notice for ` +
      `${year} to packages/sdk/src/domain/holidays-cn.ts (see docs/rules/working-days.md), ` +
      `or call registerHolidayYear(${year}, schedule) at runtime.`,
    { year },
  );
}

export function isWorkingDayNumber(day: number): boolean {
  const index = requireYear(yearOfDay(day));
  if (index.off.has(day)) return false;
  if (index.workdays.has(day)) return true;
  const weekday = weekdayOfDay(day);
  return weekday !== 0 && weekday !== 6;
}

/** The Beijing day of `input`, whose year must have data. */
export function knownDay(input: DateInput): number {
  const day = toDay(input);
  requireYear(yearOfDay(day));
  return day;
}

/** The years with a holiday schedule (shipped or registered), ascending. */
export function calendarYears(): number[] {
  return [...schedules().keys()].sort((a, b) => a - b);
}

/**
 * Registers a year's schedule at runtime, replacing any schedule of that year (shipped ones too):
 * for a year the SDK does not ship yet, or a correction. The schedule is checked with
 * {@link validateHolidayYear} and copied; later changes to the object have no effect.
 *
 * @throws {CalendarError} `invalid-schedule`, listing every problem in `problems`.
 */
export function registerHolidayYear(year: number, schedule: HolidayYearSchedule): void {
  const index = indexYear(year, schedule);
  schedules().set(year, index);
}

/**
 * Every rule `schedule` breaks as the schedule of `year` (empty when it is valid): `year` is an
 * integer 0–9999; `source` names the notice; each holiday has a `name`, `from` ≤ `to` touching
 * the year and a non-empty `off` list of days inside the year and inside `from`..`to`; no day is
 * off twice; `workdays` are Saturdays or Sundays of the year, listed once, never off.
 */
export function validateHolidayYear(year: number, schedule: unknown): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    return [`year must be an integer from 0 to 9999, got ${String(year)}`];
  }
  if (typeof schedule !== 'object' || schedule === null) {
    return ['the schedule must be an object { source, holidays, workdays }'];
  }
  const { source, holidays, workdays } = schedule as Record<string, unknown>;
  const first = civilDay(year, 1, 1) as number;
  const last = civilDay(year, 12, 31) as number;
  /** The day of a date string inside the year, or a problem recorded and `undefined`. */
  const dayIn = (value: unknown, where: string, lo = first, hi = last): number | undefined => {
    const day = typeof value === 'string' ? parseIsoDate(value) : undefined;
    if (day === undefined) {
      problems.push(`${where}: ${show(value)} is not a YYYY-MM-DD date`);
    } else if (day < lo || day > hi) {
      const range = lo === first && hi === last ? `${year}` : `${formatDay(lo)}..${formatDay(hi)}`;
      problems.push(`${where}: ${value as string} is outside ${range}`);
    } else {
      return day;
    }
    return undefined;
  };

  if (typeof source !== 'string' || source.trim() === '') {
    problems.push('source: name the notice (title and document number or date)');
  }
  const offDays = new Map<number, string>();
  if (!Array.isArray(holidays)) {
    problems.push('holidays: must be an array of { name, from, to, off }');
  } else {
    holidays.forEach((holiday: unknown, i) => {
      const at = `holidays[${i}]`;
      if (typeof holiday !== 'object' || holiday === null) {
        problems.push(`${at}: must be an object { name, from, to, off }`);
        return;
      }
      const { name, from, to, off } = holiday as Record<string, unknown>;
      if (typeof name !== 'string' || name.trim() === '') {
        problems.push(`${at}.name: must be a non-empty string`);
      }
      // A period may start or end in a neighbouring year (元旦 2023 began on 2022-12-31).
      const start = dayIn(from, `${at}.from`, civilDay(year - 1, 1, 1) as number, last);
      const end = dayIn(to, `${at}.to`, first, civilDay(year + 1, 12, 31) as number);
      if (start !== undefined && end !== undefined && start > end) {
        problems.push(`${at}: from ${from as string} is after to ${to as string}`);
      }
      if (!Array.isArray(off) || off.length === 0) {
        problems.push(`${at}.off: must be a non-empty array of dates`);
        return;
      }
      const lo = Math.max(first, start ?? first);
      const hi = Math.min(last, end ?? last);
      off.forEach((date: unknown, j) => {
        const day = dayIn(date, `${at}.off[${j}]`, lo, hi);
        if (day === undefined) return;
        const seen = offDays.get(day);
        if (seen) problems.push(`${at}.off[${j}]: ${formatDay(day)} is already off in ${seen}`);
        else offDays.set(day, `${at}.off[${j}]`);
      });
    });
  }
  if (!Array.isArray(workdays)) {
    problems.push('workdays: must be an array of dates (adjusted working weekend days)');
  } else {
    const seen = new Set<number>();
    workdays.forEach((date: unknown, i) => {
      const at = `workdays[${i}]`;
      const day = dayIn(date, at);
      if (day === undefined) return;
      const weekday = weekdayOfDay(day);
      if (weekday !== 0 && weekday !== 6) {
        problems.push(`${at}: ${formatDay(day)} is a weekday; only a weekend day can be worked`);
      }
      if (seen.has(day)) problems.push(`${at}: ${formatDay(day)} is listed twice`);
      seen.add(day);
      const off = offDays.get(day);
      if (off) problems.push(`${at}: ${formatDay(day)} is also a day off (${off})`);
    });
  }
  return problems;
}
