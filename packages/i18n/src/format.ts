/**
 * Dates and numbers through `Intl`, in a language's locale and the portal's time zone.
 * Formatters are cached per (locale, options): creating an `Intl` formatter is costly and a
 * 200-item list formats 200 dates.
 */
import { PORTAL_TIME_ZONE } from '@portal-kit/sdk';
import { resolveLanguage } from './languages.js';

/** The portal's time zone (the SDK's constant): dates are shown as in Beijing, wherever the reader is. */
export { PORTAL_TIME_ZONE };

/** An instant: a `Date`, epoch milliseconds or an ISO 8601 string. */
export type DateInput = Date | number | string;

/** Default date style: `2024年1月5日`, `January 5, 2024`, `5 janvier 2024`. */
const DATE_DEFAULTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
};

/** Default date-and-time style: the date style plus hours and minutes. */
const DATE_TIME_DEFAULTS: Intl.DateTimeFormatOptions = {
  ...DATE_DEFAULTS,
  hour: '2-digit',
  minute: '2-digit',
};

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * The `Intl` locale of a portal language code or any BCP 47 tag: the language's own code (the
 * `intl` of `PORTAL_LANGUAGE_TABLE`).
 */
export function intlLocaleOf(lang: string): string {
  return resolveLanguage(lang);
}

/** A `Date` from any {@link DateInput}; throws a `RangeError` for an invalid one. */
export function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}

/** A cached `Intl.DateTimeFormat` for a language, in {@link PORTAL_TIME_ZONE} unless told. */
export function dateTimeFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions = DATE_DEFAULTS,
): Intl.DateTimeFormat {
  const locale = intlLocaleOf(lang);
  const withZone = { timeZone: PORTAL_TIME_ZONE, ...options };
  return cached('dt', locale, withZone, () => new Intl.DateTimeFormat(locale, withZone));
}

/**
 * A calendar date in a language, as seen in Beijing (e.g. `2024年1月5日`, `January 5, 2024`).
 * `options` replace the default style (year, long month, day); the time zone stays the
 * portal's unless `options.timeZone` says otherwise.
 */
export function formatDate(
  value: DateInput,
  lang: string,
  options: Intl.DateTimeFormatOptions = DATE_DEFAULTS,
): string {
  return dateTimeFormat(lang, options).format(toDate(value));
}

/** A date and time (hours, minutes) in a language, as seen in Beijing. */
export function formatDateTime(
  value: DateInput,
  lang: string,
  options: Intl.DateTimeFormatOptions = DATE_TIME_DEFAULTS,
): string {
  return dateTimeFormat(lang, options).format(toDate(value));
}

/** A number in a language (digits, grouping and decimal signs of its locale). */
export function formatNumber(
  value: number | bigint,
  lang: string,
  options: Intl.NumberFormatOptions = {},
): string {
  const locale = intlLocaleOf(lang);
  return cached('num', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Options of {@link formatRelativeTime}. */
export interface RelativeTimeOptions extends Intl.RelativeTimeFormatOptions {
  /** The instant to compare with; default: now. */
  now?: DateInput;
}

/**
 * How long ago (or how far ahead) an instant is, in a language, in the largest whole unit:
 * `3 hours ago`, `昨天`, `in 2 days`. `numeric` defaults to `'auto'` (`yesterday`).
 */
export function formatRelativeTime(
  value: DateInput,
  lang: string,
  options: RelativeTimeOptions = {},
): string {
  const { now = Date.now(), ...intlOptions } = options;
  const formatOptions: Intl.RelativeTimeFormatOptions = { numeric: 'auto', ...intlOptions };
  const seconds = (toDate(value).getTime() - toDate(now).getTime()) / 1000;
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  const locale = intlLocaleOf(lang);
  const formatter = cached(
    'rel',
    locale,
    formatOptions,
    () => new Intl.RelativeTimeFormat(locale, formatOptions),
  );
  return formatter.format(Math.trunc(seconds / size), unit);
}
