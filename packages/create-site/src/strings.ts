/**
 * The page's own text (its title, introduction and section headings) per language, written to
 * `strings/<lang>.json`. Chinese and English are provided; another language starts as a copy
 * of the Chinese text, marked as such (`lang: "zh-CN"`), and the page says it is not yet
 * translated until the unit replaces the text and the mark.
 */
import type { Site } from '@portal-kit/sdk';

/** The contents of `strings/<lang>.json`. */
export interface PageStrings {
  /** The language the texts below are written in; not the file's language for a fallback. */
  lang: string;
  /** The document title (`<title>`). */
  title: string;
  /** One sentence under the page's heading. */
  intro: string;
  /** Heading of the news feed. */
  news: string;
  /** Heading of the policy list. */
  policies: string;
}

const TEXT_FIELDS = ['title', 'intro', 'news', 'policies'] as const;

/** The page's own text in Chinese and English for `site` (names from its record). */
function provided(site: Site): Record<'zh-CN' | 'en', PageStrings> {
  const zh = site.names['zh-CN'] ?? '';
  const en = site.names.en ?? '';
  return {
    'zh-CN': {
      lang: 'zh-CN',
      title: zh,
      intro: `${zh}网站：本单位发布的新闻和政策文件。`,
      news: `${zh}新闻`,
      policies: `${zh}政策文件`,
    },
    en: {
      lang: 'en',
      title: en,
      intro: `The website of the ${en}: the news and policy documents it publishes.`,
      news: 'News',
      policies: 'Policy documents',
    },
  };
}

/**
 * The page strings of every language `site` publishes in: Chinese and English as provided, any
 * other language a copy of the Chinese strings (`lang: "zh-CN"`).
 */
export function pageStrings(site: Site): Record<string, PageStrings> {
  const texts = provided(site);
  const out: Record<string, PageStrings> = {};
  for (const lang of site.languages) {
    out[lang] = lang === 'zh-CN' || lang === 'en' ? texts[lang] : { ...texts['zh-CN'] };
  }
  return out;
}

/** Whether `strings` for a page in `lang` are a fallback (written in another language). */
export function isFallback(strings: PageStrings, lang: string): boolean {
  return strings.lang !== lang;
}

/**
 * Reads the contents of a `strings/<lang>.json` file; throws a `TypeError` naming the file and
 * the field that is missing or not a string.
 */
export function parsePageStrings(value: unknown, file: string): PageStrings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${file} must hold a JSON object.`);
  }
  const record = value as Record<string, unknown>;
  const out: Partial<PageStrings> = {};
  for (const field of ['lang', ...TEXT_FIELDS] as const) {
    const text = record[field];
    if (typeof text !== 'string' || text.trim() === '') {
      throw new TypeError(`${file}: "${field}" must be a non-empty string.`);
    }
    out[field] = text;
  }
  return out as PageStrings;
}
