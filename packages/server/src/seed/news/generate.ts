/**
 * The seed's news: for every site of the registry, a deterministic set of stories in Chinese,
 * and English translations for the sites that publish in English; besides them, the main
 * site's major stories in all 19 languages and the offices' stories in their host country's
 * language (`multilingual.ts`). Everything derives from the seed number and a fixed reference
 * date, never from the clock or `Math.random`.
 */
import type { NewsColumn, SiteKind } from '@portal-kit/sdk';
import { Random } from '../random.js';
import type { RegistryEntry } from '../registry/index.js';
import {
  COMMISSIONER_CLOSINGS,
  LOCAL_CLOSINGS,
  MINISTRY_CLOSINGS,
  OVERSEAS_CLOSINGS,
} from './closings.js';
import { beijingDate, reportingPeriod } from './context.js';
import type { Phrase, StoryContext, StoryTemplate, Text } from './context.js';
import { LANGUAGE_PACKS } from './languages/index.js';
import { extraStories } from './multilingual.js';
import type { ExtraStory } from './multilingual.js';
import { DEPARTMENT_TEMPLATES, MAIN_TEMPLATES } from './templates-ministry.js';
import { COMMISSIONER_TEMPLATES, LOCAL_TEMPLATES, OVERSEAS_TEMPLATES } from './templates-units.js';

/** One row of the `news` table. */
export interface SeedNewsItem {
  id: string;
  site: string;
  column: NewsColumn;
  lang: string;
  title: string;
  summary: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  url: string;
  publishedAt: Date;
  /** Id of the Chinese original this item translates, or `null`. */
  translationOf: string | null;
}

export interface NewsGenerationOptions {
  seed: number;
  /** The newest instant any item may carry. */
  referenceDate: Date;
  /** How far back the items go, in days. */
  spanDays: number;
}

interface KindPlan {
  /** Chinese stories per site. */
  perSite: number;
  /** Share of them translated into English (when the site publishes in English). */
  translated: number;
  columns: Readonly<Record<NewsColumn, number>>;
  closings: readonly Phrase[];
}

