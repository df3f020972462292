import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  FALLBACK_LANGUAGES,
  getFixedT,
  i18n,
  isNamespaceLoaded,
  loadNamespace,
  onResourcesChange,
  registerStrings,
} from './i18n.js';
import { LANGUAGE_CODES } from './languages.js';
import { newsFeedNamespace } from './locales/news-feed/index.js';
import type { NewsFeedStrings } from './locales/news-feed/index.js';
import type { TranslationKey } from './namespace.js';

const NS = newsFeedNamespace.name;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lazy loading', () => {
  it('downloads only the asked language, once, however many callers ask at the same time', async () => {
    const spies = LANGUAGE_CODES.map((code) => vi.spyOn(newsFeedNamespace.loaders, code));
    const fr = spies[LANGUAGE_CODES.indexOf('fr')];

    expect(isNamespaceLoaded('fr', NS)).toBe(false);
    await Promise.all([loadNamespace('fr', NS), loadNamespace('fr', NS), loadNamespace('fr', NS)]);
    await loadNamespace('fr', NS);

    expect(fr).toHaveBeenCalledTimes(1);
    const others = spies.filter((spy) => spy !== fr);
    for (const spy of others) expect(spy).not.toHaveBeenCalled();
    expect(isNamespaceLoaded('fr', NS)).toBe(true);
    expect(i18n.hasResourceBundle('en', NS)).toBe(false);
    expect(getFixedT('fr', NS)('retry')).toBe('Réessayer');
  });

  it('shares one promise between concurrent callers', () => {
    expect(loadNamespace('de', NS)).toBe(loadNamespace('de', NS));
  });

  it('never switches the instance language: two languages are served side by side', async () => {
    const before = i18n.language;
    await Promise.all([loadNamespace('ja', NS), loadNamespace('ko', NS)]);
    expect(getFixedT('ja', NS)('retry')).toBe('再試行');
    expect(getFixedT('ko', NS)('retry')).toBe('다시 시도');
    expect(i18n.language).toBe(before);
  });

  it('loads the fallback languages for a language the kit does not ship', async () => {
    const en = vi.spyOn(newsFeedNamespace.loaders, 'en');
    const zh = vi.spyOn(newsFeedNamespace.loaders, 'zh-CN');
    registerStrings('sw', NS, { heading: 'Habari' });
    await loadNamespace('sw', NS);
    expect(en).toHaveBeenCalledTimes(1);
    expect(zh).toHaveBeenCalledTimes(1);
    const t = getFixedT('sw', NS);
    expect(t('heading')).toBe('Habari');
    expect(t('retry')).toBe('Retry');
  });

  it('lets a failed load be tried again', async () => {
    const failing = vi
      .spyOn(newsFeedNamespace.loaders, 'it')
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await expect(loadNamespace('it', NS)).rejects.toThrow('Failed to fetch');
    expect(isNamespaceLoaded('it', NS)).toBe(false);
    await loadNamespace('it', NS);
    expect(failing).toHaveBeenCalledTimes(2);
    expect(getFixedT('it', NS)('retry')).toBe('Riprova');
  });
});

describe('fallback chain', () => {
  it('is English, then Simplified Chinese', () => {
    expect(FALLBACK_LANGUAGES).toEqual(['en', 'zh-CN']);
  });

  it('answers a key missing in a language from English, then from Chinese', () => {
    registerStrings('zh-CN', 'demo-fallback', { a: '甲', b: '乙', c: '丙' });
    registerStrings('en', 'demo-fallback', { a: 'A', b: 'B' });
    registerStrings('fr', 'demo-fallback', { a: 'À' });
    const t = getFixedT('fr', 'demo-fallback');
    expect(t('a')).toBe('À');
    expect(t('b')).toBe('B');
    expect(t('c')).toBe('丙');
    expect(getFixedT('en', 'demo-fallback')('c')).toBe('丙');
  });
});

describe('plurals (Intl.PluralRules)', () => {
  it.each([
    ['en', 1, '1 news item loaded.'],
    ['en', 0, '0 news items loaded.'],
    ['en', 5, '5 news items loaded.'],
    ['zh-CN', 1, '已加载 1 条新闻。'],
    ['zh-CN', 21, '已加载 21 条新闻。'],
    ['ru', 1, 'Загружена 1 новость.'],
    ['ru', 3, 'Загружены 3 новости.'],
    ['ru', 5, 'Загружено 5 новостей.'],
    ['ru', 21, 'Загружена 21 новость.'],
    ['ru', 1.5, 'Загружено 1.5 новости.'],
    ['ar', 0, 'لم يُحمَّل أي خبر.'],
    ['ar', 1, 'تم تحميل خبر واحد.'],
    ['ar', 2, 'تم تحميل خبرين.'],
    ['ar', 3, 'تم تحميل 3 أخبار.'],
    ['ar', 11, 'تم تحميل 11 خبرًا.'],
    ['ar', 100, 'تم تحميل 100 خبر.'],
  ] as const)('%s, count %d', async (lang, count, expected) => {
    await loadNamespace(lang, NS);
    expect(getFixedT(lang, NS)('loaded', { count })).toBe(expected);
  });
});

describe('interpolation', () => {
  it('HTML-escapes interpolated values by default', () => {
    registerStrings('en', 'demo-escape', { greet: 'Hello {{name}}' });
    const t = getFixedT('en', 'demo-escape');
    expect(t('greet', { name: '<img src=x onerror=alert(1)>&' })).toBe(
      'Hello &lt;img src=x onerror=alert(1)&gt;&amp;',
    );
  });
});

describe('registerStrings', () => {
  it('overrides the kit strings whether registered before or after they load', async () => {
    registerStrings('es', NS, { heading: 'Noticias de la oficina' });
    await loadNamespace('es', NS);
    expect(getFixedT('es', NS)('heading')).toBe('Noticias de la oficina');
    expect(getFixedT('es', NS)('retry')).toBe('Reintentar');

    await loadNamespace('pt', NS);
    registerStrings('pt', NS, { columns: { headlines: 'Manchetes' } });
    expect(getFixedT('pt', NS)('columns.headlines')).toBe('Manchetes');
    expect(getFixedT('pt', NS)('columns.updates')).toBe('Atualidades');
  });

  it('tells subscribers, who can unsubscribe', () => {
    const seen: string[] = [];
    const off = onResourcesChange((lang, ns) => seen.push(`${lang}|${ns}`));
    registerStrings('vi', 'demo-listen', { a: 'a' });
    off();
    registerStrings('vi', 'demo-listen', { a: 'b' });
    expect(seen).toEqual(['vi|demo-listen']);
  });
});

describe('typed keys', () => {
  it('derives the key union from the English strings, plurals folded', () => {
    expectTypeOf<TranslationKey<NewsFeedStrings>>().toEqualTypeOf<
      | 'heading'
      | 'columns.headlines'
      | 'columns.updates'
      | 'columns.briefs'
      | 'more'
      | 'loadingMore'
      | 'loading'
      | 'empty'
      | 'error'
      | 'errorMore'
      | 'notConfigured'
      | 'reasons.network'
      | 'reasons.timeout'
      | 'reasons.server'
      | 'reasons.refused'
      | 'reasons.config'
      | 'reasons.unknown'
      | 'retry'
      | 'stale'
      | 'loaded'
      | 'loadedMore'
      | 'publishedOn'
    >();
    expect(newsFeedNamespace.name).toBe('news-feed');
  });
});
