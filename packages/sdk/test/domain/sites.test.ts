/**
 * The naming conventions of the site group: `validateSite` accepts a valid site of every kind,
 * reports every broken rule with its field (all of them at once), never throws on any input,
 * and refuses markup; the helpers build localized URLs and mastheads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/api/types.js';
import { SITE_ID_PATTERN } from '../../src/api/openapi.js';
import {
  assertValidSite,
  ICP_PATTERN,
  InvalidSiteError,
  isInvalidSiteError,
  isOverseasSiteId,
  isPortalLanguage,
  isValidSite,
  LOCAL_UNITS,
  localizedUrl,
  MINISTRY_NAMES,
  PORTAL_LANGUAGES,
  PUBLIC_SECURITY_PATTERN,
  SITE_CODE_PATTERN,
  siteMasthead,
  validateSite,
} from '../../src/domain/sites.js';
import type { SiteViolation } from '../../src/domain/sites.js';

const footer = {
  icp: '京ICP备05004093号-1',
  publicSecurity: '京公网安备 11040102700068号',
};
const ministry = { 'zh-CN': MINISTRY_NAMES['zh-CN'], en: MINISTRY_NAMES.en };
const path = { kind: 'path', template: '/{lang}/' } as const;

const main: Site = {
  id: 'main',
  kind: 'main',
  names: { ...MINISTRY_NAMES },
  domain: 'www.mofcom.gov.cn',
  parent: null,
  languages: [...PORTAL_LANGUAGES],
  urlPattern: path,
  organizer: { ...MINISTRY_NAMES },
  siteCode: 'bm30000012',
  ...footer,
  contact: { phone: '12335', address: '北京市东城区东长安街2号' },
};
const wms: Site = {
  id: 'wms',
  kind: 'department',
  names: { 'zh-CN': '对外贸易司', en: 'Department of Foreign Trade' },
  domain: 'wms.mofcom.gov.cn',
  parent: 'main',
  languages: ['zh-CN', 'en'],
  urlPattern: path,
  organizer: ministry,
  siteCode: 'bm30000111',
  ...footer,
  contact: { phone: '010-65197114' },
};
const tianjintb: Site = {
  id: 'tianjintb',
  kind: 'commissioner',
  names: { 'zh-CN': '驻天津特派员办事处', en: 'Office of the Special Commissioner in Tianjin' },
  domain: 'tianjintb.mofcom.gov.cn',
  parent: 'main',
  languages: ['zh-CN'],
  urlPattern: path,
  organizer: ministry,
  siteCode: 'bm30000201',
  ...footer,
  contact: { email: 'tianjintb@mofcom.gov.cn' },
};
const fr: Site = {
  id: 'fr',
  kind: 'overseas',
  names: {
    'zh-CN': '驻法国使馆经商处',
    en: 'Economic and Commercial Office of the Embassy in France',
    fr: "Bureau économique et commercial de l'ambassade de Chine (France)",
  },
  domain: 'fr.mofcom.gov.cn',
  parent: 'main',
  languages: ['zh-CN', 'en', 'fr'],
  urlPattern: { kind: 'subdomain', template: '{lang}.fr.mofcom.gov.cn' },
  organizer: ministry,
  siteCode: 'bm30001100',
  ...footer,
  contact: { email: 'fr@mofcom.gov.cn' },
};
const guangdong: Site = {
  id: 'guangdong',
  kind: 'local',
  names: { 'zh-CN': '广东省商务之窗', en: 'Guangdong Commerce Window' },
  domain: 'guangdong.mofcom.gov.cn',
  parent: 'main',
  languages: ['zh-CN'],
  urlPattern: { kind: 'query', template: '?lang={lang}' },
  organizer: { 'zh-CN': '广东省商务厅', en: 'Department of Commerce of Guangdong' },
  siteCode: '4400000100',
  icp: '粤ICP备2021012345号',
  publicSecurity: '粤公网安备44010402000001号',
  contact: { phone: '12345' },
};
const VALID = [main, wms, tianjintb, fr, guangdong];

/** `field code` of each violation, for compact assertions. */
const codes = (violations: readonly SiteViolation[]) =>
  violations.map((v) => `${v.field} ${v.code}`);
