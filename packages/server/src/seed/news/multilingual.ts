/**
 * News in every language of the portal. The main site tells a fixed set of major ministry
 * stories in all 19 languages ("major news is translated within 24 hours"); the offices abroad
 * whose site offers their host country's language tell a few of their own stories in it. Each
 * story is a Chinese original with a translation per other language the site offers; the texts
 * live in `languages/<code>.ts`, one file per language, so that each can be reviewed on its own.
 */
import type { NewsColumn, PortalLanguage } from '@portal-kit/sdk';
import { Random } from '../random.js';
import type { RegistryEntry } from '../registry/index.js';
import type { Text } from './context.js';

/** A story in one language: its title, its summary (the body's first paragraph), and the rest. */
export type Lines = readonly [title: string, summary: string, more: string];

/** The main site's major stories, in the order they are told (newest first). */
export const MAJOR_STORIES = [
  { key: 'tradeIn', column: 'headlines', daysBack: 2 },
  { key: 'wtoStatement', column: 'briefs', daysBack: 5 },
  { key: 'investmentMeasures', column: 'headlines', daysBack: 8 },
  // Customs publish a month's figures early in the next month.
  { key: 'tradeFigures', column: 'headlines', daysBack: 13 },
  { key: 'exportControl', column: 'briefs', daysBack: 16 },
  { key: 'jointCommission', column: 'headlines', daysBack: 19 },
  { key: 'ecommerceAgreement', column: 'updates', daysBack: 22 },
  { key: 'ftaUpgrade', column: 'headlines', daysBack: 26 },
  { key: 'tradeRemedy', column: 'briefs', daysBack: 29 },
  { key: 'servicesPilot', column: 'updates', daysBack: 31 },
  { key: 'cantonFair', column: 'headlines', daysBack: 36 },
  { key: 'consumptionSeason', column: 'updates', daysBack: 40 },
] as const satisfies readonly { key: string; column: NewsColumn; daysBack: number }[];

export type MajorKey = (typeof MAJOR_STORIES)[number]['key'];

/** The month whose foreign trade figures a story reports (1–12). */
export interface ReportedMonth {
  year: number;
  month: number;
}

/** What an office's story says in figures; the same in every language it is told in. */
export interface OfficeFacts {
  /** Chinese companies at the promotion conference. */
  firms: number;
  /** Local companies at it. */
  localFirms: number;
  /** Cooperation agreements signed there (always more than ten). */
  deals: number;
  /** Chinese companies that answered the business survey. */
  surveyed: number;
  /** Percentage of them expecting stable or growing business. */
  stable: number;
  /** Growth of imports from China in the market brief, in percent. */
  growth: number;
}

export type OfficeStoryKind = 'promotion' | 'survey' | 'brief' | 'safety';

/** A story of an office abroad: the host country (or territory) as this language names it. */
export type OfficeStory = (place: string, facts: OfficeFacts) => Lines;

/** Everything one language tells. */
export interface LanguagePack {
  major: Readonly<Record<Exclude<MajorKey, 'tradeFigures'>, Lines>> & {
    tradeFigures(reported: ReportedMonth): Lines;
  };
  office: Readonly<Record<OfficeStoryKind, OfficeStory>>;
}

/** The columns of the offices' stories. */
const OFFICE_COLUMNS: Readonly<Record<OfficeStoryKind, NewsColumn>> = {
  promotion: 'headlines',
  survey: 'updates',
  brief: 'briefs',
  safety: 'updates',
};

/**
 * Offices in countries at war or under international sanctions: a trade fair or a market brief
 * would be out of place there. Most tell only the security notice; the office in the DPRK, where
 * even that would read oddly, tells nothing in Korean.
 */
const SECURITY_NOTICE_ONLY: ReadonlySet<string> = new Set(['sy', 'ye', 'ly', 'sd', 'ps']);
const NO_LOCAL_STORIES: ReadonlySet<string> = new Set(['kp']);

/** A story to publish besides the generated ones: when, where, and its text per language. */
export interface ExtraStory {
  /** Publication instant of the Chinese original. */
  instant: number;
  column: NewsColumn;
  /** Text per language code, `zh-CN` always present. */
  texts: ReadonlyMap<string, Text>;
}

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

function text([title, summary, more]: Lines): Text {
  return { title, summary, body: [summary, more] };
}

/** The languages of a site, Chinese (the originals' language) first; none without Chinese. */
function languagesOf(entry: RegistryEntry): string[] {
  const { languages } = entry.site;
  return languages.includes('zh-CN') ? ['zh-CN', ...languages.filter((l) => l !== 'zh-CN')] : [];
}

