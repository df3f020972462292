import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_CODES,
  dirOf,
  getLanguage,
  isLanguageCode,
  resolveLanguage,
} from './languages.js';

describe('language table', () => {
  it('holds the 19 portal languages, Chinese first, codes unique', () => {
    expect(LANGUAGES).toHaveLength(19);
    expect(LANGUAGES.map((l) => l.code)).toEqual([...LANGUAGE_CODES]);
    expect(new Set(LANGUAGE_CODES).size).toBe(19);
    expect(LANGUAGES[0]?.code).toBe('zh-CN');
    expect(DEFAULT_LANGUAGE).toBe('zh-CN');
  });

  it('gives every language a native name and an Intl locale Intl supports', () => {
    for (const language of LANGUAGES) {
      expect(language.name.length, language.code).toBeGreaterThan(0);
      expect(Intl.DateTimeFormat.supportedLocalesOf([language.intl]), language.code).toEqual([
        language.intl,
      ]);
    }
  });

  it('writes Arabic and Persian right to left, every other language left to right', () => {
    const rtl = LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code);
    expect(rtl).toEqual(['ar', 'fa']);
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fa-IR')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(dirOf('zh-CN')).toBe('ltr');
  });

  it('finds a language by exact code, case-insensitively', () => {
    expect(getLanguage('zh-cn')?.name).toBe('简体中文');
    expect(getLanguage('AR')?.name).toBe('العربية');
    expect(getLanguage('en-GB')).toBeUndefined();
    expect(isLanguageCode('kk')).toBe(true);
    expect(isLanguageCode('sw')).toBe(false);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt'],
    ['ar-EG', 'ar'],
    ['fa-IR', 'fa'],
    ['kk-Cyrl-KZ', 'kk'],
    ['mn-Cyrl', 'mn'],
    ['in', 'id'],
    [' ja ', 'ja'],
    ['sw', 'zh-CN'],
    ['x-klingon', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [undefined, 'zh-CN'],
  ] as const)('%s → %s', (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it('maps every code of the table to itself', () => {
    for (const code of LANGUAGE_CODES) expect(resolveLanguage(code)).toBe(code);
  });
});
