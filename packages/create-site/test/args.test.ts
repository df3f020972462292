import { describe, expect, it } from 'vitest';
import { parseCommandLine, splitLanguages, UsageError } from '../src/args.js';

describe('parseCommandLine', () => {
  it('reads every flag of the site record and the pages', () => {
    const options = parseCommandLine([
      '--kind',
      'overseas',
      '--id',
      'fr',
      '--name-zh',
      '驻法国使馆经商处',
      '--name-en',
      'Economic and Commercial Office of the Embassy in France',
      '--name',
      'fr=Bureau économique et commercial',
      '--languages',
      'zh-CN, fr,en',
      '--domain',
      'fr.mofcom.gov.cn',
      '--site-code',
      'bm30001001',
      '--icp',
      '京ICP备05004093号',
      '--public-security',
      '京公网安备 11040102700068号',
      '--organizer',
      'fr=Ministère',
      '--email',
      'fr@mofcom.gov.cn',
      '--phone',
      '+33 1 00',
      '--address',
      'Paris',
      '--api',
      'http://127.0.0.1:9000',
      '--cdn',
      'http://cdn.example/kit.js',
      '--yes',
      '--force',
      './fr',
    ]);
    expect(options).toEqual({
      kind: 'overseas',
      id: 'fr',
      names: {
        'zh-CN': '驻法国使馆经商处',
        en: 'Economic and Commercial Office of the Embassy in France',
        fr: 'Bureau économique et commercial',
      },
      languages: ['zh-CN', 'fr', 'en'],
      domain: 'fr.mofcom.gov.cn',
      siteCode: 'bm30001001',
      icp: '京ICP备05004093号',
      publicSecurity: '京公网安备 11040102700068号',
      organizer: { fr: 'Ministère' },
      email: 'fr@mofcom.gov.cn',
      phone: '+33 1 00',
      address: 'Paris',
      api: 'http://127.0.0.1:9000',
      cdn: 'http://cdn.example/kit.js',
      dir: './fr',
      yes: true,
      force: true,
      pages: false,
      help: false,
    });
  });

  it('leaves what is not given undefined, and the booleans false', () => {
    expect(parseCommandLine([])).toEqual({
      names: {},
      organizer: {},
      yes: false,
      force: false,
      pages: false,
      help: false,
    });
    expect(parseCommandLine(['-y', '-h'])).toMatchObject({ yes: true, help: true });
  });

  it('keeps "=" inside a name and takes --organizer-zh/--organizer-en', () => {
    const options = parseCommandLine([
      '--name',
      'ar=a=b',
      '--organizer-zh',
      '广东省商务厅',
      '--organizer-en',
      'Department of Commerce of Guangdong',
    ]);
    expect(options.names).toEqual({ ar: 'a=b' });
    expect(options.organizer).toEqual({
      'zh-CN': '广东省商务厅',
      en: 'Department of Commerce of Guangdong',
    });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--kind'], /--kind/],
    [['--name', 'fr'], /--name takes <lang>=<text>.*"fr"/],
    [['--name', '=x'], /--name takes <lang>=<text>/],
    [['--organizer', 'nothing'], /--organizer takes <lang>=<text>/],
    [['--name-zh', 'a', '--name', 'zh-CN=b'], /--name gives zh-CN twice/],
    [['a', 'b'], /at most one directory.*"a", "b"/],
    [['--dir', 'a', 'b'], /either as --dir or as the positional/],
  ])('refuses %j as a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('splitLanguages', () => {
  it.each([
    ['zh-CN,en', ['zh-CN', 'en']],
    ['zh-CN en  fr', ['zh-CN', 'en', 'fr']],
    [' zh-CN , ,en,', ['zh-CN', 'en']],
    ['', []],
  ])('%j → %j', (text, codes) => {
    expect(splitLanguages(text)).toEqual(codes);
  });
});
