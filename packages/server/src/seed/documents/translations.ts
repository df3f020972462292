/**
 * Texts of generated documents in other languages: English for the major ones (about 15%), and
 * for a few of those a short text in French, Russian, Arabic, Japanese, Spanish, German or
 * Korean that names the document and says the Chinese text prevails.
 */
import type { DocumentType } from '@portal-kit/sdk';
import type { Random } from '../random.js';
import type { Plan } from './plan.js';
import type { SeedDocumentText } from './types.js';
import { ACTIONS, VOCABULARY } from './vocabulary.js';

const TYPE_EN: Readonly<Record<DocumentType, string>> = {
  resolution: 'Resolution',
  decision: 'Decision',
  order: 'Order',
  communique: 'Communiqué',
  announcement: 'Announcement',
  'public-notice': 'Public Notice',
  opinion: 'Guiding Opinions',
  notice: 'Notice',
  circular: 'Circular',
  report: 'Report',
  request: 'Request for Instructions',
  reply: 'Reply',
  motion: 'Motion',
  letter: 'Letter',
  minutes: 'Minutes',
  bulletin: 'Bulletin',
};

const ORGAN_EN: Readonly<Record<string, string>> = {
  mofcom: 'the Ministry of Commerce',
  moftec: 'the Ministry of Foreign Trade and Economic Cooperation',
  setc: 'the State Economic and Trade Commission',
};

const SMALL_WORDS = new Set([
  'of',
  'and',
  'on',
  'for',
  'in',
  'the',
  'a',
  'an',
  'to',
  'by',
  'along',
  'with',
]);

/** Title case: every word capitalized but the small ones (unless first). */
function capitalized(text: string): string {
  return text.replace(/[A-Za-z][\w-]*/gu, (word: string, offset: number) =>
    offset > 0 && SMALL_WORDS.has(word.toLowerCase())
      ? word.toLowerCase()
      : word.charAt(0).toUpperCase() + word.slice(1),
  );
}

/** The English title, summary and body of a major generated policy. */
export function englishText(plan: Plan, fileNumber: string | null): SeedDocumentText {
  const [, subject] = VOCABULARY[plan.category].subjects[plan.subject] ?? ['', 'commerce'];
  const [, action] = ACTIONS[plan.action] ?? ['', 'improving'];
  const organ = ORGAN_EN[plan.organs[0] as string] ?? 'the Ministry of Commerce';
  const title =
    plan.type === 'order'
      ? capitalized(`Administrative Measures on ${subject}`)
      : `${TYPE_EN[plan.type]} of ${capitalized(organ)} on ${capitalized(`${action} ${subject}`)}`;
  const summary = `${organ.charAt(0).toUpperCase()}${organ.slice(1)} sets out the scope and the requirements of ${action} ${subject}${fileNumber ? ` (${fileNumber})` : ''}.`;
  return {
    title,
    summary,
    body: [
      { kind: 'paragraph', text: summary },
      {
        kind: 'paragraph',
        text: 'This English text is an unofficial translation; the Chinese text prevails.',
      },
    ],
  };
}

/** Per language: the title (`{n}` is the file number, or the English title) and "the Chinese text prevails". */
const OTHER: Readonly<Record<string, readonly [string, string]>> = {
  fr: [
    'Ministère du Commerce — document {n}',
    'Traduction non officielle ; le texte chinois fait foi.',
  ],
  ru: [
    'Министерство коммерции — документ {n}',
    'Неофициальный перевод; преимущественную силу имеет текст на китайском языке.',
  ],
  ar: ['وزارة التجارة — وثيقة {n}', 'ترجمة غير رسمية؛ يعتد بالنص الصيني.'],
  ja: ['商務部の文書（{n}）', '非公式訳です。中国語の原文が優先します。'],
  es: [
    'Ministerio de Comercio — documento {n}',
    'Traducción no oficial; prevalece el texto chino.',
  ],
  de: [
    'Handelsministerium — Dokument {n}',
    'Nichtamtliche Übersetzung; maßgeblich ist der chinesische Text.',
  ],
  ko: ['상무부 문서 ({n})', '비공식 번역이며 중국어 원문이 우선합니다.'],
};
export const OTHER_LANGUAGES = Object.keys(OTHER);

/** A short text in `lang` (one of `OTHER_LANGUAGES`) naming the document. */
export function otherText(
  lang: string,
  english: SeedDocumentText,
  fileNumber: string | null,
): SeedDocumentText {
  const [template, note] = OTHER[lang] ?? ['{n}', ''];
  return {
    title: template.replace('{n}', fileNumber ?? english.title),
    summary: `${note} ${english.summary}`,
    body: [{ kind: 'paragraph', text: note }, ...english.body],
  };
}

/** Which other languages a major document is also published in (none for most). */
export function otherLanguages(rng: Random): string[] {
  if (!rng.chance(0.2)) return [];
  const first = rng.pick(OTHER_LANGUAGES);
  const second = rng.chance(0.3) ? rng.pick(OTHER_LANGUAGES) : first;
  return first === second ? [first] : [first, second];
}