const check = (site: unknown, options?: Parameters<typeof validateSite>[1]) =>
  codes(validateSite(site, options));

describe('validateSite: valid sites', () => {
  it.each(VALID.map((s) => [s.kind, s] as const))('accepts a valid %s site', (_kind, site) => {
    expect(validateSite(site)).toEqual([]);
    expect(validateSite(site, { sites: VALID })).toEqual([]);
    expect(isValidSite(site)).toBe(true);
    expect(() => assertValidSite(site)).not.toThrow();
  });

  it.each([
    ['an EU mission', { ...fr, id: 'eu', domain: 'eu.mofcom.gov.cn' }],
    [
      'a consulate office',
      {
        ...fr,
        names: {
          ...fr.names,
          'zh-CN': '驻帕皮提总领馆经商室',
          en: 'Economic and Commercial Office of the Consulate General in Papeete',
        },
      },
    ],
    [
      'an office in 刚果（布）',
      { ...fr, names: { ...fr.names, 'zh-CN': '驻刚果（布）使馆经商处' } },
    ],
    ['a municipality', { ...guangdong, organizer: { 'zh-CN': '北京市商务局' } }],
    ['a local site with a ministry code', { ...guangdong, siteCode: 'bm30000300' }],
    ['a contact with only an address', { ...wms, contact: { address: '北京市东长安街2号' } }],
    ['a path with segments', { ...wms, urlPattern: { kind: 'path', template: '/site/{lang}' } }],
    ['a public-security number with 黔', { ...wms, publicSecurity: '黔公网安备 52010202000001号' }],
    ['Persian text with a ZWNJ', { ...fr, names: { ...fr.names, fa: 'می\u200cخواهم' } }],
    ['a default language other than zh-CN', { ...fr, languages: ['fr', 'zh-CN', 'en'] }],
  ])('accepts %s', (_what, site) => {
    expect(check(site)).toEqual([]);
  });

  it('accepts another root domain when told', () => {
    const site = { ...wms, domain: 'wms.example.gov.cn' };
    expect(check(site)).toEqual(['domain invalid-domain']);
    expect(check(site, { root: 'example.gov.cn' })).toEqual([]);
    expect(check({ ...main, domain: 'www.example.gov.cn' }, { root: 'example.gov.cn' })).toEqual(
      [],
    );
  });
});

