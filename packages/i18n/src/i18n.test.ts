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
import { commonNamespace } from './locales/common/index.js';
import type { CommonStrings } from './locales/common/index.js';
import { newsFeedNamespace } from './locales/news-feed/index.js';
import type { NewsFeedStrings } from './locales/news-feed/index.js';
import type { TranslationKey } from './namespace.js';

const NS = newsFeedNamespace.name;
const CNS = commonNamespace.name;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lazy loading', () => {
  it('downloads only the asked language, once, however many callers ask at the same time', async () => {
    const spies = LANGUAGE_CODES.map((code) => vi.spyOn(commonNamespace.loaders, code));
    const fr = spies[LANGUAGE_CODES.indexOf('fr')];

    expect(isNamespaceLoaded('fr', CNS)).toBe(false);
    await Promise.all([
      loadNamespace('fr', CNS),
      loadNamespace('fr', CNS),
      loadNamespace('fr', CNS),
    ]);
    await loadNamespace('fr', CNS);

    expect(fr).toHaveBeenCalledTimes(1);
    const others = spies.filter((spy) => spy !== fr);
    for (const spy of others) expect(spy).not.toHaveBeenCalled();
    expect(isNamespaceLoaded('fr', CNS)).toBe(true);
    expect(i18n.hasResourceBundle('en', CNS)).toBe(false);
    expect(getFixedT('fr', CNS)('retry')).toBe('Réessayer');
  });

  it('shares one promise between concurrent callers', () => {
    expect(loadNamespace('de', CNS)).toBe(loadNamespace('de', CNS));
  });

  it('never switches the instance language: two languages are served side by side', async () => {
    const before = i18n.language;
    await Promise.all([loadNamespace('ja', CNS), loadNamespace('ko', CNS)]);
    expect(getFixedT('ja', CNS)('retry')).toBe('再試行');
    expect(getFixedT('ko', CNS)('retry')).toBe('다시 시도');
    expect(i18n.language).toBe(before);
  });

  it('loads the fallback languages for a language the kit does not ship', async () => {
    const en = vi.spyOn(commonNamespace.loaders, 'en');
    const zh = vi.spyOn(commonNamespace.loaders, 'zh-CN');
    registerStrings('sw', CNS, { retry: 'Jaribu tena' });
    await loadNamespace('sw', CNS);
    expect(en).toHaveBeenCalledTimes(1);
    expect(zh).toHaveBeenCalledTimes(1);
    const t = getFixedT('sw', CNS);
    expect(t('retry')).toBe('Jaribu tena');
    expect(t('stale')).toBe("Showing saved content; couldn't refresh.");
  });

  it('lets a failed load be tried again', async () => {
    const failing = vi
      .spyOn(commonNamespace.loaders, 'it')
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await expect(loadNamespace('it', CNS)).rejects.toThrow('Failed to fetch');
    expect(isNamespaceLoaded('it', CNS)).toBe(false);
    await loadNamespace('it', CNS);
    expect(failing).toHaveBeenCalledTimes(2);
    expect(getFixedT('it', CNS)('retry')).toBe('Riprova');
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
    ['en', 1, '1 more item loaded.'],
    ['en', 0, '0 more items loaded.'],
    ['en', 5, '5 more items loaded.'],
    ['zh-CN', 1, '又加载了 1 条。'],
    ['zh-CN', 21, '又加载了 21 条。'],
    ['ru', 1, 'Загружен ещё 1 элемент.'],
    ['ru', 3, 'Загружены ещё 3 элемента.'],
    ['ru', 5, 'Загружено ещё 5 элементов.'],
    ['ru', 21, 'Загружен ещё 21 элемент.'],
    ['ru', 1.5, 'Загружено ещё 1.5 элемента.'],
    ['ar', 0, 'لم يُحمَّل أي عنصر إضافي.'],
    ['ar', 1, 'تم تحميل عنصر إضافي واحد.'],
    ['ar', 2, 'تم تحميل عنصرين إضافيين.'],
    ['ar', 3, 'تم تحميل 3 عناصر إضافية.'],
    ['ar', 11, 'تم تحميل 11 عنصرًا إضافيًا.'],
    ['ar', 100, 'تم تحميل 100 عنصر إضافي.'],
  ] as const)('%s, count %d', async (lang, count, expected) => {
    await loadNamespace(lang, CNS);
    expect(getFixedT(lang, CNS)('loadedMore', { count })).toBe(expected);
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
    expect(getFixedT('es', NS)('empty')).toBe('No hay noticias que mostrar.');

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
      | 'empty'
      | 'notConfigured'
    >();
    expectTypeOf<TranslationKey<CommonStrings>>().toEqualTypeOf<
      | 'loading'
      | 'loadingMore'
      | 'more'
      | 'empty'
      | 'notConfigured'
      | 'error'
      | 'errorMore'
      | 'reasons.network'
      | 'reasons.crossOrigin'
      | 'reasons.unreachable'
      | 'reasons.timeout'
      | 'reasons.server'
      | 'reasons.refused'
      | 'reasons.config'
      | 'reasons.unknown'
      | 'retry'
      | 'stale'
      | 'offline'
      | 'loadedMore'
    >();
    expect(commonNamespace.name).toBe('common');
    expect(newsFeedNamespace.name).toBe('news-feed');
  });
});
