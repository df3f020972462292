/**
 * The yearly statistics of a site's messages (`GET /api/v1/messages/stats`), the disclosure
 * the portal publishes: for the messages sent to the site, by month of arrival (Beijing
 * calendar), how many arrived, how many are replied, how many were replied on or before their
 * due date, and the median working days from arrival to reply (the arrival day does not count,
 * as for the due date; the SDK's holiday calendar).
 *
 * The database groups the messages by (day of arrival, day of reply, due date) — at most a few
 * thousand groups a year however many messages — and the working days are counted here, once
 * per group, by the same calendar code the due dates come from.
 */
import type { MessageStats, MessageStatsMonth } from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';
import { workingDaysFrom } from './deadline.js';

type Counts = Omit<MessageStatsMonth, 'month'>;

/** Working days to reply → how many replies took them. */
type Histogram = Map<number, number>;

/** The median of the values a histogram counts: the mean of the two middle ones when even. */
export function medianOf(histogram: Histogram): number | null {
  const values = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const n = values.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  /** The value at 0-based position `k` of the sorted values. */
  const at = (k: number) => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (k < seen) return value;
    }
    return values[values.length - 1]![0];
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** A Beijing calendar day of a timestamp column, `YYYY-MM-DD`, whatever the session's zone. */
const beijingDay = (column: string) =>
  `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

/** The statistics of the messages sent to `site` that arrived in `year` (Beijing calendar). */
export async function messageStats(
  db: Queryable,
  site: string,
  year: number,
): Promise<MessageStats> {
  // Beijing midnight of 1 January is 16:00 UTC the day before (no daylight saving since 1991).
  const from = `${year - 1}-12-31T16:00:00Z`;
  const to = `${year}-12-31T16:00:00Z`;
  const groups = await db.query<{
    received: string;
    replied: string | null;
    due: string;
    n: number;
  }>(
    `SELECT ${beijingDay('received_at')} AS received, ${beijingDay('replied_at')} AS replied,
       due_date::text AS due, count(*)::int AS n
     FROM messages
     WHERE site = $1 AND received_at >= $2::timestamptz AND received_at < $3::timestamptz
     GROUP BY 1, 2, 3`,
    [site, from, to],
  );
  const months: Counts[] = Array.from({ length: 12 }, () => ({
    received: 0,
    replied: 0,
    repliedOnTime: 0,
    medianWorkingDays: null,
  }));
  const histograms: Histogram[] = Array.from({ length: 12 }, () => new Map());
  const yearHistogram: Histogram = new Map();
  for (const group of groups) {
    const index = Number(group.received.slice(5, 7)) - 1;
    const month = months[index];
    const histogram = histograms[index];
    if (!month || !histogram) continue;
    month.received += group.n;
    if (group.replied === null) continue;
    month.replied += group.n;
    if (group.replied <= group.due) month.repliedOnTime += group.n;
    // A reply dated before the arrival day (a clock set back) counts as the same day.
    const days = Math.max(0, workingDaysFrom(group.received, group.replied));
    histogram.set(days, (histogram.get(days) ?? 0) + group.n);
    yearHistogram.set(days, (yearHistogram.get(days) ?? 0) + group.n);
  }
  const total: Counts = { received: 0, replied: 0, repliedOnTime: 0, medianWorkingDays: null };
  months.forEach((month, i) => {
    month.medianWorkingDays = medianOf(histograms[i]!);
    total.received += month.received;
    total.replied += month.replied;
    total.repliedOnTime += month.repliedOnTime;
  });
  total.medianWorkingDays = medianOf(yearHistogram);
  return { site, year, months: months.map((m, i) => ({ month: i + 1, ...m })), total };
}
