/**
 * Calendar days of the portal: a day is the number of days since 1970-01-01 of the Beijing
 * calendar. Every date is taken in the portal's time zone whatever the machine's zone; China has
 * kept UTC+8 without daylight saving time since 1991, so the calendar day of an instant is
 * computed with a fixed +08:00 offset (no `Intl`, no local-time `Date` methods). Also the one
 * error the working-day functions throw.
 */

/**
 * A date: a `Date` (an instant, taken in Beijing time), an ISO date `YYYY-MM-DD` (a Beijing
 * calendar day), or an ISO date-time with `Z` or an offset (`2026-09-30T23:30:00Z`,
 * `2026-10-01T08:00+08:00`), taken in Beijing time. A date-time without an offset is refused.
 */
export type DateInput = Date | string;

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
export const DAY_MS = 86_400_000;
/** Beijing time is UTC+8 all year (no DST since 1991). */
export const BEIJING_OFFSET_MS = 8 * 60 * MINUTE_MS;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

/** The day of a calendar date, or `undefined` when there is no such date (2026-02-30). */
export function civilDay(year: number, month: number, date: number): number | undefined {
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

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** `YYYY-MM-DD` (expanded `±YYYYYY-MM-DD` outside years 0–9999, as `toISOString` does). */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().split('T')[0] as string;
}

/** The day of an ISO date `YYYY-MM-DD`, or `undefined` when it is not one. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  return m ? civilDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A value for a message: strings quoted; anything else as `String()` gives it, if it can. */
export function show(value: unknown): string {
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
export function toDay(input: DateInput): number {
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
