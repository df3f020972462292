/** Official file numbers (发文字号): the sample data, then every rule of docs/rules/file-numbers.md. */
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import {
  FILE_NUMBER_ERROR_CODES,
  FILE_NUMBER_FORMS,
  FILE_NUMBER_LIMITS,
  fileNumberKey,
  formatFileNumber,
  parseFileNumber,
  type FileNumber,
  type FileNumberErrorCode,
} from '../../src/domain/file-number.js';
import { FILE_NUMBER_SAMPLES } from '../fixtures/file-numbers.js';

/** The value of a number that must parse. */
function parsed(input: string, options?: Parameters<typeof parseFileNumber>[1]): FileNumber {
  const result = parseFileNumber(input, options);
  if (!result.ok) throw new Error(`${input}: ${result.error.code} — ${result.error.message}`);
  return result.value;
}

/** The canonical spelling of a number that must parse. */
const canonical = (input: string) => parsed(input).canonical;

/** The error code for an input that must be refused. */
function refusal(input: unknown): FileNumberErrorCode {
  const result = parseFileNumber(input as string);
  if (result.ok) throw new Error(`${String(input)} parsed as ${result.value.canonical}`);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error.code;
}

describe('sample data (data/file-numbers.json)', () => {
  it.each(FILE_NUMBER_SAMPLES.canonical)('$number parses to its parts', (sample) => {
    expect(parsed(sample.number)).toEqual({
      issuer: sample.issuer,
      year: sample.year,
      sequence: sample.sequence,
      form: sample.form,
      canonical: sample.number,
    });
  });

  it.each(FILE_NUMBER_SAMPLES.canonical)('$number formats to itself', (sample) => {
    expect(formatFileNumber(sample)).toBe(sample.number);
    expect(formatFileNumber(parsed(sample.number))).toBe(sample.number);
  });

  it.each(FILE_NUMBER_SAMPLES.variants)('"$input" → $canonical', ({ input, canonical: want }) => {
    expect(canonical(input)).toBe(want);
    expect(fileNumberKey(input)).toBe(fileNumberKey(want));
  });

  it.each(FILE_NUMBER_SAMPLES.invalid)('"$input" is refused: $reason', ({ input, code }) => {
    expect(refusal(input)).toBe(code);
    expect(fileNumberKey(input)).toBeNull();
  });
});

describe('the package root', () => {
  it('exports the file-number API', () => {
    expect(root.parseFileNumber).toBe(parseFileNumber);
    expect(root.formatFileNumber).toBe(formatFileNumber);
    expect(root.fileNumberKey).toBe(fileNumberKey);
    expect(root.FILE_NUMBER_FORMS).toEqual([
      'standard',
      'order',
      'announcement',
      'notice',
      'bulletin',
      'serial-order',
    ]);
    expect(root.FILE_NUMBER_ERROR_CODES).toBe(FILE_NUMBER_ERROR_CODES);
    expect(root.FILE_NUMBER_LIMITS).toMatchObject({ minYear: 1949, maxYear: 2100 });
  });
});

