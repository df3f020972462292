/**
 * The reply deadline of a message and the working days left, by the SDK's holiday calendar
 * (`replyDueDate`, `workingDaysBetween`). A day in a year whose holiday schedule is not
 * published yet (late December, before the State Council's notice) must not refuse or lose a
 * message: then Monday to Friday count as working days, the best that can be known, and the
 * deadline is marked provisional in the server log.
 */
import {
  isCalendarError,
  portalDate,
  REPLY_WORKING_DAYS,
  replyDueDate,
  workingDaysBetween,
} from '@portal-kit/sdk';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → days since the epoch. */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isWeekday = (day: number) => ![0, 6].includes(new Date(day * DAY_MS).getUTCDay());

function unknownYear(error: unknown): boolean {
  return isCalendarError(error) && error.code === 'unknown-year';
}

/** The reply deadline of a message received at `receivedAt`, and whether it is provisional. */
export function dueDateOf(receivedAt: Date): { dueDate: string; provisional: boolean } {
  try {
    return { dueDate: replyDueDate(receivedAt), provisional: false };
  } catch (error) {
    if (!unknownYear(error)) throw error;
    let day = dayNumber(portalDate(receivedAt));
    for (let counted = 0; counted < REPLY_WORKING_DAYS;) {
      day += 1;
      if (isWeekday(day)) counted += 1;
    }
    return {
      dueDate: new Date(day * DAY_MS).toISOString().slice(0, 10),
      provisional: true,
    };
  }
}

/** Working days from `now` (Beijing) to `dueDate`: 0 on the day, negative when overdue. */
export function workingDaysLeft(now: Date, dueDate: string): number {
  return workingDaysFrom(now, dueDate);
}

/**
 * Working days after the Beijing day of `from` up to and including `to` (negative when `to` is
 * earlier): `workingDaysBetween` of the SDK, Monday to Friday in a year without holiday data.
 */
export function workingDaysFrom(from: Date | string, to: string): number {
  try {
    return workingDaysBetween(from, to);
  } catch (error) {
    if (!unknownYear(error)) throw error;
    const [a, b] = [dayNumber(portalDate(from)), dayNumber(to)];
    let count = 0;
    for (let day = Math.min(a, b) + 1; day <= Math.max(a, b); day += 1) {
      if (isWeekday(day)) count += 1;
    }
    return (a <= b ? count : -count) + 0;
  }
}
