/**
 * The pseudo-locale: the transformation (accents, length, brackets, intact tokens, HTML safety)
 * and `en-XA` at runtime (accepted only when enabled, strings derived lazily from English).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getFixedT, isNamespaceLoaded, loadNamespace, registerStrings } from './i18n.js';
import {
  dirOf,
  intlLocaleOf,
  commonNamespace,
  newsFeedNamespace,
  resolveLanguage,
  resolveUiLanguage,
} from './index.js';
import { defineNamespace, getLoader } from './namespace.js';
import {
  PSEUDO_LANGUAGE,
  disablePseudoLocale,
  enablePseudoLocale,
  isPseudoLocalized,
  pseudoLocalize,
  pseudoLocalizeResources,
} from './pseudo.js';

describe('pseudoLocalize', () => {
  it.each([
    ['News', '[Ñéŵš~~]'],
    ['Retry', '[Ŕéţŕý~~]'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(pseudoLocalize(input)).toBe(output);
  });

  it.each([
    'News',
    'More news',
    "The news couldn't be loaded.",
    'The news server had a problem (error {{status}}).',
    '{{count}} news items loaded.',
    'x',
  ])('makes %j bracketed, accented and at least 40%% longer', (input) => {
    const out = pseudoLocalize(input);
    expect(out.startsWith('[') && out.endsWith(']')).toBe(true);
    expect(isPseudoLocalized(out)).toBe(true);
    expect(isPseudoLocalized(input)).toBe(false);
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil(input.length * 1.4));
    // No ASCII letter survives outside the placeholders.
    expect(out.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/[a-z]/i);
  });

  it.each([
    ['{{name}}'],
    ['{{- name}}'],
    ['{{value, number}}'],
    ['{{date, datetime(dateStyle: long)}}'],
    ['$t(columns.headlines)'],
    ['$t(loaded, { "count": {{count}} })'],
    ['<strong>'],
    ['&amp;'],
    ['&#x2F;'],
  ])('keeps %s intact', (token) => {
    expect(pseudoLocalize(`Hello ${token} world`)).toContain(token);
  });

  it('adds no markup or quotes (HTML-safe) and keeps existing ones unchanged', () => {
    const plain = 'Read the terms and conditions now';
    expect(pseudoLocalize(plain)).not.toMatch(/[<>&"']/);
    expect(pseudoLocalize('Tom & <b>Jerry</b>')).toBe('[Ţóɱ & <b>Ĵéŕŕý</b>~~~~~~~~]');
  });

  it('keeps the keys of nested resources and transforms every leaf', () => {
    const out = pseudoLocalizeResources({ a: 'One', b: { c: 'Two {{n}}', d_one: 'x' } });
    expect(out).toEqual({ a: '[Öñé~~]', b: { c: '[Ţŵó {{n}}~~~~]', d_one: '[ẋ~]' } });
  });
});

describe('en-XA at runtime', () => {
  afterEach(() => disablePseudoLocale());

  it('is accepted only while enabled, and is never one of the 19 languages', () => {
    expect(resolveUiLanguage('en-XA')).toBe('en');
    expect(getLoader(PSEUDO_LANGUAGE, 'news-feed')).toBeUndefined();
    enablePseudoLocale();
    expect(resolveUiLanguage('en-XA')).toBe('en-XA');
    expect(resolveUiLanguage('EN_xa')).toBe('en-XA');
    expect(resolveUiLanguage('fr')).toBe('fr');
    // Content, Intl and direction keep the real language.
    expect(resolveLanguage('en-XA')).toBe('en');
    expect(intlLocaleOf('en-XA')).toBe('en');
    expect(dirOf('en-XA')).toBe('ltr');
    disablePseudoLocale();
    expect(resolveUiLanguage('en-XA')).toBe('en');
  });

  it('derives every namespace lazily from English, plurals and interpolation included', async () => {
    enablePseudoLocale();
    expect(isNamespaceLoaded(PSEUDO_LANGUAGE, newsFeedNamespace.name)).toBe(false);
    await loadNamespace(PSEUDO_LANGUAGE, newsFeedNamespace.name);
    const t = getFixedT(PSEUDO_LANGUAGE, newsFeedNamespace.name);
    expect(t('heading')).toBe(pseudoLocalize('News'));
    expect(t('empty')).toBe(pseudoLocalize('No news to show.'));
    await loadNamespace(PSEUDO_LANGUAGE, commonNamespace.name);
    const common = getFixedT(PSEUDO_LANGUAGE, commonNamespace.name);
    expect(common('loadedMore', { count: 1 })).toBe(
      pseudoLocalize('{{count}} more item loaded.').replace('{{count}}', '1'),
    );
    expect(common('loadedMore', { count: 3 })).toMatch(/^\[3 ɱóŕé íţéɱš/);
    expect(common('reasons.server', { status: 503 })).toMatch(/^\[.*503.*\]$/);
  });

  it('covers namespaces defined after enabling and strings registered for English', async () => {
    enablePseudoLocale();
    defineNamespace('pseudo-late', { en: () => Promise.resolve({ default: { hello: 'Hello' } }) });
    registerStrings('en', 'pseudo-late', { extra: 'Extra' });
    await loadNamespace(PSEUDO_LANGUAGE, 'pseudo-late');
    const t = getFixedT(PSEUDO_LANGUAGE, 'pseudo-late');
    expect(t('hello')).toBe('[Ĥéļļó~~]');
    expect(t('extra')).toBe('[Éẋţŕá~~]');
  });
});