describe('forms', () => {
  it.each([
    ['商资发〔2006〕123号', 'standard', '商资发'],
    ['国办发明电〔2020〕5号', 'standard', '国办发明电'],
    ['商运函〔2021〕5号', 'standard', '商运函'],
    ['商务部令2006年第1号', 'order', '商务部'],
    ['商务部 国家发展和改革委员会令2005年第18号', 'order', '商务部 国家发展和改革委员会'],
    ['商务部公告2006年第12号', 'announcement', '商务部'],
    ['商务部 海关总署公告2013年第85号', 'announcement', '商务部 海关总署'],
    ['国家药监局通告2019年第56号', 'notice', '国家药监局'],
    ['商务部文告2019年第1号', 'bulletin', '商务部'],
    ['国务院令第792号', 'serial-order', '国务院'],
    ['海关总署令第262号', 'serial-order', '海关总署'],
    ['商务部 公安部令2005年第8号', 'order', '商务部 公安部'],
    ['发展改革委 商务部令2017年第4号', 'order', '发展改革委 商务部'],
  ] as const)('%s is %s, issued by %s', (input, form, issuer) => {
    const value = parsed(input);
    expect(value).toMatchObject({ form, issuer, canonical: input });
    expect(FILE_NUMBER_FORMS).toContain(value.form);
  });

  it('takes the form from the marker after the issuer, whatever the number syntax', () => {
    expect(canonical('商务部令〔2006〕1号')).toBe('商务部令2006年第1号');
    expect(canonical('中国人民银行公告〔2018〕第7号')).toBe('中国人民银行公告2018年第7号');
    expect(canonical('国家药监局通告（2019年第56号）')).toBe('国家药监局通告2019年第56号');
    expect(canonical('商资发2006年第123号')).toBe('商资发〔2006〕123号');
  });

  it('drops the state prefix of orders and announcements', () => {
    expect(canonical('中华人民共和国商务部令2006年第1号')).toBe('商务部令2006年第1号');
    expect(canonical('中华人民共和国 商务部公告2006年第12号')).toBe('商务部公告2006年第12号');
    // nothing but the prefix: kept
    expect(parsed('中华人民共和国令2006年第1号').issuer).toBe('中华人民共和国');
    // standard issuer codes are kept as written
    expect(parsed('中华人民共和国商资发〔2006〕1号').issuer).toBe('中华人民共和国商资发');
  });

  it('reads orders of a series without years (State Council, presidential, customs orders)', () => {
    expect(parsed('国务院令第792号')).toEqual({
      issuer: '国务院',
      year: null,
      sequence: 792,
      form: 'serial-order',
      canonical: '国务院令第792号',
    });
    expect(canonical('中华人民共和国国务院令 第 792 号')).toBe('国务院令第792号');
    expect(canonical('国务院令（第792号）')).toBe('国务院令第792号');
    expect(canonical('国务院令第０７９２号')).toBe('国务院令第792号');
    expect(canonical('国务院令792号')).toBe('国务院令第792号');
    expect(canonical('国务院令第七百九十二号')).toBe('国务院令第792号');
    expect(canonical('中华人民共和国主席令第三十一号')).toBe('主席令第31号');
    expect(canonical('国务院令第588号文')).toBe('国务院令第588号');
    expect(fileNumberKey('国务院令 第792号')).toBe('国务院令第792号');
    expect(
      formatFileNumber({ issuer: '国务院', year: null, sequence: 792, form: 'serial-order' }),
    ).toBe('国务院令第792号');
  });

  it('keeps a year-shaped number without 第 for the year form, and refuses what is not a number', () => {
    expect(refusal('商务部令2006号')).toBe('no-year');
    // the parser knows no issuer's numbering: 第 without a year reads as a series without years
    expect(parsed('商务部令第1号')).toMatchObject({ form: 'serial-order', year: null });
    expect(refusal('商务部令20061号')).toBe('ambiguous-year');
    expect(refusal('国务院令第0号')).toBe('sequence-out-of-range');
    expect(refusal('国务院令第100000号')).toBe('sequence-out-of-range');
    expect(refusal('商务部令第2006年第1号')).toBe('no-year');
    expect(refusal('国务院令第号')).toBe('no-year');
    expect(refusal('国务院令两号')).toBe('no-year');
    expect(refusal('国务院令1234号')).toBe('no-year');
    expect(refusal('国务院令20000号')).toBe('ambiguous-year');
    expect(canonical('国务院令5000号')).toBe('国务院令第5000号');
    expect(canonical('国务院令七百九十二号')).toBe('国务院令第792号');
    expect(canonical('国务院令第792号文件')).toBe('国务院令第792号');
    expect(refusal('国务院令第792号附件')).toBe('trailing-text');
    expect(refusal('商务部令')).toBe('no-year');
    expect(refusal('商务部公告')).toBe('no-year');
    expect(refusal('商务部公告第12号')).toBe('no-year');
  });

  it('formats the year only where the form has one', () => {
    expect(() =>
      formatFileNumber({ issuer: '国务院', year: 2024, sequence: 1, form: 'serial-order' }),
    ).toThrow(RangeError);
    expect(() =>
      formatFileNumber({ issuer: '商务部', year: null, sequence: 1, form: 'order' }),
    ).toThrow(RangeError);
  });
});