/** `daysBack` days before the reference date, during Beijing office hours, never after it. */
function instantBefore(rng: Random, referenceDate: Date, daysBack: number): number {
  const end = referenceDate.getTime();
  const dayStart = Math.floor((end + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
  let instant = dayStart - daysBack * DAY_MS + rng.int(9 * 3600, 18 * 3600 - 1) * 1000;
  if (instant > end) instant -= DAY_MS;
  return instant;
}

/** The month before the one `instant` falls in, in Beijing time. */
function previousMonth(instant: number): ReportedMonth {
  const local = new Date(instant + BEIJING_OFFSET_MS);
  const month = local.getUTCMonth(); // 0–11: the previous month's number, 1–12
  return month === 0
    ? { year: local.getUTCFullYear() - 1, month: 12 }
    : { year: local.getUTCFullYear(), month };
}

function majorLines(pack: LanguagePack, key: MajorKey, reported: ReportedMonth): Lines {
  return key === 'tradeFigures' ? pack.major.tradeFigures(reported) : pack.major[key];
}

/** The main site's major stories, in every language the site offers that has a pack. */
function majorStories(
  entry: RegistryEntry,
  rng: Random,
  packs: Readonly<Record<PortalLanguage, LanguagePack>>,
  referenceDate: Date,
  spanDays: number,
): ExtraStory[] {
  return MAJOR_STORIES.map(({ key, column, daysBack }) => {
    const instant = instantBefore(rng, referenceDate, Math.min(daysBack, spanDays - 1));
    const reported = previousMonth(instant);
    const texts = new Map<string, Text>();
    for (const lang of languagesOf(entry)) {
      const pack = packs[lang as PortalLanguage] as LanguagePack | undefined;
      if (pack) texts.set(lang, text(majorLines(pack, key, reported)));
    }
    return { instant, column, texts };
  });
}

/** The stories an office abroad tells in its host country's language (and Chinese, English). */
function officeStories(
  entry: RegistryEntry,
  rng: Random,
  packs: Readonly<Record<PortalLanguage, LanguagePack>>,
  referenceDate: Date,
  spanDays: number,
): ExtraStory[] {
  const { site, place } = entry;
  const local = place?.local;
  if (!place || !local || NO_LOCAL_STORIES.has(site.id) || !languagesOf(entry).includes(local[0])) {
    return [];
  }
  const localPack = packs[local[0] as PortalLanguage] as LanguagePack | undefined;
  if (!localPack) return [];
  const facts: OfficeFacts = {
    firms: rng.int(12, 45),
    localFirms: rng.int(20, 90),
    deals: rng.int(11, 30),
    surveyed: rng.int(15, 80),
    stable: rng.int(60, 92),
    growth: rng.int(5, 35),
  };
  let kinds: OfficeStoryKind[];
  if (SECURITY_NOTICE_ONLY.has(site.id)) {
    kinds = ['safety'];
  } else {
    // Two or three of the three, in a shuffled order.
    const all: OfficeStoryKind[] = ['promotion', 'survey', 'brief'];
    for (let i = all.length - 1; i > 0; i -= 1) {
      const j = rng.int(0, i);
      [all[i], all[j]] = [all[j] as OfficeStoryKind, all[i] as OfficeStoryKind];
    }
    kinds = all.slice(0, rng.int(2, 3));
  }
  // Within the last four months, each story on a day of its own.
  const latest = Math.min(120, spanDays - 1);
  const days = new Set<number>();
  return kinds.map((kind) => {
    let daysBack = rng.int(Math.min(2, latest), latest);
    while (days.has(daysBack) && days.size <= latest) daysBack = (daysBack + 1) % (latest + 1);
    days.add(daysBack);
    const names: Record<string, string> = { 'zh-CN': place.zh, en: place.en, [local[0]]: local[1] };
    const texts = new Map<string, Text>();
    for (const lang of languagesOf(entry)) {
      const pack = packs[lang as PortalLanguage] as LanguagePack | undefined;
      const name = names[lang];
      if (pack && name) texts.set(lang, text(pack.office[kind](name, facts)));
    }
    return {
      instant: instantBefore(rng, referenceDate, daysBack),
      column: OFFICE_COLUMNS[kind],
      texts,
    };
  });
}

/**
 * The stories `entry`'s site tells besides the generated ones, in the languages it offers,
 * drawn from a stream of their own (`seed`) so that the generated stories stay as they are.
 */
export function extraStories(
  entry: RegistryEntry,
  seed: number,
  packs: Readonly<Record<PortalLanguage, LanguagePack>>,
  options: { referenceDate: Date; spanDays: number },
): ExtraStory[] {
  const rng = new Random(seed);
  const spanDays = Math.max(1, options.spanDays);
  switch (entry.site.kind) {
    case 'main':
      return majorStories(entry, rng, packs, options.referenceDate, spanDays);
    case 'overseas':
      return officeStories(entry, rng, packs, options.referenceDate, spanDays);
    default:
      return [];
  }
}
