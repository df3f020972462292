/**
 * Working days of the portal (BRIEF §6): a reply is due 5 working days after a message arrives,
 * the arrival day not counted. Weekends and public holidays are days off; the adjusted working
 * weekend days (调休) are working days. The schedule is versioned data (`holidays-cn.ts`); a date
 * in a year without data is an error (`unknown-year`), never a guess.
 *
 * Every date is taken in the portal's time zone, Asia/Shanghai, whatever the machine's zone.
 * China has kept UTC+8 without daylight saving time since 1991, so the calendar day of an instant
 * is computed with a fixed +08:00 offset (no `Intl`, no local-time `Date` methods).
 *
 * Rules: docs/rules/working-days.md.
 */
import { HOLIDAYS_CN, type HolidayYearSchedule } from './holidays-cn.js';

/**
 * A date: a `Date` (an instant, taken in Beijing time), an ISO date `YYYY-MM-DD` (a Beijing
 * calendar day), or an ISO date-time with `Z` or an offset (`2026-09-30T23:30:00Z`,
 * `2026-10-01T08:00+08:00`), taken in Beijing time. A date-time without an offset is refused.
 */
export type DateInput = Date | string;

/** The IANA time zone in which the portal's days begin and end. */
export const PORTAL_TIME_ZONE = 'Asia/Shanghai';

/** Working days a reply may take after the day the message arrived (BRIEF §6). */
export const REPLY_WORKING_DAYS = 5;

/**
 * What went wrong:
 * - `invalid-date`: not a `Date` or ISO string, an invalid `Date`, or an impossible date.
 * - `missing-offset`: an ISO date-time without `Z` or an offset (ambiguous).
 * - `invalid-count`: a working-day count that is not a positive integer.
 * - `unknown-year`: a date in a year without holiday data.
 * - `invalid-schedule`: a schedule given to {@link registerHolidayYear} breaks the rules.
 */
export type CalendarErrorCode =
  'invalid-date' | 'missing-offset' | 'invalid-count' | 'unknown-year' | 'invalid-schedule';

/** The one error the working-day functions throw. A `RangeError`; narrow with `code`. */
export class CalendarError extends RangeError {
  /** What went wrong, as a stable code. */
  readonly code: CalendarErrorCode;
  /** The year concerned for `unknown-year` and `invalid-schedule`, else `null`. */
  readonly year: number | null;
  /** Every rule the schedule breaks, for `invalid-schedule`; else empty. */
  readonly problems: readonly string[];

  /**
   * @param code - what went wrong.
   * @param message - an English message for developers, saying what to do.
   * @param details - the year concerned and the schedule's problems, when relevant.
   */
  constructor(
    code: CalendarErrorCode,
    message: string,
    details: { year?: number; problems?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
    this.year = details.year ?? null;
    this.problems = details.problems ?? [];
  }
}

/** True when `e` is a {@link CalendarError}. */
export function isCalendarError(e: unknown): e is CalendarError {
  return e instanceof CalendarError;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Beijing time is UTC+8 all year (no DST since 1991). */
const BEIJING_OFFSET_MS = 8 * 60 * MINUTE_MS;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

// ---- Days -------------------------------------------------------------------------------------
// A day is the number of days since 1970-01-01 of the Beijing calendar.

/** The day of a calendar date, or `undefined` when there is no such date (2026-02-30). */
function civilDay(year: number, month: number, date: number): number | undefined {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, date);
  const same =
    d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date;
  return same ? d.getTime() / DAY_MS : undefined;
}

/** The Beijing day an instant (ms since the epoch) falls on. */
function dayOfInstant(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);
}

function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** `YYYY-MM-DD` (expanded `±YYYYYY-MM-DD` outside years 0–9999, as `toISOString` does). */
function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().split('T')[0] as string;
}

/** The day of an ISO date `YYYY-MM-DD`, or `undefined` when it is not one. */
function parseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  return m ? civilDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A value for a message: strings quoted; anything else as `String()` gives it, if it can. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return String(value);
  } catch {
    return typeof value; // an object without a prototype has no toString
  }
}

function invalidDate(input: unknown, why: string): CalendarError {
  return new CalendarError('invalid-date', `Invalid date ${show(input)}: ${why}`);
}

const EXPECTED =
  'expected a Date, an ISO date (2026-10-01) or an ISO date-time with Z or an offset ' +
  '(2026-10-01T08:00:00+08:00)';