describe('validateSite: every rule, with its field', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    // id, kind, domain
    ['a main site not called main', { ...main, id: 'home' }, ['id invalid-id']],
    ['an id in capitals', { ...wms, id: 'WMS' }, ['id invalid-id']],
    [
      'a department id with digits',
      { ...wms, id: 'wms2', domain: 'wms2.mofcom.gov.cn' },
      ['id invalid-id', 'domain invalid-domain'],
    ],
    [
      'a commissioner id without tb',
      { ...tianjintb, id: 'tianjin', domain: 'tianjin.mofcom.gov.cn' },
      ['id invalid-id', 'domain invalid-domain'],
    ],
    [
      'an overseas id that is no country',
      { ...fr, id: 'xx', domain: 'xx.mofcom.gov.cn' },
      ['id invalid-id', 'domain invalid-domain'],
    ],
    [
      'an overseas office in China',
      { ...fr, id: 'hk', domain: 'hk.mofcom.gov.cn' },
      ['id invalid-id', 'domain invalid-domain'],
    ],
    [
      'a local id that is no province',
      { ...guangdong, id: 'shenzhen', domain: 'shenzhen.mofcom.gov.cn' },
      ['id invalid-id', 'domain invalid-domain'],
    ],
    ['an unknown kind', { ...wms, kind: 'bureau' }, ['kind invalid-kind']],
    ['a kind of the wrong type', { ...wms, kind: 3 }, ['kind wrong-type']],
    ['a missing kind', { ...wms, kind: undefined }, ['kind missing']],
    ['a main site elsewhere', { ...main, domain: 'mofcom.gov.cn' }, ['domain invalid-domain']],
    [
      'a domain of another site',
      { ...wms, domain: 'fms.mofcom.gov.cn' },
      ['domain domain-mismatch'],
    ],
    [
      'a domain under another root',
      { ...wms, domain: 'wms.mofcom.gov.com' },
      ['domain invalid-domain'],
    ],
    ['a domain in capitals', { ...wms, domain: 'WMS.mofcom.gov.cn' }, ['domain invalid-domain']],
    ['a missing domain', { ...wms, domain: undefined }, ['domain missing']],
    // names
    ['no names', { ...wms, names: undefined }, ['names missing']],
    ['names as a string', { ...wms, names: '对外贸易司' }, ['names wrong-type']],
    ['no English name', { ...wms, names: { 'zh-CN': '对外贸易司' } }, ['names.en missing']],
    [
      'no name in a language offered',
      { ...fr, names: { ...fr.names, fr: undefined } },
      ['names.fr missing'],
    ],
    [
      'a name in an unknown language',
      { ...wms, names: { ...wms.names, xx: 'X' } },
      ['names.xx invalid-language'],
    ],
    [
      'a name with the ministry',
      { ...wms, names: { ...wms.names, 'zh-CN': '商务部对外贸易司' } },
      ['names.zh-CN invalid-name'],
    ],
    [
      'an English name with the ministry',
      { ...wms, names: { ...wms.names, en: 'Ministry of Commerce Department of Foreign Trade' } },
      ['names.en invalid-name'],
    ],
    [
      'a department name of no unit',
      { ...wms, names: { ...wms.names, 'zh-CN': '对外贸易' } },
      ['names.zh-CN invalid-name'],
    ],
    [
      'a commissioner name in the old form',
      { ...tianjintb, names: { ...tianjintb.names, 'zh-CN': '商务部驻天津特派员办事处' } },
      ['names.zh-CN invalid-name'],
    ],
    [
      'a commissioner name in English of no pattern',
      { ...tianjintb, names: { ...tianjintb.names, en: 'Tianjin Office' } },
      ['names.en invalid-name'],
    ],
    [
      'an overseas name of no pattern',
      { ...fr, names: { ...fr.names, 'zh-CN': '法国经商处' } },
      ['names.zh-CN invalid-name'],
    ],
    [
      'an overseas English name of no pattern',
      { ...fr, names: { ...fr.names, en: 'Embassy of China in France' } },
      ['names.en invalid-name'],
    ],
    [
      'a local name of no pattern',
      { ...guangdong, names: { ...guangdong.names, 'zh-CN': '广东商务' } },
      ['names.zh-CN invalid-name'],
    ],
    [
      'a local English name of no pattern',
      { ...guangdong, names: { ...guangdong.names, en: 'Guangdong' } },
      ['names.en invalid-name'],
    ],
    [
      'a main site with another name',
      { ...main, names: { ...main.names, fr: 'Ministère' } },
      ['names.fr invalid-name'],
    ],
    [
      'a name of the wrong type',
      { ...wms, names: { ...wms.names, en: 42 } },
      ['names.en wrong-type'],
    ],
    ['an empty name', { ...wms, names: { ...wms.names, en: '' } }, ['names.en blank-text']],
    [
      'a padded name',
      { ...wms, names: { ...wms.names, en: ' Department of Foreign Trade' } },
      ['names.en blank-text'],
    ],
    // languages
    ['no languages', { ...wms, languages: [] }, ['languages missing']],
    ['languages missing', { ...wms, languages: undefined }, ['languages missing']],
    ['languages as a string', { ...wms, languages: 'zh-CN' }, ['languages wrong-type']],
    [
      'an unknown language',
      { ...wms, languages: ['zh-CN', 'en', 'zh-TW'] },
      ['languages.2 invalid-language'],
    ],
    [
      'a repeated language',
      { ...wms, languages: ['zh-CN', 'en', 'zh-CN'] },
      ['languages.2 duplicate-language'],
    ],
    [
      'a language of the wrong type',
      { ...wms, languages: ['zh-CN', null] },
      ['languages.1 wrong-type'],
    ],
    ['no Chinese', { ...wms, languages: ['en'] }, ['languages missing']],
    // parent
    ['a main site with a parent', { ...main, parent: 'main' }, ['parent invalid-parent']],
    ['a subsite under another subsite', { ...wms, parent: 'zhs' }, ['parent invalid-parent']],
    ['a subsite without a parent', { ...wms, parent: null }, ['parent invalid-parent']],
    ['no parent field', { ...wms, parent: undefined }, ['parent missing']],
    ['a parent of the wrong type', { ...wms, parent: 1 }, ['parent wrong-type']],
    // urlPattern
    ['no URL pattern', { ...wms, urlPattern: undefined }, ['urlPattern missing']],
    ['a URL pattern as a string', { ...wms, urlPattern: '/{lang}/' }, ['urlPattern wrong-type']],
    [
      'an unknown URL pattern kind',
      { ...wms, urlPattern: { kind: 'hash', template: '#{lang}' } },
      ['urlPattern.kind invalid-url-pattern'],
    ],
    [
      'a URL pattern without kind',
      { ...wms, urlPattern: { template: '/{lang}/' } },
      ['urlPattern.kind missing'],
    ],
    [
      'a path without {lang}',
      { ...wms, urlPattern: { kind: 'path', template: '/en/' } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a path with {lang} twice',
      { ...wms, urlPattern: { kind: 'path', template: '/{lang}/{lang}/' } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a path with a script',
      { ...wms, urlPattern: { kind: 'path', template: '/{lang}/<script>' } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a query of no form',
      { ...wms, urlPattern: { kind: 'query', template: 'lang={lang}' } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a subdomain directly under the root',
      { ...fr, urlPattern: { kind: 'subdomain', template: '{lang}.mofcom.gov.cn' } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a subdomain elsewhere',
      { ...fr, urlPattern: { kind: 'subdomain', template: '{lang}.fr.evil.com' } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a huge template',
      { ...wms, urlPattern: { kind: 'path', template: `/${'a/'.repeat(200)}{lang}/` } },
      ['urlPattern.template invalid-url-pattern'],
    ],
    [
      'a URL pattern with an extra field',
      { ...wms, urlPattern: { ...path, host: 'x' } },
      ['urlPattern.host unknown-field'],
    ],
    [
      'a template of the wrong type',
      { ...wms, urlPattern: { kind: 'path', template: 1 } },
      ['urlPattern.template wrong-type'],
    ],
    // organizer
    ['no organizer', { ...wms, organizer: undefined }, ['organizer missing']],
    [
      'an organizer without Chinese',
      { ...wms, organizer: { en: MINISTRY_NAMES.en } },
      ['organizer.zh-CN missing'],
    ],
    [
      'an organizer in an unknown language',
      { ...wms, organizer: { ...ministry, xx: 'X' } },
      ['organizer.xx invalid-language'],
    ],
    [
      'a ministry site organized by someone else',
      { ...wms, organizer: { 'zh-CN': '对外贸易司' } },
      ['organizer.zh-CN invalid-name'],
    ],
    [
      'a local window organized by the ministry',
      { ...guangdong, organizer: ministry },
      ['organizer.zh-CN invalid-name'],
    ],
    [
      'an organizer with markup',
      { ...wms, organizer: { ...ministry, en: '<b>MOFCOM</b>' } },
      ['organizer.en unsafe-text'],
    ],
    // siteCode
    ['no site code', { ...wms, siteCode: undefined }, ['siteCode missing']],
    [
      'a site code of 9 characters',
      { ...wms, siteCode: 'bm3000001' },
      ['siteCode invalid-site-code'],
    ],
    ['a site code in capitals', { ...wms, siteCode: 'BM30000012' }, ['siteCode invalid-site-code']],
    [
      'a ministry site with a local code',
      { ...wms, siteCode: '1100000001' },
      ['siteCode invalid-site-code'],
    ],
    [
      'a local code of another province',
      { ...guangdong, siteCode: '1100000100' },
      ['siteCode invalid-site-code'],
    ],
    // icp, publicSecurity
    ['no ICP number', { ...wms, icp: undefined }, ['icp missing']],
    ['an ICP number without 号', { ...wms, icp: '京ICP备05004093' }, ['icp invalid-icp']],
    ['an ICP licence instead of a record', { ...wms, icp: '京ICP证030173号' }, ['icp invalid-icp']],
    ['an ICP number of 9 digits', { ...wms, icp: '京ICP备050040930号' }, ['icp invalid-icp']],
    ['an ICP number of no province', { ...wms, icp: '中ICP备05004093号' }, ['icp invalid-icp']],
    [
      'no public-security number',
      { ...wms, publicSecurity: undefined },
      ['publicSecurity missing'],
    ],
    [
      'a public-security number of 13 digits',
      { ...wms, publicSecurity: '京公网安备 1104010270006号' },
      ['publicSecurity invalid-public-security'],
    ],
    [
      'a public-security number of another province',
      { ...wms, publicSecurity: '沪公网安备 11040102700068号' },
      ['publicSecurity invalid-public-security'],
    ],
    // contact
    ['no contact', { ...wms, contact: undefined }, ['contact missing']],
    ['an empty contact', { ...wms, contact: {} }, ['contact missing']],
    ['a contact as a string', { ...wms, contact: '12335' }, ['contact wrong-type']],
    [
      'a phone of letters',
      { ...wms, contact: { phone: 'call us' } },
      ['contact.phone invalid-contact'],
    ],
    ['a phone too short', { ...wms, contact: { phone: '12' } }, ['contact.phone invalid-contact']],
    [
      'a phone of the wrong type',
      { ...wms, contact: { phone: 12335 } },
      ['contact.phone wrong-type'],
    ],
    [
      'an email without @',
      { ...wms, contact: { email: 'wms.mofcom.gov.cn' } },
      ['contact.email invalid-contact'],
    ],
    [
      'an email with markup',
      { ...wms, contact: { email: '<a>@b.cn' } },
      ['contact.email invalid-contact'],
    ],
    [
      'an address with a script',
      { ...wms, contact: { address: '<script>x</script>' } },
      ['contact.address unsafe-text'],
    ],
    [
      'a contact with an extra field',
      { ...wms, contact: { phone: '12335', fax: '1' } },
      ['contact.fax unknown-field'],
    ],
    // the record itself
    ['an unknown field', { ...wms, position: 3 }, ['position unknown-field']],
  ])('reports %s', (_what, site, expected) => {
    expect(check(site)).toEqual(expected);
  });

  it('says what is wrong and what is expected, in a sentence', () => {
    const [violation] = validateSite({ ...wms, domain: 'fms.mofcom.gov.cn' });
    expect(violation).toEqual({
      field: 'domain',
      code: 'domain-mismatch',
      message:
        'domain "fms.mofcom.gov.cn" belongs to site "fms", not to "wms"; expected "wms.mofcom.gov.cn".',
    });
    const [name] = validateSite({ ...tianjintb, names: { ...tianjintb.names, 'zh-CN': '天津办' } });
    expect(name?.message).toBe(
      'names.zh-CN "天津办" must be "驻<城市>特派员办事处" (e.g. "驻天津特派员办事处").',
    );
  });

  it('reports many violations together, each with its field', () => {
    const violations = validateSite({
      id: 'Bad Id',
      kind: 'department',
      names: { 'zh-CN': '<img src=x onerror=alert(1)>' },
      domain: 'evil.example.com',
      parent: 'nowhere',
      languages: ['zh-CN', 'zh-CN', 'klingon'],
      urlPattern: { kind: 'path', template: 'javascript:alert(1)' },
      organizer: {},
      siteCode: '123',
      icp: 'ICP',
      publicSecurity: 'PS',
      contact: { email: 'x' },
      extra: true,
    });
    expect(codes(violations)).toEqual([
      'extra unknown-field',
      'id invalid-id',
      'domain invalid-domain',
      'languages.1 duplicate-language',
      'languages.2 invalid-language',
      'names.en missing',
      'names.zh-CN unsafe-text',
      'parent invalid-parent',
      'urlPattern.template invalid-url-pattern',
      'organizer.zh-CN missing',
      'siteCode invalid-site-code',
      'icp invalid-icp',
      'publicSecurity invalid-public-security',
      'contact.email invalid-contact',
    ]);
    for (const v of violations) expect(v.message.length).toBeGreaterThan(10);
  });

  it('checks the id alone when the kind is unknown', () => {
    expect(check({ ...wms, kind: 'x', id: 'Wms' })).toEqual(['kind invalid-kind', 'id invalid-id']);
    expect(check({ ...wms, id: undefined })).toEqual(['id missing']);
  });
});

describe('validateSite with the registry', () => {
  it('requires the parent to exist and to be the main site', () => {
    expect(check(wms, { sites: [wms] })).toEqual(['parent parent-not-found']);
    expect(check(wms, { sites: [{ id: 'main', kind: 'local' }] })).toEqual(['parent parent-kind']);
    expect(
      check(wms, { sites: new Map([['main', { id: 'main', kind: 'main' as const }]]) }),
    ).toEqual([]);
    const [message] = validateSite(wms, { sites: [{ id: 'main', kind: 'local' }] });
    expect(message?.message).toBe(
      'parent "main" is a local site; a department site\'s parent must be main.',
    );
  });

  it('refuses a domain or site code another site has, but not the site itself', () => {
    const other = { ...wms, id: 'fms', domain: 'wms.mofcom.gov.cn' };
    expect(check(wms, { sites: [main, wms] })).toEqual([]);
    expect(check(wms, { sites: [main, other] })).toEqual([
      'domain duplicate',
      'siteCode duplicate',
    ]);
    expect(check(wms, { sites: [main, { id: 'fms', kind: 'department' }] })).toEqual([]);
  });
});

describe('validateSite on hostile input', () => {
  it.each([null, undefined, 0, 42, 'main', true, [], [wms], () => wms, Symbol('x')])(
    'refuses %s as a whole, without throwing',
    (value) => {
      expect(check(value)).toEqual([' not-an-object']);
    },
  );

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an angle bracket', '对外贸易司>'],
    ['a right-to-left override', 'Department of \u202eedarT'],
    ['a zero-width space', 'Department of\u200b Trade'],
    ['a NUL', 'Department\u0000 of Trade'],
    ['a line break', 'Department of\nTrade'],
    ['a byte order mark', 'Department\ufeff of Trade'],
  ])('refuses a name with %s', (_what, name) => {
    expect(check({ ...wms, names: { ...wms.names, en: name } })).toEqual(['names.en unsafe-text']);
  });

  it('refuses a huge name without echoing it', () => {
    const huge = `Department of ${'A'.repeat(1_000_000)}`;
    const violations = validateSite({ ...wms, names: { ...wms.names, en: huge } });
    expect(codes(violations)).toEqual(['names.en too-long']);
    expect(violations[0]!.message.length).toBeLessThan(200);
    const id = validateSite({ ...wms, id: 'x'.repeat(100_000) });
    expect(id[0]!.message.length).toBeLessThan(300);
  });

  it('handles __proto__ and constructor keys as plain data', () => {
    const names = JSON.parse(
      '{"zh-CN":"对外贸易司","en":"Department of Foreign Trade","__proto__":"x"}',
    );
    expect(check({ ...wms, names })).toEqual(['names.__proto__ invalid-language']);
    const site = JSON.parse(JSON.stringify(wms).replace('{', '{"constructor":1,'));
    expect(check(site)).toEqual(['constructor unknown-field']);
  });

  it('never throws and always answers a list, whatever the record holds', () => {
    const anything = fc.anything({ withNullPrototype: true, withObjectString: true });
    const field = fc.constantFrom(
      'id',
      'kind',
      'names',
      'domain',
      'parent',
      'languages',
      'urlPattern',
      'organizer',
      'siteCode',
      'icp',
      'publicSecurity',
      'contact',
    );
    fc.assert(
      fc.property(anything, field, (value, key) => {
        const violations = validateSite({ ...wms, [key]: value });
        expect(Array.isArray(violations)).toBe(true);
        for (const v of violations) expect(typeof v.message).toBe('string');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(anything, (value) => Array.isArray(validateSite(value))),
      { numRuns: 300 },
    );
  });
});

describe('assertValidSite and InvalidSiteError', () => {
  it('throws one error listing every violation', () => {
    const site = { ...wms, siteCode: 'x', icp: 'y' };
    expect(() => assertValidSite(site)).toThrow(InvalidSiteError);
    try {
      assertValidSite(site);
    } catch (error) {
      expect(isInvalidSiteError(error)).toBe(true);
      const e = error as InvalidSiteError;
      expect(e.name).toBe('InvalidSiteError');
      expect(codes(e.violations)).toEqual(['siteCode invalid-site-code', 'icp invalid-icp']);
      expect(e.message).toMatch(/^Site "wms" breaks 2 naming rule\(s\):\n {2}siteCode: /);
    }
  });

  it('names the site only when it has an id', () => {
    expect(() => assertValidSite(null)).toThrow(
      /^The site breaks 1 naming rule\(s\):\n {2}\(site\): /,
    );
  });

  it('recognizes an error of another copy of the SDK by name', () => {
    const foreign = Object.assign(new Error('x'), { name: 'InvalidSiteError', violations: [] });
    expect(isInvalidSiteError(foreign)).toBe(true);
    expect(isInvalidSiteError(new Error('x'))).toBe(false);
    expect(isInvalidSiteError({ name: 'InvalidSiteError', violations: [] })).toBe(false);
  });
});

describe('the patterns', () => {
  it("the site id rule is the contract's", () => {
    expect(check({ ...wms, id: 'a'.repeat(33) })).toContain('id invalid-id');
    expect(new RegExp(SITE_ID_PATTERN).test('a'.repeat(33))).toBe(false);
  });

  it.each([
    ['bm30000012', true],
    ['bm55000001', true],
    ['4400000100', true],
    ['3406000012', true],
    ['bm300000121', false],
    ['b30000012', false],
    ['44000001００', false],
  ])('site code %s → %s', (code, ok) => {
    expect(new RegExp(SITE_CODE_PATTERN).test(code)).toBe(ok);
  });

  it.each([
    ['京ICP备05004093号-1', true],
    ['京ICP备05004093号', true],
    ['粤ICP备2021012345号-12', true],
    ['京ICP备05004093号-0', false],
    ['京ICP备05004093号-1234', false],
    ['京icp备05004093号', false],
  ])('ICP %s → %s', (icp, ok) => {
    expect(new RegExp(ICP_PATTERN, 'u').test(icp)).toBe(ok);
  });

  it.each([
    ['京公网安备 11040102700068号', true],
    ['京公网安备11040102700068号', true],
    ['京公网安备  11040102700068号', false],
    ['京公网安备 11040102700068', false],
  ])('public security %s → %s', (number, ok) => {
    expect(new RegExp(PUBLIC_SECURITY_PATTERN, 'u').test(number)).toBe(ok);
  });

  it('knows 32 provincial-level units with distinct ids and codes', () => {
    expect(LOCAL_UNITS).toHaveLength(32);
    expect(new Set(LOCAL_UNITS.map((u) => u.id)).size).toBe(32);
    expect(new Set(LOCAL_UNITS.map((u) => u.code)).size).toBe(32);
  });

  it('takes ISO 3166-1 codes outside China, and eu, as overseas ids', () => {
    for (const id of ['us', 'fr', 'jp', 'eu', 'pf', 'gl']) expect(isOverseasSiteId(id)).toBe(true);
    for (const id of ['cn', 'hk', 'mo', 'tw', 'xx', 'uk', 'US', 'usa'])
      expect(isOverseasSiteId(id)).toBe(false);
  });

  it('knows the 19 portal languages and the ministry name in each', () => {
    expect(PORTAL_LANGUAGES).toHaveLength(19);
    expect(Object.keys(MINISTRY_NAMES)).toEqual([...PORTAL_LANGUAGES]);
    expect(isPortalLanguage('zh-CN')).toBe(true);
    expect(isPortalLanguage('zh-cn')).toBe(false);
    expect(isPortalLanguage(1)).toBe(false);
  });
});

describe('localizedUrl', () => {
  it.each([
    [wms, 'en', undefined, 'https://wms.mofcom.gov.cn/en/'],
    [wms, 'zh-CN', 'news/1.html', 'https://wms.mofcom.gov.cn/zh-CN/news/1.html'],
    [wms, 'en', '/news/1.html', 'https://wms.mofcom.gov.cn/en/news/1.html'],
    [
      { ...wms, urlPattern: { kind: 'path', template: '/site/{lang}' } as const },
      'en',
      'a.html',
      'https://wms.mofcom.gov.cn/site/en/a.html',
    ],
    [fr, 'fr', undefined, 'https://fr.fr.mofcom.gov.cn/'],
    [fr, 'zh-CN', 'a/b.html', 'https://zh-cn.fr.mofcom.gov.cn/a/b.html'],
    [guangdong, 'zh-CN', undefined, 'https://guangdong.mofcom.gov.cn/?lang=zh-CN'],
    [
      guangdong,
      'zh-CN',
      '/news.html?page=2',
      'https://guangdong.mofcom.gov.cn/news.html?page=2&lang=zh-CN',
    ],
  ] as const)('%#: %s in %s', (site, lang, page, expected) => {
    expect(localizedUrl(site, lang, page)).toBe(expected);
  });

  it('refuses a language the site does not publish in', () => {
    expect(() => localizedUrl(tianjintb, 'en')).toThrow(RangeError);
    expect(() => localizedUrl(tianjintb, 'en')).toThrow(
      'The site tianjintb.mofcom.gov.cn does not publish in "en".',
    );
  });
});

describe('siteMasthead', () => {
  it('puts the ministry before the unit, in the language asked', () => {
    expect(siteMasthead(wms, 'zh-CN')).toEqual({
      ministry: '中华人民共和国商务部',
      unit: '对外贸易司',
    });
    expect(siteMasthead(wms, 'en')).toEqual({
      ministry: "Ministry of Commerce of the People's Republic of China",
      unit: 'Department of Foreign Trade',
    });
    expect(siteMasthead(fr, 'fr').ministry).toBe(MINISTRY_NAMES.fr);
  });

  it('has no unit line on the main site', () => {
    expect(siteMasthead(main, 'ar')).toEqual({ ministry: MINISTRY_NAMES.ar, unit: null });
  });

  it('falls back to Chinese for a language without a name', () => {
    expect(siteMasthead(tianjintb, 'ja')).toEqual({
      ministry: MINISTRY_NAMES.ja,
      unit: '驻天津特派员办事处',
    });
    expect(siteMasthead(wms, 'xx')).toEqual({
      ministry: '中华人民共和国商务部',
      unit: '对外贸易司',
    });
    expect(siteMasthead({ kind: 'local', names: {} }, 'en').unit).toBeNull();
  });
});
