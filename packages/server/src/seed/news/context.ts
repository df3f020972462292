import type { PlaceName, RegistryEntry } from '../registry/index.js';
import type { Random } from '../random.js';

/** Title, summary and body paragraphs of a story in one language. */
export interface Text {
  title: string;
  summary: string;
  body: string[];
}

/** A story told in Chinese and, for translation, in English. */
export interface Story {
  zh: Text;
  en: Text;
}

/** A Chinese/English pair of phrases. */
export interface Phrase {
  zh: string;
  en: string;
}

/** What a story template gets: the publishing site, the moment, randomness, the world. */
export interface StoryContext {
  rng: Random;
  entry: RegistryEntry;
  /** Publication instant. */
  date: Date;
  /** Year, month (1–12) and day of `date` in Beijing time. */
  local: { year: number; month: number; day: number };
  /** The statistics period reported at `date`: the year to the end of last month. */
  period: Phrase & { months: number };
  /** A country with an economic and commercial office (embassies only). */
  country(): PlaceName;
  /** A province, region or municipality (a local commerce window). */
  province(): PlaceName & { capital: PlaceName };
}

export type StoryTemplate = (c: StoryContext) => Story;

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function monthEn(month: number): string {
  return MONTHS_EN[(month - 1) % 12] ?? 'January';
}

/** Calendar date of an instant in Beijing time (UTC+8, no daylight saving). */
export function beijingDate(date: Date): { year: number; month: number; day: number } {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The cumulative statistics period published in a given month: January to last month. */
export function reportingPeriod(year: number, month: number): Phrase & { months: number } {
  if (month === 1) return { zh: `${year - 1}年`, en: `${year - 1}`, months: 12 };
  const last = month - 1;
  if (last === 1) return { zh: `${year}年1月`, en: `January ${year}`, months: 1 };
  return {
    zh: `${year}年1—${last}月`,
    en: `January-${monthEn(last)} ${year}`,
    months: last,
  };
}

/** "增长5.2%" / "up 5.2%", or the fall for a negative change. */
export function change(pct: number): Phrase {
  return pct >= 0
    ? { zh: `同比增长${pct}%`, en: `up ${pct}% year on year` }
    : { zh: `同比下降${-pct}%`, en: `down ${-pct}% year on year` };
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "the United States" → "United States", for use as an adjective ("China-United States"). */
export function bare(name: string): string {
  return name.replace(/^the /, '');
}

/** Capitalizes the first letter (for a name that opens a sentence). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Japan's", "the Philippines'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** A number with thousands separators, as both languages print it. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
