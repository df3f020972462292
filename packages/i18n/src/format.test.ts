import { describe, expect, it } from 'vitest';
import {
  PORTAL_TIME_ZONE,
  dateTimeFormat,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  intlLocaleOf,
  toDate,
} from './format.js';

// 00:30 on 5 January 2024 in Beijing is still 4 January in UTC (and in every zone west of
// UTC+8): whatever the process's time zone, the portal shows the Beijing date.
const JUST_AFTER_MIDNIGHT_BEIJING = '2024-01-04T16:30:00Z';
const JUST_BEFORE_MIDNIGHT_BEIJING = '2024-01-05T15:59:59Z';

describe('formatDate', () => {
  it('uses the portal time zone, Asia/Shanghai', () => {
    expect(PORTAL_TIME_ZONE).toBe('Asia/Shanghai');
    expect(dateTimeFormat('en').resolvedOptions().timeZone).toBe('Asia/Shanghai');
  });

  it.each([
    ['zh-CN', '2024年1月5日'],
    ['en', 'January 5, 2024'],
    ['fr', '5 janvier 2024'],
    ['de', '5. Januar 2024'],
    ['ja', '2024年1月5日'],
    ['ko', '2024년 1월 5일'],
  ])('shows the Beijing calendar date in %s', (lang, expected) => {
    expect(formatDate(JUST_AFTER_MIDNIGHT_BEIJING, lang)).toBe(expected);
    expect(formatDate(JUST_BEFORE_MIDNIGHT_BEIJING, lang)).toBe(expected);
  });

  it('turns to the next day at midnight in Beijing, not at midnight UTC', () => {
    expect(formatDate('2024-01-05T16:00:00Z', 'en')).toBe('January 6, 2024');
    expect(formatDate('2024-01-05T23:59:59Z', 'en')).toBe('January 6, 2024');
  });

  it('accepts a Date, epoch milliseconds and any BCP 47 tag', () => {
    const ms = Date.parse(JUST_AFTER_MIDNIGHT_BEIJING);
    expect(formatDate(new Date(ms), 'en-GB')).toBe('January 5, 2024');
    expect(formatDate(ms, 'zh-Hans-CN')).toBe('2024年1月5日');
  });

  it('takes Intl options', () => {
    expect(formatDate(JUST_AFTER_MIDNIGHT_BEIJING, 'en', { dateStyle: 'short' })).toBe('1/5/24');
  });

  it('rejects an invalid date with a RangeError', () => {
    expect(() => formatDate('not a date', 'en')).toThrow(RangeError);
    expect(() => toDate(Number.NaN)).toThrow('Invalid date');
  });

  it('caches formatters per language and options', () => {
    expect(dateTimeFormat('fr')).toBe(dateTimeFormat('fr'));
    expect(dateTimeFormat('fr')).not.toBe(dateTimeFormat('de'));
    expect(dateTimeFormat('fr', { month: 'short' })).not.toBe(dateTimeFormat('fr'));
  });
});

describe('formatDateTime', () => {
  it('shows Beijing wall-clock time', () => {
    expect(formatDateTime(JUST_AFTER_MIDNIGHT_BEIJING, 'zh-CN')).toBe('2024年1月5日 00:30');
    expect(formatDateTime(JUST_AFTER_MIDNIGHT_BEIJING, 'en', { timeStyle: 'short' })).toBe(
      '12:30 AM',
    );
  });
});

describe('formatNumber', () => {
  it.each([
    ['en', '1,234,567.5'],
    ['de', '1.234.567,5'],
    ['fr', '1\u202f234\u202f567,5'],
    ['zh-CN', '1,234,567.5'],
  ])('groups digits the way %s does', (lang, expected) => {
    expect(formatNumber(1234567.5, lang)).toBe(expected);
  });

  it('takes Intl options', () => {
    expect(formatNumber(0.25, 'en', { style: 'percent' })).toBe('25%');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2024-01-05T12:00:00Z');

  it('picks the largest whole unit', () => {
    expect(formatRelativeTime(now - 3 * 3600_000, 'en', { now })).toBe('3 hours ago');
    expect(formatRelativeTime(now + 2 * 86400_000, 'en', { now })).toBe('in 2 days');
    expect(formatRelativeTime(now - 90_000, 'en', { now })).toBe('1 minute ago');
    expect(formatRelativeTime(now, 'en', { now })).toBe('now');
  });

  it('speaks the language, with words such as yesterday', () => {
    expect(formatRelativeTime(now - 86400_000, 'zh-CN', { now })).toBe('昨天');
    expect(formatRelativeTime(now - 86400_000, 'en', { now, numeric: 'always' })).toBe('1 day ago');
  });
});

describe('intlLocaleOf', () => {
  it('maps tags to the locale of the matching portal language', () => {
    expect(intlLocaleOf('zh')).toBe('zh-CN');
    expect(intlLocaleOf('ar-EG')).toBe('ar');
    expect(intlLocaleOf('sw')).toBe('zh-CN');
  });
});
