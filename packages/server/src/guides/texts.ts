/**
 * Language fallback of the guides' texts: each node, item or guide is answered in the
 * language asked for when it has a text in it (or in that language's base: `en` for `en-GB`),
 * else in Chinese; the answer's `lang` says which.
 */

import type { ServiceMaterial, ServiceStep } from '@portal-kit/sdk';

/** A service item's texts in one language, as stored in `services.texts`. */
export interface StoredServiceTexts {
  name: string;
  legalBasis: string[];
  conditions: string[];
  materials: ServiceMaterial[];
  steps: ServiceStep[];
  fees: string;
  where: string;
  when: string;
  faq: { question: string; answer: string }[];
  withdrawnNote: string | null;
}

/** The language every text exists in. */
export const FALLBACK_LANG = 'zh-CN';

/** A jsonb column: an object, or its text where a driver does not parse it. */
export type Json<T> = T | string;

export function parseJson<T>(value: Json<T>): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** The text in `lang`, its base language, or Chinese, with the language used. */
export function textIn<T>(texts: Json<Record<string, T>>, lang: string): { lang: string; text: T } {
  const map = parseJson(texts);
  const base = lang.split('-')[0] ?? lang;
  for (const candidate of [lang, base, FALLBACK_LANG]) {
    const text = Object.hasOwn(map, candidate) ? map[candidate] : undefined;
    if (text !== undefined) return { lang: candidate, text };
  }
  throw new Error(`a guides text has no ${FALLBACK_LANG} version`);
}
