/**
 * China's public-holiday schedule (全国年节及纪念日放假安排), one entry per year, as published by the
 * General Office of the State Council (国务院办公厅), usually in November for the next year.
 *
 * This is versioned data, not code: each year cites the notice it was copied from. Read by
 * `working-days.ts`; to add a year see docs/rules/working-days.md ("Adding a new year").
 */
import { PORTAL_TIME_ZONE } from './portal.js';

/** One holiday period of a year, as the notice lists it. Dates are Beijing calendar days. */
export interface HolidayPeriod {
  /** The holiday's name as in the notice, e.g. `春节` or `国庆节、中秋节`. */
  readonly name: string;
  /** First day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
  /** Every day off in the period, weekends inside it included, `YYYY-MM-DD`. */
  readonly off: readonly string[];
}

/** One year's schedule: its holiday periods and its adjusted working weekend days (调休). */
export interface HolidayYearSchedule {
  /** The notice this schedule was copied from (title and document number or date). */
  readonly source: string;
  /** The holiday periods of the year, in calendar order. */
  readonly holidays: readonly HolidayPeriod[];
  /** Saturdays and Sundays that are working days this year (调休上班), `YYYY-MM-DD`. */
  readonly workdays: readonly string[];
}

/** The whole data set: the time zone its dates are in and one schedule per known year. */
export interface HolidayCalendarData {
  /** What the data means, in one paragraph. */
  readonly note: string;
  /** IANA zone of every date in the data: always the portal's, `Asia/Shanghai` (UTC+8, no DST). */
  readonly timeZone: typeof PORTAL_TIME_ZONE;
  /** Schedules by year. A year missing here is unknown, not "no holidays". */
  readonly years: { readonly [year: number]: HolidayYearSchedule };
}

/**
 * The public-holiday schedules the SDK ships with. A year missing here is unknown: the
 * working-day functions refuse it (`unknown-year`) rather than guess.
 */
export const HOLIDAYS_CN: HolidayCalendarData = {
  note: "China's public-holiday schedule as published each year (usually in November for the next year) by the General Office of the State Council. 'off' lists every day off in a holiday period (weekends inside it included); 'workdays' lists adjusted working weekend days (调休). Any other Saturday or Sunday is a day off; any other weekday is a working day. A year missing here is unknown, not 'no holidays'.",
  timeZone: PORTAL_TIME_ZONE,
  years: {
    2024: {
      source: '国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号)',
      holidays: [
        {
          name: '元旦',
          from: '2024-01-01',
          to: '2024-01-01',
          off: ['2024-01-01'],
        },
        {
          name: '春节',
          from: '2024-02-10',
          to: '2024-02-17',
          off: [
            '2024-02-10',
            '2024-02-11',
            '2024-02-12',
            '2024-02-13',
            '2024-02-14',
            '2024-02-15',
            '2024-02-16',
            '2024-02-17',
          ],
        },
        {
          name: '清明节',
          from: '2024-04-04',
          to: '2024-04-06',
          off: ['2024-04-04', '2024-04-05', '2024-04-06'],
        },
        {
          name: '劳动节',
          from: '2024-05-01',
          to: '2024-05-05',
          off: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05'],
        },
        {
          name: '端午节',
          from: '2024-06-10',
          to: '2024-06-10',
          off: ['2024-06-10'],
        },
        {
          name: '中秋节',
          from: '2024-09-15',
          to: '2024-09-17',
          off: ['2024-09-15', '2024-09-16', '2024-09-17'],
        },
        {
          name: '国庆节',
          from: '2024-10-01',
          to: '2024-10-07',
          off: [
            '2024-10-01',
            '2024-10-02',
            '2024-10-03',
            '2024-10-04',
            '2024-10-05',
            '2024-10-06',
            '2024-10-07',
          ],
        },
      ],
      workdays: [
        '2024-02-04',
        '2024-02-18',
        '2024-04-07',
        '2024-04-28',
        '2024-05-11',
        '2024-09-14',
        '2024-09-29',
        '2024-10-12',
      ],
    },
    2025: {
      source: '国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号)',
      holidays: [
        {
          name: '元旦',
          from: '2025-01-01',
          to: '2025-01-01',
          off: ['2025-01-01'],
        },
        {
          name: '春节',
          from: '2025-01-28',
          to: '2025-02-04',
          off: [
            '2025-01-28',
            '2025-01-29',
            '2025-01-30',
            '2025-01-31',
            '2025-02-01',
            '2025-02-02',
            '2025-02-03',
            '2025-02-04',
          ],
        },
        {
          name: '清明节',
          from: '2025-04-04',
          to: '2025-04-06',
          off: ['2025-04-04', '2025-04-05', '2025-04-06'],
        },
        {
          name: '劳动节',
          from: '2025-05-01',
          to: '2025-05-05',
          off: ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'],
        },
        {
          name: '端午节',
          from: '2025-05-31',
          to: '2025-06-02',
          off: ['2025-05-31', '2025-06-01', '2025-06-02'],
        },
        {
          name: '国庆节、中秋节',
          from: '2025-10-01',
          to: '2025-10-08',
          off: [
            '2025-10-01',
            '2025-10-02',
            '2025-10-03',
            '2025-10-04',
            '2025-10-05',
            '2025-10-06',
            '2025-10-07',
            '2025-10-08',
          ],
        },
      ],
      workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    2026: {
      source: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
      holidays: [
        {
          name: '元旦',
          from: '2026-01-01',
          to: '2026-01-03',
          off: ['2026-01-01', '2026-01-02', '2026-01-03'],
        },
        {
          name: '春节',
          from: '2026-02-15',
          to: '2026-02-23',
          off: [
            '2026-02-15',
            '2026-02-16',
            '2026-02-17',
            '2026-02-18',
            '2026-02-19',
            '2026-02-20',
            '2026-02-21',
            '2026-02-22',
            '2026-02-23',
          ],
        },
        {
          name: '清明节',
          from: '2026-04-04',
          to: '2026-04-06',
          off: ['2026-04-04', '2026-04-05', '2026-04-06'],
        },
        {
          name: '劳动节',
          from: '2026-05-01',
          to: '2026-05-05',
          off: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
        },
        {
          name: '端午节',
          from: '2026-06-19',
          to: '2026-06-21',
          off: ['2026-06-19', '2026-06-20', '2026-06-21'],
        },
        {
          name: '中秋节',
          from: '2026-09-25',
          to: '2026-09-27',
          off: ['2026-09-25', '2026-09-26', '2026-09-27'],
        },
        {
          name: '国庆节',
          from: '2026-10-01',
          to: '2026-10-07',
          off: [
            '2026-10-01',
            '2026-10-02',
            '2026-10-03',
            '2026-10-04',
            '2026-10-05',
            '2026-10-06',
            '2026-10-07',
          ],
        },
      ],
      workdays: [
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ],
    },
  },
};
