import { MINISTRY_NAMES, validateSite } from '@portal-kit/sdk';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';
import {
  buildSite,
  checkSite,
  MINISTRY_CONTACT,
  MINISTRY_ICP,
  MINISTRY_PUBLIC_SECURITY,
  missingAnswers,
} from '../src/record.js';
import { SITE_CASES } from './sites.js';

const wms = SITE_CASES.find((c) => c.id === 'wms')!.argv;

describe('buildSite', () => {
  it.each(SITE_CASES.map((c) => [c.kind, c] as const))(
    'makes a %s site that passes validateSite',
    (_kind, { argv, id, languages }) => {
      const options = parseCommandLine(argv);
      expect(missingAnswers(options)).toEqual([]);
      const site = buildSite(options);
      expect(validateSite(site)).toEqual([]);
      expect(site).toMatchObject({ id, languages, urlPattern: { kind: 'path' } });
    },
  );

  it("gives a ministry-run site the ministry's organizer, records, contact and domain", () => {
    const site = buildSite(parseCommandLine(wms));
    expect(site).toMatchObject({
      domain: 'wms.mofcom.gov.cn',
      parent: 'main',
      organizer: { 'zh-CN': MINISTRY_NAMES['zh-CN'], en: MINISTRY_NAMES.en },
      icp: MINISTRY_ICP,
      publicSecurity: MINISTRY_PUBLIC_SECURITY,
      contact: MINISTRY_CONTACT,
    });
  });

  it("gives the main site id main, www, no parent and the ministry's names in its languages", () => {
    const site = buildSite(parseCommandLine(SITE_CASES[0]!.argv));
    expect(site).toMatchObject({
      id: 'main',
      domain: 'www.mofcom.gov.cn',
      parent: null,
      names: { 'zh-CN': MINISTRY_NAMES['zh-CN'], en: MINISTRY_NAMES.en, ar: MINISTRY_NAMES.ar },
    });
  });

  it('keeps the given contact instead of the default, and a given domain as given', () => {
    const site = buildSite(
      parseCommandLine([...wms, '--email', 'wms@mofcom.gov.cn', '--domain', 'x.mofcom.gov.cn']),
    );
    expect(site.contact).toEqual({ email: 'wms@mofcom.gov.cn' });
    expect(site.domain).toBe('x.mofcom.gov.cn');
  });
});

describe('checkSite refuses with the validator messages', () => {
  const cases: [string, string[], { field: string; code: string; message: RegExp }][] = [
    [
      'a name with the ministry in it',
      ['--name-zh', '商务部对外贸易司'],
      { field: 'names.zh-CN', code: 'invalid-name', message: /must be the unit name without/ },
    ],
    [
      'an English name that is no unit',
      ['--name-en', 'foreign trade'],
      { field: 'names.en', code: 'invalid-name', message: /Department, Office, Bureau/ },
    ],
    [
      'markup in a name',
      ['--name-zh', '<b>对外贸易司</b>'],
      { field: 'names.zh-CN', code: 'unsafe-text', message: /markup/ },
    ],
    [
      'an upper-case id',
      ['--id', 'WMS'],
      { field: 'id', code: 'invalid-id', message: /pinyin initials/ },
    ],
    [
      'a site code of the wrong form',
      ['--site-code', 'BM1'],
      { field: 'siteCode', code: 'invalid-site-code', message: /must be 10 characters/ },
    ],
    [
      'a local site code for a ministry site',
      ['--site-code', '4400000100'],
      { field: 'siteCode', code: 'invalid-site-code', message: /ministry form/ },
    ],
    [
      'a domain outside the root',
      ['--domain', 'wms.example.org'],
      { field: 'domain', code: 'invalid-domain', message: /<id>\.mofcom\.gov\.cn/ },
    ],
    [
      "another site's domain",
      ['--domain', 'fms.mofcom.gov.cn'],
      { field: 'domain', code: 'domain-mismatch', message: /belongs to site "fms"/ },
    ],
    [
      'an ICP licence instead of a record number',
      ['--icp', '京ICP证030173号'],
      { field: 'icp', code: 'invalid-icp', message: /ICP备/ },
    ],
    [
      'a public-security number of another province',
      ['--public-security', '京公网安备 44010402000001号'],
      { field: 'publicSecurity', code: 'invalid-public-security', message: /does not match/ },
    ],
    [
      'a language that is not a portal language',
      ['--languages', 'zh-CN,xx'],
      { field: 'languages.1', code: 'invalid-language', message: /"xx" is not one of/ },
    ],
    [
      'languages without Chinese',
      ['--languages', 'en'],
      { field: 'languages', code: 'missing', message: /must include zh-CN/ },
    ],
    [
      'a bad phone number',
      ['--phone', 'call us'],
      { field: 'contact.phone', code: 'invalid-contact', message: /digits in groups/ },
    ],
  ];

  it.each(cases)('%s', (_what, extra, expected) => {
    // Later flags win over the valid case's: parseArgs keeps the last value of a flag.
    const check = checkSite(parseCommandLine([...wms, ...extra]));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const found = check.violations.find((v) => v.field === expected.field);
    expect(found, JSON.stringify(check.violations)).toMatchObject({
      field: expected.field,
      code: expected.code,
    });
    expect(found!.message).toMatch(expected.message);
    // Exactly the validator's verdict, nothing added or dropped.
    expect(check.violations).toEqual(validateSite(check.site));
  });

  it('refuses an unknown kind with the validator message', () => {
    const check = checkSite(parseCommandLine([...wms, '--kind', 'ministry']));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.violations).toContainEqual(
      expect.objectContaining({ field: 'kind', code: 'invalid-kind' }),
    );
  });
});

describe('missingAnswers', () => {
  it('asks for everything a local site has no default for', () => {
    const flags = missingAnswers(parseCommandLine(['--kind', 'local'])).map((m) => m.flag);
    expect(flags).toEqual([
      '--id',
      '--name-zh',
      '--name-en',
      '--site-code',
      '--icp',
      '--public-security',
      '--organizer-zh',
      '--phone, --email or --address',
    ]);
  });

  it('asks a department only for its id, names and site code', () => {
    const flags = missingAnswers(parseCommandLine(['--kind', 'department'])).map((m) => m.flag);
    expect(flags).toEqual(['--id', '--name-zh', '--name-en', '--site-code']);
  });

  it('asks for a name in every language offered, and nothing of main but its site code', () => {
    const options = parseCommandLine(['--kind', 'overseas', '--languages', 'zh-CN,en,fr,ar']);
    expect(missingAnswers(options).map((m) => m.flag)).toContain('--name fr=<text>');
    expect(missingAnswers(options).map((m) => m.flag)).toContain('--name ar=<text>');
    const main = parseCommandLine(['--kind', 'main', '--languages', 'zh-CN,en,fr']);
    expect(missingAnswers(main).map((m) => m.flag)).toEqual(['--site-code']);
  });

  it('starts with the kind when it is not given', () => {
    expect(missingAnswers(parseCommandLine([]))[0]?.flag).toBe('--kind');
  });
});