describe('brackets', () => {
  it.each([
    '〔2006〕',
    '[2006]',
    '(2006)',
    '（2006）',
    '【2006】',
    '［2006］',
    '{2006}',
    '｛2006｝',
    '〈2006〉',
    '〖2006〗',
    '﹝2006﹞',
    '︹2006︺',
    '⟨2006⟩',
    '⦅2006⦆',
    '⟦2006⟧',
    '〘2006〙',
    '[2006)',
    '〔〔2006〕〕',
    '2006〕',
    '〔2006 ',
  ])('商资发%s123号', (year) => {
    expect(canonical(`商资发${year}123号`)).toBe('商资发〔2006〕123号');
  });

  it('may be left out when a space or 年 ends the year', () => {
    expect(canonical('商资发 2006 123号')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发2006 123')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发2006年123号')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发2006第123号')).toBe('商资发〔2006〕123号');
  });

  it('may close after 号 in the order forms: （2019年第56号）', () => {
    expect(canonical('国家药监局通告(2019年第56号)')).toBe('国家药监局通告2019年第56号');
    expect(canonical('商务部公告【2006年第12号】')).toBe('商务部公告2006年第12号');
  });

  it('are refused when the year runs into the sequence', () => {
    expect(refusal('商资发2006123号')).toBe('ambiguous-year');
    expect(refusal('商资发〔2006123号')).toBe('ambiguous-year');
    expect(refusal('商资发二〇〇六一二三号')).toBe('ambiguous-year');
    expect(refusal('商资发〔2006〕〔2007〕1号')).toBe('ambiguous-year');
  });
});

describe('spaces and invisible characters', () => {
  it.each([
    [' 商资发 〔 2006 〕 123 号 ', 'ASCII spaces'],
    ['商资发\u3000〔2006〕\u3000123号', 'ideographic space'],
    ['商资发\u00a0〔2006〕\u00a0123号', 'no-break space'],
    ['商资发\t〔2006〕\n123号', 'tab and newline'],
    ['商\u200b资\u200c发\u200d〔2006〕\u2060123\ufeff号\u00ad', 'zero-width characters'],
    ['商资发\ufe0f〔2006〕123号', 'variation selector'],
    ['商 资 发〔2006〕123号', 'spaces inside the issuer code'],
  ])('%j (%s)', (input) => {
    expect(canonical(input)).toBe('商资发〔2006〕123号');
  });

  it('treats every Unicode space as a space and drops every invisible character', () => {
    const spaces = [...'\t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000'];
    for (let cp = 0x2000; cp <= 0x200a; cp++) spaces.push(String.fromCharCode(cp));
    for (const space of spaces) {
      expect(canonical(`商资发${space}〔2006〕${space}123${space}号`)).toBe('商资发〔2006〕123号');
      expect(parsed(`商务部${space}海关总署公告2013年第85号`).issuer).toBe('商务部 海关总署');
    }
    const invisible = [...'\u00ad\u200b\u200c\u200d\u2060\ufeff\u180b\u180c\u180d\u180f'];
    for (let cp = 0xfe00; cp <= 0xfe0f; cp++) invisible.push(String.fromCharCode(cp));
    for (const ch of invisible) {
      expect(canonical(`商务部${ch}海关总署公告2013年第8${ch}5号`)).toBe(
        '商务部海关总署公告2013年第85号',
      );
    }
    // a supplementary variation selector is not dropped: refused, named by code point
    const vs17 = parseFileNumber('商资发\u{e0100}〔2006〕1号');
    expect(!vs17.ok && vs17.error).toMatchObject({ code: 'invalid-character' });
    expect(!vs17.ok && vs17.error.message).toContain('U+E0100');
  });

  it('separate joint issuers with one space', () => {
    const want = '商务部 海关总署公告2013年第85号';
    expect(canonical('商务部  海关总署公告2013年第85号')).toBe(want);
    expect(canonical('商务部、海关总署公告2013年第85号')).toBe(want);
    expect(canonical('商务部，海关总署公告2013年第85号')).toBe(want);
    expect(canonical('商务部/海关总署公告2013年第85号')).toBe(want);
    expect(canonical('商务部·海关总署公告2013年第85号')).toBe(want);
    expect(canonical('商务部 海关 总署公告2013年第85号')).toBe(want);
    expect(canonical('商务 部 海关总署 公告 2013 年 第 85 号')).toBe(want);
    expect(canonical('、商务部 海关总署公告2013年第85号')).toBe(want);
    expect(parsed('商务部 海关公告2013年第85号').issuer).toBe('商务部 海关');
  });

  it('between joint issuers do not change the key', () => {
    const key = fileNumberKey('商务部 海关总署公告2013年第85号');
    expect(key).toBe('商务部海关总署公告2013年第85号');
    expect(fileNumberKey('商务部海关总署公告2013年第85号')).toBe(key);
    expect(fileNumberKey('商务部、海关 总署公告2013年第85号')).toBe(key);
  });
});

