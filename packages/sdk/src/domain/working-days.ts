/**
 * Working days of the portal: a reply is due 5 working days after a message arrives,
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
import {
  BEIJING_OFFSET_MS,
  CalendarError,
  DAY_MS,
  formatDay,
  toDay,
  type DateInput,
} from './calendar-days.js';
import { isWorkingDayNumber, knownDay } from './holiday-calendar.js';

// The rules live in modules by idea (calendar days, the holiday calendar); this one counts
// working days and gives the reply deadline, and re-exports what callers need.
export {
  CalendarError,
  isCalendarError,
  type CalendarErrorCode,
  type DateInput,
} from './calendar-days.js';
export { calendarYears, registerHolidayYear, validateHolidayYear } from './holiday-calendar.js';
export { PORTAL_TIME_ZONE } from './portal.js';

/** Working days a reply may take after the day the message arrived. */
export const REPLY_WORKING_DAYS = 5;

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
