/**
 * The `domain` namespace names exactly the terms `@portal-kit/sdk` defines: one string per
 * document type, known policy category and publication kind id, in every language.
 */
import { describe, expect, it } from 'vitest';
// The SDK's source (the "source" export condition): this package's tests run without its build.
import {
  DOCUMENT_TYPE_IDS,
  POLICY_CATEGORY_IDS,
  PORTAL_LANGUAGES,
  PUBLICATION_KIND_IDS,
  DOCUMENT_VALIDITIES,
} from '@portal-kit/sdk';
import { getFixedT, loadNamespace } from '../../i18n.js';
import { LANGUAGE_CODES } from '../../languages.js';
import en from './en.js';
import { domainNamespace } from './index.js';

describe('the domain namespace', () => {
  it('has a key for every id of the SDK, and no other', () => {
    expect(Object.keys(en.documentTypes)).toEqual([...DOCUMENT_TYPE_IDS]);
    expect(Object.keys(en.policyCategories)).toEqual([...POLICY_CATEGORY_IDS]);
    expect(Object.keys(en.publicationKinds)).toEqual([...PUBLICATION_KIND_IDS]);
    expect(Object.keys(en.validity)).toEqual([...DOCUMENT_VALIDITIES]);
  });

  it('ships every language of the portal, the same list the SDK validates sites with', () => {
    expect(Object.keys(domainNamespace.loaders)).toEqual([...LANGUAGE_CODES]);
    expect([...PORTAL_LANGUAGES]).toEqual([...LANGUAGE_CODES]);
  });

  it('gives the official Chinese names and distinct names per language', async () => {
    const zh = (await domainNamespace.loaders['zh-CN']!()).default as typeof en;
    expect(Object.values(zh.documentTypes).join(' ')).toBe(
      '决议 决定 命令（令） 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要',
    );
    expect(Object.values(zh.policyCategories)).toEqual([
      '国内贸易',
      '对外贸易',
      '利用外资',
      '国际经济合作',
    ]);
    for (const lang of LANGUAGE_CODES) {
      const strings = (await domainNamespace.loaders[lang]!()).default as typeof en;
      const types = Object.values(strings.documentTypes);
      expect(new Set(types).size, `${lang} document types`).toBe(15);
    }
  });

  it('translates through the shared instance', async () => {
    await loadNamespace('fr', domainNamespace.name);
    await loadNamespace('zh-CN', domainNamespace.name);
    expect(getFixedT('fr', domainNamespace.name)('documentTypes.notice')).toBe('Circulaire');
    expect(getFixedT('zh-CN', domainNamespace.name)('documentTypes.order')).toBe('命令（令）');
    expect(getFixedT('zh-CN', domainNamespace.name)('policyCategories.foreign-trade')).toBe(
      '对外贸易',
    );
  });
});