describe('digits and letters', () => {
  it('accepts full-width digits and letters', () => {
    expect(canonical('商资发〔２００６〕１２３号')).toBe('商资发〔2006〕123号');
    expect(canonical('商务部公告２００６年第１２号')).toBe('商务部公告2006年第12号');
    expect(parsed('ＷＴＯ司函〔2006〕1号').issuer).toBe('WTO司函');
    expect(parsed('wto司函〔2006〕1号').issuer).toBe('WTO司函');
  });

  it('accepts circled and parenthesized digits (NFKC)', () => {
    expect(canonical('商资发〔②⓪⓪⑥〕①②③号')).toBe('商资发〔2006〕123号');
  });

  it('reads a letter O or a circle inside a numeral as zero', () => {
    expect(canonical('商资发〔2OO6〕123号')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发〔2oo6〕1O号')).toBe('商资发〔2006〕10号');
    expect(canonical('商务部令二OO六年第一号')).toBe('商务部令2006年第1号');
    expect(canonical('商务部令二○○六年第一号')).toBe('商务部令2006年第1号');
    expect(canonical('商务部令二◯◯六年第一号')).toBe('商务部令2006年第1号');
    // a letter O elsewhere stays a letter
    expect(parsed('OECD合函〔2006〕1号').issuer).toBe('OECD合函');
  });

  it('accepts 號 for 号 and drops leading zeros', () => {
    expect(canonical('商资发〔2006〕123號')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发〔2006〕000123号')).toBe('商资发〔2006〕123号');
    expect(canonical('商务部令2006年第0001号')).toBe('商务部令2006年第1号');
  });

  it('accepts a missing, doubled or spaced 号, and 文/文件 after it', () => {
    expect(canonical('商资发〔2006〕123')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发〔2006〕123号号')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发〔2006〕123 号 号')).toBe('商资发〔2006〕123号');
    expect(canonical('国办发〔2017〕47号文')).toBe('国办发〔2017〕47号');
    expect(canonical('国办发〔2017〕47号文件')).toBe('国办发〔2017〕47号');
    expect(refusal('国办发〔2017〕47文')).toBe('malformed-sequence');
  });

  it('accepts quotes and sentence punctuation around a copied number', () => {
    expect(canonical('“商资发〔2006〕123号”。')).toBe('商资发〔2006〕123号');
    expect(canonical('「商务部令2006年第1号」,')).toBe('商务部令2006年第1号');
  });
});

describe('years', () => {
  it.each([
    ['06', 2006],
    ['00', 2000],
    ['49', 2049],
    ['50', 1950],
    ['98', 1998],
    ['99', 1999],
  ])('two-digit %s → %i (default window 1950–2049)', (yy, year) => {
    expect(parsed(`外经贸发〔${yy}〕1号`).year).toBe(year);
  });

  it('moves the two-digit window with twoDigitYearMax, never with the clock', () => {
    expect(parseFileNumber('商资发〔30〕1号', { twoDigitYearMax: 2027 })).toMatchObject({
      ok: false,
      error: { code: 'year-out-of-range' },
    });
    expect(parsed('商资发〔27〕1号', { twoDigitYearMax: 2027 }).year).toBe(2027);
    expect(parsed('商资发〔30〕1号', { twoDigitYearMax: 2099 }).year).toBe(2030);
    expect(parsed('商资发〔99〕1号', { twoDigitYearMax: 2099 }).year).toBe(2099);
    expect(parsed('商资发〔06〕1号', { twoDigitYearMax: Number.NaN }).year).toBe(2006);
    expect(FILE_NUMBER_LIMITS.twoDigitYearMax).toBe(2049);
  });

  it('reads Chinese-numeral years digit by digit or by place', () => {
    for (const year of ['二〇〇六', '二零零六', '二00六', '二千零六', '两千零六']) {
      expect(canonical(`商务部令${year}年第1号`)).toBe('商务部令2006年第1号');
    }
    expect(canonical('商资发〔二〇〇六〕1号')).toBe('商资发〔2006〕1号');
    expect(canonical('商资发〔〇六〕1号')).toBe('商资发〔2006〕1号');
    expect(canonical('商务部令一九九九 年第1号')).toBe('商务部令1999年第1号');
    expect(canonical('商务部令二〇一〇年第十号')).toBe('商务部令2010年第10号');
  });

  it.each([
    ['商资发〔1899〕1号', 'year-out-of-range'],
    ['商资发〔1948〕1号', 'year-out-of-range'],
    ['商资发〔2101〕1号', 'year-out-of-range'],
    ['商务部令一千年第1号', 'year-out-of-range'],
    ['商资发〔206〕1号', 'malformed-year'],
    ['商资发〔20060〕1号', 'malformed-year'],
    ['商资发〔6〕1号', 'malformed-year'],
    ['商务部令两〇〇六年第1号', 'malformed-year'],
    ['商务部令二千六年第1号', 'malformed-year'],
    ['商资发〔商〕1号', 'malformed-year'],
    ['商资发2006A号', 'malformed-year'],
    ['商资发〔〕1号', 'no-year'],
    ['商资发〔', 'no-year'],
    ['商资发123号', 'no-year'],
    ['商资发十二号', 'no-year'],
    ['商资发〔2006', 'no-sequence'],
    ['商资发第123号', 'no-year'],
    ['商务部公告第1号', 'no-year'],
  ] as const)('%s → %s', (input, code) => {
    expect(refusal(input)).toBe(code);
  });

  it('keeps the limits at 1949–2100', () => {
    expect(parsed('商资发〔1949〕1号').year).toBe(1949);
    expect(parsed('商资发〔2100〕1号').year).toBe(2100);
  });
});

describe('sequence numbers', () => {
  it('drops an inserted 第 in the standard form', () => {
    expect(canonical('商资发〔2006〕第123号')).toBe('商资发〔2006〕123号');
    expect(canonical('商资发〔2006〕 第 123 号')).toBe('商资发〔2006〕123号');
  });

  it('reads Chinese-numeral sequences', () => {
    const cases: Array<[string, number]> = [
      ['一', 1],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['二十一', 21],
      ['一百', 100],
      ['一百零三', 103],
      ['一百二十三', 123],
      ['一千零一十', 1010],
      ['一千一百', 1100],
      ['两百', 200],
      ['一二三', 123],
    ];
    for (const [text, sequence] of cases) {
      expect(parsed(`商务部令2006年第${text}号`).sequence).toBe(sequence);
    }
  });

  it.each([
    ['商资发〔2006〕0号', 'sequence-out-of-range'],
    ['商资发〔2006〕000号', 'sequence-out-of-range'],
    ['商资发〔2006〕〇号', 'sequence-out-of-range'],
    ['商资发〔2006〕100000号', 'sequence-out-of-range'],
    ['商资发〔2006〕99999999999999999999号', 'sequence-out-of-range'],
    ['商资发〔2006〕号', 'no-sequence'],
    ['商资发〔2006〕', 'no-sequence'],
    ['商务部令2006年第号', 'no-sequence'],
    ['商资发〔2006〕A号', 'malformed-sequence'],
    ['商资发〔2006〕12A号', 'malformed-sequence'],
    ['商资发〔2006〕12 34号', 'malformed-sequence'],
    ['商资发〔2006〕两号', 'malformed-sequence'],
    ['商资发〔2006〕一百三号', 'malformed-sequence'],
    ['商资发〔2006〕十十号', 'malformed-sequence'],
    ['商资发〔2006〕百千号', 'malformed-sequence'],
    ['商资发〔2006〕一二十号', 'malformed-sequence'],
    ['商资发〔2006〕一千百号', 'malformed-sequence'],
    ['商资发〔2006〕二千零六百号', 'malformed-sequence'],
    ['商资发〔2006〕一千零号', 'malformed-sequence'],
    ['商资发〔2006〕十零二号', 'malformed-sequence'],
    ['商资发〔2006〕零十号', 'malformed-sequence'],
    ['商资发〔2006〕2千号', 'malformed-sequence'],
  ] as const)('%s → %s', (input, code) => {
    expect(refusal(input)).toBe(code);
  });

  it('keeps the limits at 1–99999', () => {
    expect(parsed('商资发〔2006〕99999号').sequence).toBe(99_999);
    expect(parsed('商资发〔2006〕1号').sequence).toBe(1);
  });
});

describe('issuers', () => {
  it.each([
    ['〔2006〕123号', 'no-issuer'],
    ['2006年第1号', 'no-issuer'],
    ['令2006年第1号', 'no-issuer'],
    ['公告2006年第12号', 'no-issuer'],
    ['、公告2006年第12号', 'no-issuer'],
    ['ABC〔2006〕1号', 'invalid-issuer'],
    ['商资发、商贸发〔2006〕1号', 'invalid-issuer'],
    ['ABC公告2006年第1号', 'invalid-issuer'],
  ] as const)('%s → %s', (input, code) => {
    expect(refusal(input)).toBe(code);
  });

  it('keeps Chinese numerals that are part of the issuer', () => {
    expect(parsed('商一司〔2006〕1号').issuer).toBe('商一司');
    expect(parsed('外经贸二函〔1998〕7号').issuer).toBe('外经贸二函');
  });
});

describe('hostile and odd input', () => {
  it.each([
    [null, 'not-a-string'],
    [undefined, 'not-a-string'],
    [2006, 'not-a-string'],
    [{ toString: () => '商资发〔2006〕123号' }, 'not-a-string'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000\u200b\ufeff', 'empty'],
    ['“”。', 'empty'],
    ['商'.repeat(FILE_NUMBER_LIMITS.maxLength + 1), 'too-long'],
    [' '.repeat(10_000) + '商资发〔2006〕1号', 'too-long'],
    ['商资发〔2006〕123号<script>alert(1)</script>', 'invalid-character'],
    ['<img src=x onerror=alert(1)>', 'invalid-character'],
    ['商资发〔2006〕123号; DROP TABLE news', 'invalid-character'],
    ['商资发〔2006〕\u202e321\u202c号', 'invalid-character'],
    ['商资发〔2006〕1\u0000号', 'invalid-character'],
    ['商资发〔2006〕1号😀', 'invalid-character'],
    ['商资发〔2006〕1号\ud800', 'invalid-character'],
    ['商资发〔2006〕1-2号', 'invalid-character'],
    ['商資發〔2006〕1號', 'ok'],
    ['МОФКОМ〔2006〕1号', 'invalid-character'],
    ['商资发〔２００６〕１２３号 商资发〔2007〕1号', 'trailing-text'],
    ['商资发〔2006〕123号附件', 'trailing-text'],
    ['hello world', 'unknown-form'],
    ['商资发', 'unknown-form'],
    ['OOO', 'unknown-form'],
  ] as const)('%j → %s', (input, code) => {
    const result = parseFileNumber(input as string);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it('names the offending character, by code point when it is invisible', () => {
    const script = parseFileNumber('商资发〔2006〕1号<');
    expect(!script.ok && script.error.message).toContain('"<" (U+003C)');
    const bidi = parseFileNumber('商资发〔2006〕1\u202e号');
    expect(!bidi.ok && bidi.error.message).toContain('U+202E');
    expect(!bidi.ok && bidi.error.message).not.toContain('\u202e');
    const emoji = parseFileNumber('商资发😀〔2006〕1号');
    expect(!emoji.ok && emoji.error.message).toContain('U+1F600');
  });

  it('gives a message that names the problem', () => {
    const year = parseFileNumber('商资发〔1899〕1号');
    expect(!year.ok && year.error.message).toBe(
      'Year 1899 is out of range: file numbers carry a year from 1949 to 2100.',
    );
    const non = parseFileNumber(null as unknown as string);
    expect(!non.ok && non.error.message).toBe('Expected a string, got null.');
  });

  it('has a code in FILE_NUMBER_ERROR_CODES for every refusal above', () => {
    expect(new Set(FILE_NUMBER_ERROR_CODES).size).toBe(FILE_NUMBER_ERROR_CODES.length);
    expect(FILE_NUMBER_ERROR_CODES).toContain(refusal('商资发〔2006〕123号附件'));
  });
});

describe('formatFileNumber', () => {
  it('writes each form', () => {
    expect(
      formatFileNumber({ issuer: '商资发', year: 2006, sequence: 123, form: 'standard' }),
    ).toBe('商资发〔2006〕123号');
    expect(formatFileNumber({ issuer: '商务部', year: 2006, sequence: 1, form: 'order' })).toBe(
      '商务部令2006年第1号',
    );
    expect(
      formatFileNumber({ issuer: '商务部', year: 2006, sequence: 12, form: 'announcement' }),
    ).toBe('商务部公告2006年第12号');
    expect(
      formatFileNumber({ issuer: '国家药监局', year: 2019, sequence: 56, form: 'notice' }),
    ).toBe('国家药监局通告2019年第56号');
    expect(formatFileNumber({ issuer: '商务部', year: 2019, sequence: 1, form: 'bulletin' })).toBe(
      '商务部文告2019年第1号',
    );
  });

  it('normalizes the issuer and ignores a stale canonical', () => {
    expect(
      formatFileNumber({
        issuer: ' 商务部、海关总署 ',
        year: 2013,
        sequence: 85,
        form: 'announcement',
        canonical: 'whatever',
      }),
    ).toBe('商务部 海关总署公告2013年第85号');
    expect(formatFileNumber({ issuer: '商 资发', year: 2006, sequence: 1, form: 'standard' })).toBe(
      '商资发〔2006〕1号',
    );
  });

  it('throws for values no file number carries', () => {
    const base = { issuer: '商资发', year: 2006, sequence: 1, form: 'standard' } as const;
    expect(() => formatFileNumber(null as unknown as FileNumber)).toThrow(TypeError);
    expect(() => formatFileNumber({ ...base, form: 'memo' as 'standard' })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, issuer: 1 as unknown as string })).toThrow(TypeError);
    expect(() => formatFileNumber({ ...base, year: 1899 })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, year: 2101 })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, year: 2006.5 })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, sequence: 0 })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, sequence: 100_000 })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, sequence: Number.NaN })).toThrow(RangeError);
    expect(() => formatFileNumber({ ...base, issuer: '' })).toThrow(/No issuer/);
    expect(() => formatFileNumber({ ...base, issuer: 'ABC' })).toThrow(RangeError);
    // would read back as an order, or not at all
    expect(() => formatFileNumber({ ...base, issuer: '商务部令' })).toThrow(/cannot be written/);
    expect(() => formatFileNumber({ ...base, issuer: '商2资' })).toThrow(/cannot be written/);
    expect(() => formatFileNumber({ ...base, issuer: '商<资' })).toThrow(/cannot be written/);
  });
});

describe('fileNumberKey', () => {
  it('is the same for every spelling and null for non-numbers', () => {
    const spellings = [
      '商资发〔2006〕123号',
      '商资发[06]第0123號',
      ' 商 资 发（２００６）一百二十三 ',
      '商资发2006年123号文',
    ];
    const keys = new Set(spellings.map((s) => fileNumberKey(s)));
    expect([...keys]).toEqual(['商资发〔2006〕123号']);
    expect(fileNumberKey('商资发〔2006〕124号')).not.toBe(fileNumberKey('商资发〔2006〕123号'));
    expect(fileNumberKey('商资发')).toBeNull();
  });

  it('follows the two-digit window option', () => {
    expect(fileNumberKey('商资发〔30〕1号', { twoDigitYearMax: 2030 })).toBe('商资发〔2030〕1号');
    expect(fileNumberKey('商资发〔30〕1号')).toBe('商资发〔2030〕1号');
    expect(fileNumberKey('商资发〔60〕1号')).toBe('商资发〔1960〕1号');
  });
});
