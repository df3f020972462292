/** Document types, policy categories and publication kinds: ids, lookups, extensibility. */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DOCUMENT_TYPE_IDS,
  DOCUMENT_TYPES,
  documentTypeName,
  documentTypeOf,
  isDocumentType,
  isKnownPolicyCategory,
  isPolicyCategoryId,
  isPublicationKind,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_IDS,
  policyCategoryOf,
  PUBLICATION_KIND_IDS,
  PUBLICATION_KINDS,
} from '../../src/domain/documents.js';
import type {
  DocumentTypeId,
  KnownPolicyCategoryId,
  PolicyCategoryId,
} from '../../src/domain/documents.js';

describe('document types', () => {
  it('are the 15 types of the 2012 regulations, in their order, with stable ids', () => {
    expect(DOCUMENT_TYPES.map((t) => `${t.zh}:${t.id}`)).toEqual([
      '决议:resolution',
      '决定:decision',
      '命令:order',
      '公报:communique',
      '公告:announcement',
      '通告:public-notice',
      '意见:opinion',
      '通知:notice',
      '通报:circular',
      '报告:report',
      '请示:request',
      '批复:reply',
      '议案:motion',
      '函:letter',
      '纪要:minutes',
    ]);
    expect(DOCUMENT_TYPE_IDS).toEqual(DOCUMENT_TYPES.map((t) => t.id));
    expect(new Set(DOCUMENT_TYPE_IDS).size).toBe(15);
    for (const id of DOCUMENT_TYPE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each([
    ['通知', 'notice'],
    ['通报', 'circular'],
    ['通告', 'public-notice'],
    ['命令', 'order'],
    ['令', 'order'],
    ['命令（令）', 'order'],
    ['命令(令)', 'order'],
    [' 纪 要 ', 'minutes'],
    ['\u3000函\u00a0', 'letter'],
  ])('documentTypeOf(%j) is %s', (name, id) => {
    expect(documentTypeOf(name)).toBe(id);
  });

  it.each(['', '通', '通知书', 'notice', '命令（令', '令令', '<script>', null, 3])(
    'documentTypeOf(%j) is undefined',
    (name) => {
      expect(documentTypeOf(name as string)).toBeUndefined();
    },
  );

  it('names every type in Chinese', () => {
    expect(documentTypeName('order')).toBe('命令');
    expect(DOCUMENT_TYPE_IDS.map(documentTypeName).join('')).toBe(
      '决议决定命令公报公告通告意见通知通报报告请示批复议案函纪要',
    );
    for (const t of DOCUMENT_TYPES) expect(documentTypeOf(t.zh)).toBe(t.id);
  });

  it('isDocumentType accepts ids only', () => {
    for (const id of DOCUMENT_TYPE_IDS) expect(isDocumentType(id)).toBe(true);
    for (const value of ['通知', 'Notice', 'bulletin', '', null, undefined, 1, {}]) {
      expect(isDocumentType(value)).toBe(false);
    }
    const value: unknown = 'reply';
    if (isDocumentType(value)) expectTypeOf(value).toEqualTypeOf<DocumentTypeId>();
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const id = documentTypeOf(s);
        expect(id === undefined || isDocumentType(id)).toBe(true);
      }),
    );
  });
});

describe('policy categories', () => {
  it('are the four of the reference data, with stable ids', () => {
    expect(POLICY_CATEGORIES.map((c) => `${c.zh}:${c.id}`)).toEqual([
      '国内贸易:domestic-trade',
      '对外贸易:foreign-trade',
      '利用外资:foreign-investment',
      '国际经济合作:international-cooperation',
    ]);
    expect(POLICY_CATEGORY_IDS).toEqual(POLICY_CATEGORIES.map((c) => c.id));
  });

  it('looks categories up by Chinese name', () => {
    expect(policyCategoryOf('对外贸易')).toBe('foreign-trade');
    expect(policyCategoryOf(' 利用 外资 ')).toBe('foreign-investment');
    expect(policyCategoryOf('外贸')).toBeUndefined();
    expect(policyCategoryOf(undefined as unknown as string)).toBeUndefined();
  });

  it('knows the four and accepts further ids in the same format', () => {
    for (const id of POLICY_CATEGORY_IDS) {
      expect(isKnownPolicyCategory(id)).toBe(true);
      expect(isPolicyCategoryId(id)).toBe(true);
    }
    for (const id of ['e-commerce', 'services', 'trade-remedy', 'wto2', 'a'.repeat(40)]) {
      expect(isPolicyCategoryId(id)).toBe(true);
      expect(isKnownPolicyCategory(id)).toBe(false);
    }
    for (const id of ['', 'Foreign-Trade', '-x', 'x-', 'x--y', '2x', 'a b', 'a'.repeat(41), 1]) {
      expect(isPolicyCategoryId(id)).toBe(false);
      expect(isKnownPolicyCategory(id)).toBe(false);
    }
  });

  it('is an open union with completion for the known ids', () => {
    expectTypeOf<KnownPolicyCategoryId>().toEqualTypeOf<
      'domestic-trade' | 'foreign-trade' | 'foreign-investment' | 'international-cooperation'
    >();
    const custom: PolicyCategoryId = 'e-commerce';
    const known: PolicyCategoryId = 'foreign-trade';
    expect([custom, known]).toHaveLength(2);
  });
});

describe('publication kinds', () => {
  it('are 部令, 公告 and 文告, mapped to document types where they are one', () => {
    expect(PUBLICATION_KINDS.map((k) => [k.zh, k.id, k.documentType])).toEqual([
      ['部令', 'order', 'order'],
      ['公告', 'announcement', 'announcement'],
      ['文告', 'bulletin', null],
    ]);
    expect(PUBLICATION_KIND_IDS).toEqual(['order', 'announcement', 'bulletin']);
    for (const k of PUBLICATION_KINDS) {
      if (k.documentType) expect(isDocumentType(k.documentType)).toBe(true);
    }
    expect(isPublicationKind('bulletin')).toBe(true);
    expect(isPublicationKind('notice')).toBe(false);
    expect(isPublicationKind(null)).toBe(false);
  });
});