const PLANS: Readonly<Record<SiteKind, KindPlan>> = {
  main: {
    perSite: 320,
    translated: 0.7,
    columns: { headlines: 5, updates: 3, briefs: 2 },
    closings: MINISTRY_CLOSINGS,
  },
  department: {
    perSite: 28,
    translated: 0.5,
    columns: { headlines: 3, updates: 4.5, briefs: 2.5 },
    closings: MINISTRY_CLOSINGS,
  },
  commissioner: {
    perSite: 18,
    translated: 0,
    columns: { headlines: 1.5, updates: 6, briefs: 2.5 },
    closings: COMMISSIONER_CLOSINGS,
  },
  overseas: {
    perSite: 7,
    translated: 0.5,
    columns: { headlines: 2, updates: 5, briefs: 3 },
    closings: OVERSEAS_CLOSINGS,
  },
  local: {
    perSite: 50,
    translated: 0,
    columns: { headlines: 1.5, updates: 6.5, briefs: 2 },
    closings: LOCAL_CLOSINGS,
  },
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** FNV-1a of a string mixed with the seed: each site draws from its own stream. */
function streamSeed(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function templatesFor(entry: RegistryEntry): readonly StoryTemplate[] {
  switch (entry.site.kind) {
    case 'main':
      return MAIN_TEMPLATES;
    case 'department':
      return DEPARTMENT_TEMPLATES[entry.focus ?? 'general'] ?? MAIN_TEMPLATES;
    case 'commissioner':
      return COMMISSIONER_TEMPLATES;
    case 'overseas':
      return OVERSEAS_TEMPLATES;
    case 'local':
      return LOCAL_TEMPLATES;
  }
}

/**
 * A publication instant within the span, during Beijing office hours (08:00–21:59), never
 * after the reference date. Whole seconds.
 */
function publicationInstant(rng: Random, options: NewsGenerationOptions): number {
  const end = options.referenceDate.getTime();
  const dayStart = Math.floor((end + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
  const daysBack = rng.int(0, options.spanDays - 1);
  const secondOfDay = rng.int(8 * 3600, 22 * 3600 - 1);
  let instant = dayStart - daysBack * DAY_MS + secondOfDay * 1000;
  if (instant > end) instant -= DAY_MS;
  return instant;
}

/**
 * The column of each of `count` stories: each column gets its share of the weights exactly
 * (largest remainder), in a shuffled order, so every site's columns have predictable sizes.
 */
function columnSequence(
  rng: Random,
  weights: Readonly<Record<NewsColumn, number>>,
  count: number,
): NewsColumn[] {
  const entries = Object.entries(weights) as [NewsColumn, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const shares = entries.map(([column, weight]) => {
    const exact = (weight / total) * count;
    return { column, size: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let missing = count - shares.reduce((sum, share) => sum + share.size, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest)) {
    if (missing <= 0) break;
    share.size += 1;
    missing -= 1;
  }
  const sequence = shares.flatMap(({ column, size }) => Array<NewsColumn>(size).fill(column));
  for (let i = sequence.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [sequence[i], sequence[j]] = [sequence[j] as NewsColumn, sequence[i] as NewsColumn];
  }
  return sequence;
}

function articleUrl(domain: string, column: NewsColumn, lang: string, id: string, at: Date) {
  const { year, month } = beijingDate(at);
  const prefix = lang === 'zh-CN' ? '' : `${lang.toLowerCase()}/`;
  return `https://${domain}/${prefix}article/${column}/${year}${String(month).padStart(2, '0')}/${id}.shtml`;
}

function bodyOf(text: Text, closing: string | null): string {
  return [...text.body, ...(closing ? [closing] : [])].join('\n\n');
}

/**
 * A multilingual story's rows: its Chinese original (`id`), then a translation per other
 * language, each published within the day (never after the reference date).
 */
function extraItems(
  extra: ExtraStory,
  id: string,
  site: RegistryEntry['site'],
  rng: Random,
  options: NewsGenerationOptions,
): SeedNewsItem[] {
  return [...extra.texts].map(([lang, text]) => {
    const original = lang === 'zh-CN';
    const delay = original ? 0 : rng.int(1, 22) * HOUR_MS + rng.int(0, 3599) * 1000;
    const at = new Date(Math.min(extra.instant + delay, options.referenceDate.getTime()));
    const itemId = original ? id : `${id}-${lang.toLowerCase()}`;
    return {
      id: itemId,
      site: site.id,
      column: extra.column,
      lang,
      title: text.title,
      summary: text.summary,
      body: bodyOf(text, null),
      url: articleUrl(site.domain, extra.column, lang, itemId, at),
      publishedAt: at,
      translationOf: original ? null : id,
    };
  });
}

/** The news of every site of `registry`, originals before their translations. */
export function generateNews(
  registry: readonly RegistryEntry[],
  options: NewsGenerationOptions,
): SeedNewsItem[] {
  // Countries (embassies' offices), not the territories of consulates or the EU mission.
  const countries = registry.filter(
    (e) => e.site.kind === 'overseas' && e.place && e.site.names['zh-CN']?.includes('使馆'),
  );
  const provinces = registry.filter((e) => e.site.kind === 'local' && e.place && e.capital);
  const originals: SeedNewsItem[] = [];
  const translations: SeedNewsItem[] = [];

  for (const entry of registry) {
    const { site } = entry;
    const plan = PLANS[site.kind];
    const rng = new Random(streamSeed(options.seed, site.id));
    const templates = templatesFor(entry);
    const english = site.languages.includes('en');
    const instants = Array.from({ length: plan.perSite }, () => publicationInstant(rng, options));
    instants.sort((a, b) => a - b);
    const columns = columnSequence(rng, plan.columns, plan.perSite);
    const titles = new Map<string, number>();
    // The multilingual stories, from a stream of their own: the generated ones stay as they are.
    const extras = extraStories(
      entry,
      streamSeed(options.seed, `${site.id}/multilingual`),
      LANGUAGE_PACKS,
      options,
    );
    const extraRng = new Random(streamSeed(options.seed, `${site.id}/translations`));
    for (const extra of extras) titles.set(extra.texts.get('zh-CN')?.title ?? '', 1);
    // Every story in the order of publication: ids number a site's stories chronologically.
    const slots: (number | ExtraStory)[] = [...instants];
    for (const extra of extras) {
      const at = slots.findIndex(
        (slot) => (typeof slot === 'number' ? slot : slot.instant) > extra.instant,
      );
      slots.splice(at < 0 ? slots.length : at, 0, extra);
    }
    let generated = 0;

    slots.forEach((slot, position) => {
      const id = `${site.id}-${String(position + 1).padStart(4, '0')}`;
      if (typeof slot !== 'number') {
        for (const item of extraItems(slot, id, site, extraRng, options)) {
          (item.translationOf ? translations : originals).push(item);
        }
        return;
      }
      const instant = slot;
      const index = generated;
      generated += 1;
      const date = new Date(instant);
      const local = beijingDate(date);
      const context: StoryContext = {
        rng,
        entry,
        date,
        local,
        period: reportingPeriod(local.year, local.month),
        country: () => {
          const pick = rng.pick(countries);
          return pick.place ?? { zh: '中国', en: 'China' };
        },
        province: () => {
          const pick = rng.pick(provinces);
          const place = pick.place ?? { zh: '北京', en: 'Beijing' };
          return { ...place, capital: pick.capital ?? place };
        },
      };
      // A site does not publish the same headline twice: draw again (a few times at most).
      let story = rng.pick(templates)(context);
      for (let tries = 0; titles.has(story.zh.title) && tries < 12; tries += 1) {
        story = rng.pick(templates)(context);
      }
      const repeats = titles.get(story.zh.title) ?? 0;
      titles.set(story.zh.title, repeats + 1);
      if (repeats > 0) {
        // Small units repeat their routine work (inspections, surveys): number the rounds.
        story = {
          zh: { ...story.zh, title: `${story.zh.title}（第${repeats + 1}批）` },
          en: { ...story.en, title: `${story.en.title} (round ${repeats + 1})` },
        };
      }
      const column = columns[index] ?? 'updates';
      const closing = rng.chance(0.6) ? rng.pick(plan.closings) : null;
      originals.push({
        id,
        site: site.id,
        column,
        lang: 'zh-CN',
        title: story.zh.title,
        summary: story.zh.summary,
        body: bodyOf(story.zh, closing?.zh ?? null),
        url: articleUrl(site.domain, column, 'zh-CN', id, date),
        publishedAt: date,
        translationOf: null,
      });
      if (english && rng.chance(plan.translated)) {
        const delay = rng.int(1, 20) * HOUR_MS + rng.int(0, 3599) * 1000;
        const at = new Date(Math.min(instant + delay, options.referenceDate.getTime()));
        const enId = `${id}-en`;
        translations.push({
          id: enId,
          site: site.id,
          column,
          lang: 'en',
          title: story.en.title,
          summary: story.en.summary,
          body: bodyOf(story.en, closing?.en ?? null),
          url: articleUrl(site.domain, column, 'en', enId, at),
          publishedAt: at,
          translationOf: id,
        });
      }
    });
  }
  return [...originals, ...translations];
}