/** The Beijing day of a {@link DateInput}; throws `invalid-date` / `missing-offset`. */
function toDay(input: DateInput): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw invalidDate(input, 'the Date is invalid');
    return dayOfInstant(ms);
  }
  if (typeof input !== 'string') throw invalidDate(input, EXPECTED);
  const text = input.trim();
  if (ISO_DATE.test(text)) {
    const day = parseIsoDate(text);
    if (day === undefined) throw invalidDate(input, 'there is no such calendar date');
    return day;
  }
  const m = ISO_DATE_TIME.exec(text);
  if (!m) throw invalidDate(input, EXPECTED);
  const [, y, mo, d, h, mi, s = '0', zulu, sign, oh = '0', om = '0'] = m;
  if (!zulu && !sign) {
    throw new CalendarError(
      'missing-offset',
      `Ambiguous date-time ${JSON.stringify(input)}: add Z or an offset such as +08:00 ` +
        '(or pass a plain date, 2026-10-01, for a Beijing calendar day)',
    );
  }
  const day = civilDay(Number(y), Number(mo), Number(d));
  if (day === undefined) throw invalidDate(input, 'there is no such calendar date');
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    throw invalidDate(input, 'the time of day is out of range');
  }
  if (Number(oh) > 23 || Number(om) > 59) throw invalidDate(input, 'the offset is out of range');
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const ms =
    day * DAY_MS + (Number(h) * 60 + Number(mi) - offsetMinutes) * MINUTE_MS + Number(s) * 1000;
  return dayOfInstant(ms);
}

// ---- The schedule registry -------------------------------------------------------------------

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

function isWorkingDayNumber(day: number): boolean {
  const index = requireYear(yearOfDay(day));
  if (index.off.has(day)) return false;
  if (index.workdays.has(day)) return true;
  const weekday = weekdayOfDay(day);
  return weekday !== 0 && weekday !== 6;
}

/** The Beijing day of `input`, whose year must have data. */
function knownDay(input: DateInput): number {
  const day = toDay(input);
  requireYear(yearOfDay(day));
  return day;
}

/** The day `n` working days after `start` (`n` a positive integer; checked). */
function dayAfter(start: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new CalendarError(
      'invalid-count',
      `Invalid working-day count ${String(n)}: expected a positive integer (1, 2, 3…)`,
    );
  }
  let day = start;
  for (let left = n; left > 0;) {
    day += 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return day;
}

// ---- Public API -------------------------------------------------------------------------------

/**
 * The portal's calendar day of a date: its `YYYY-MM-DD` in Beijing time. Needs no holiday data.
 *
 * @example portalDate('2026-09-30T23:30:00Z') // '2026-10-01'
 * @throws {CalendarError} `invalid-date`, `missing-offset`.
 */
export function portalDate(date: DateInput): string {
  return formatDay(toDay(date));
}

/**
 * Whether the Beijing calendar day of `date` is a working day: a weekday that is not a holiday,
 * or an adjusted working weekend day (调休).
 *
 * @example isWorkingDay('2026-10-01') // false (National Day)
 * @example isWorkingDay('2026-10-10') // true (a Saturday worked in exchange)
 * @throws {CalendarError} `invalid-date`, `missing-offset`, `unknown-year`.
 */
export function isWorkingDay(date: DateInput): boolean {
  return isWorkingDayNumber(toDay(date));
}

/**
 * The `n`-th working day after the Beijing calendar day of `date`; that day itself never counts
 * (a message arriving on it has its first working day on the next one). `n` is a positive
 * integer: 0, negative and fractional counts are refused (`invalid-count`).
 *
 * @returns that day at 00:00 Beijing time (16:00 UTC the day before).
 * @example addWorkingDays('2026-09-30', 5) // 2026-10-13T00:00+08:00 (Oct 1–7 off, Oct 10 worked)
 * @throws {CalendarError} `invalid-date`, `missing-offset`, `invalid-count`, and `unknown-year`
 * when `date` or any day walked through is in a year without data.
 */
export function addWorkingDays(date: DateInput, n: number): Date {
  return new Date(dayAfter(knownDay(date), n) * DAY_MS - BEIJING_OFFSET_MS);
}

/**
 * The working days after `a` up to and including `b` (Beijing calendar days), negated when `b` is
 * before `a`: `workingDaysBetween(a, b) === -workingDaysBetween(b, a)`, and
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Same day → 0.
 *
 * @example workingDaysBetween('2026-09-30', '2026-10-13') // 5
 * @throws {CalendarError} `invalid-date`, `missing-offset`, and `unknown-year` when `a`, `b` or
 * any day between them is in a year without data.
 */
export function workingDaysBetween(a: DateInput, b: DateInput): number {
  const from = knownDay(a);
  const to = knownDay(b);
  const [low, high] = from <= to ? [from, to] : [to, from];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    if (isWorkingDayNumber(day)) count += 1;
  }
  // `+ 0` turns -0 into 0 when b < a and nothing lies between.
  return (from <= to ? count : -count) + 0;
}

/**
 * The reply deadline for a message received on `received`: the `days`-th working day after its
 * Beijing calendar day, as `YYYY-MM-DD`. The reply is on time if sent on or before that day.
 *
 * @param days - working days allowed; {@link REPLY_WORKING_DAYS} (5) by default.
 * @example replyDueDate('2026-09-30') // '2026-10-13'
 * @throws {CalendarError} as {@link addWorkingDays}.
 */
export function replyDueDate(received: DateInput, days: number = REPLY_WORKING_DAYS): string {
  return formatDay(dayAfter(knownDay(received), days));
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
