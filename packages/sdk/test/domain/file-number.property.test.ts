/** Property tests (fast-check) for official file numbers: open-ended input, generated numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILE_NUMBER_ERROR_CODES,
  FILE_NUMBER_FORMS,
  FILE_NUMBER_LIMITS,
  fileNumberKey,
  formatFileNumber,
  parseFileNumber,
  type FileNumberForm,
} from '../../src/domain/file-number.js';

const RUNS = { numRuns: 2000 };

// --- generators -------------------------------------------------------------------------------

/** Characters a file number is made of, plus the look-alikes and noise people type. */
const NUMBERISH = [
  ...'0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千Oo○',
  ...'〔〕[]()（）【】［］{}｛｝〈〉﹝﹞',
  ...'年第号號令公告通文件、，,/· ',
  ...'商资发贸产合国办务部海关总署函明电',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\t',
  '\u202e',
  '<',
  '"',
  '。',
];
const numberishString = fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 40 });
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  numberishString,
  fc.string({ unit: 'binary', minLength: 250, maxLength: 300 }),
);

/** Han characters that issuer codes are made of (no numerals, no form markers, no 年第号). */
const ISSUER_CHARS = [
  ...'商资贸产合服运国办发财税外经政府委海关总家药监人民银行中华共市场督管理科技农业',
];
const INSTITUTION_SUFFIXES = [...'部署局委会院行厅办'];

const standardIssuer = fc.oneof(
  fc.constantFrom('商资发', '商贸发', '国办发', '国发', '财税', '商运函', '国办发明电', 'WTO司函'),
  fc.string({ unit: fc.constantFrom(...ISSUER_CHARS), minLength: 1, maxLength: 8 }),
);
const institution = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...ISSUER_CHARS), minLength: 1, maxLength: 8 }),
    fc.constantFrom(...INSTITUTION_SUFFIXES),
  )
  .map(([name, suffix]) => name + suffix);
/** One issuer, or several (a joint issue), as orders and announcements carry them. */
const jointIssuer = fc.oneof(
  fc.constantFrom('商务部', '商务部 海关总署', '国家药监局', '中国人民银行'),
  fc.array(institution, { minLength: 1, maxLength: 3 }).map((names) => names.join(' ')),
);

type Value = { form: FileNumberForm; issuer: string; year: number | null; sequence: number };

const validValue = fc
  .record({
    form: fc.constantFrom(...FILE_NUMBER_FORMS),
    year: fc.integer({ min: FILE_NUMBER_LIMITS.minYear, max: FILE_NUMBER_LIMITS.maxYear }),
    sequence: fc.integer({ min: 1, max: FILE_NUMBER_LIMITS.maxSequence }),
  })
  .chain((parts) =>
    (parts.form === 'standard' ? standardIssuer : jointIssuer).map((issuer): Value => ({
      ...parts,
      // an order of a series without years (国务院令第792号) has none
      year: parts.form === 'serial-order' ? null : parts.year,
      issuer,
    })),
  );

const MARKERS: Record<Exclude<FileNumberForm, 'standard'>, string> = {
  order: '令',
  announcement: '公告',
  notice: '通告',
  bulletin: '文告',
  'serial-order': '令',
};
const BRACKETS = [
  ['〔', '〕'],
  ['[', ']'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
  ['［', '］'],
  ['{', '}'],
  ['｛', '｝'],
  ['〈', '〉'],
  ['〖', '〗'],
  ['﹝', '﹞'],
] as const;
const SPACES = ['', '', '', ' ', '  ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\t'];
const HAN_DIGITS = '〇一二三四五六七八九';

const fullWidth = (text: string) =>
  text.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const hanDigits = (text: string) => text.replace(/[0-9]/gu, (d) => HAN_DIGITS[Number(d)] as string);

/** How one spelling varies; each field is one rule of the docs. */
const spelling = fc.record({
  bracket: fc.constantFrom(...BRACKETS),
  /** No brackets: the year ends at a space or 年 (standard form). */
  unbracketed: fc.constantFrom('', '', ' ', '年'),
  spaces: fc.array(fc.constantFrom(...SPACES), { minLength: 8, maxLength: 8 }),
  fullWidthYear: fc.boolean(),
  fullWidthSequence: fc.boolean(),
  hanYear: fc.boolean(),
  twoDigitYear: fc.boolean(),
  zeros: fc.integer({ min: 0, max: 3 }),
  di: fc.boolean(),
  hao: fc.constantFrom('', '号', '号号', '號', '号 号'),
  wrap: fc.boolean(),
  bracketedOrderYear: fc.boolean(),
  upperCase: fc.boolean(),
});

type Spelling = typeof spelling extends fc.Arbitrary<infer T> ? T : never;

/** Writes `value` the way `how` says someone might type it. */
function spell(value: Value, how: Spelling): string {
  const sp = (i: number) => how.spaces[i] as string;
  let sequence = '0'.repeat(how.zeros) + String(value.sequence);
  if (how.fullWidthSequence) sequence = fullWidth(sequence);
  // spaces inside the issuer too (between its characters, never inside a form marker)
  const issuer = [...value.issuer].join(sp(0));
  if (value.year === null) {
    // 第 may be left out only where the number cannot be read as a year
    const di = how.di || sequence.length >= 4 ? '第' : '';
    const [open, close] = how.wrap ? how.bracket : ['', ''];
    return `${sp(1)}${issuer}${sp(2)}令${open}${sp(3)}${di}${sp(4)}${sequence}${sp(5)}${how.hao}${close}${sp(7)}`;
  }
  const twoDigits = how.twoDigitYear && value.year >= 1950 && value.year <= 2049;
  let year = twoDigits ? String(value.year % 100).padStart(2, '0') : String(value.year);
  year = how.hanYear ? hanDigits(year) : how.fullWidthYear ? fullWidth(year) : year;
  const [open, close] =
    how.unbracketed !== '' && value.form === 'standard' ? ['', how.unbracketed] : how.bracket;
  const hao = how.hao;
  if (value.form === 'standard') {
    return `${sp(1)}${issuer}${sp(2)}${open}${sp(3)}${year}${sp(4)}${close}${sp(5)}${how.di ? '第' : ''}${sp(6)}${sequence}${sp(7)}${hao}`;
  }
  const marker = MARKERS[value.form as Exclude<FileNumberForm, 'standard'>];
  const di = how.di ? '第' : '';
  if (how.bracketedOrderYear) {
    return `${issuer}${sp(1)}${marker}${sp(2)}${open}${year}${close}${sp(3)}${di}${sequence}${sp(4)}${hao}`;
  }
  const body = `${year}${sp(3)}年${sp(4)}${di}${sp(5)}${sequence}${sp(6)}${hao}`;
  return `${sp(1)}${issuer}${sp(2)}${marker}${how.wrap ? `${open}${body}${close}` : body}${sp(7)}`;
}

// --- properties -------------------------------------------------------------------------------

describe('parseFileNumber on arbitrary input', () => {
  it('never throws and always answers with a well-formed result', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseFileNumber(input);
        if (result.ok) {
          // whatever parses has a canonical spelling that is a fixed point
          const again = parseFileNumber(result.value.canonical);
          expect(again).toEqual({ ok: true, value: result.value });
          expect(formatFileNumber(result.value)).toBe(result.value.canonical);
        } else {
          expect(FILE_NUMBER_ERROR_CODES).toContain(result.error.code);
          expect(result.error.message).toMatch(/\S/u);
        }
      }),
      RUNS,
    );
  });

  it('never throws on values that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseFileNumber(input as string);
        expect(result.ok ? 'ok' : result.error.code).toBe(
          typeof input === 'string' ? (result.ok ? 'ok' : result.error.code) : 'not-a-string',
        );
      }),
      RUNS,
    );
  });

  it('refuses every input longer than the limit without reading it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: FILE_NUMBER_LIMITS.maxLength + 1, maxLength: 1000 }),
        (input) => {
          expect(parseFileNumber(input)).toMatchObject({ ok: false, error: { code: 'too-long' } });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('format ∘ parse', () => {
  it('is the identity on canonical strings of arbitrary valid numbers', () => {
    fc.assert(
      fc.property(validValue, (value) => {
        const canonical = formatFileNumber(value);
        const result = parseFileNumber(canonical);
        expect(result).toEqual({ ok: true, value: { ...value, canonical } });
        expect(result.ok && formatFileNumber(result.value)).toBe(canonical);
        expect(fileNumberKey(canonical)).toBe(canonical.replaceAll(' ', ''));
      }),
      RUNS,
    );
  });

  it('either refuses an issuer or writes a number that reads back the same', () => {
    const anyHan = fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(validValue, anyHan, (value, issuer) => {
        let canonical: string;
        try {
          canonical = formatFileNumber({ ...value, issuer });
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        const result = parseFileNumber(canonical);
        expect(result.ok && result.value).toMatchObject({
          form: value.form,
          year: value.year,
          sequence: value.sequence,
          canonical,
        });
      }),
      RUNS,
    );
  });
});

describe('spellings of one number', () => {
  it('all map to its key', () => {
    fc.assert(
      fc.property(validValue, spelling, (value, how) => {
        const key = fileNumberKey(formatFileNumber(value));
        const input = how.upperCase ? spell(value, how) : spell(value, how).toLowerCase();
        expect(fileNumberKey(input), JSON.stringify(input)).toBe(key);
      }),
      RUNS,
    );
  });

  it('of the standard form all map to its canonical string', () => {
    fc.assert(
      fc.property(
        validValue.filter((v) => v.form === 'standard'),
        spelling,
        (value, how) => {
          const input = spell(value, how);
          const result = parseFileNumber(input);
          expect(result.ok && result.value.canonical, JSON.stringify(input)).toBe(
            formatFileNumber(value),
          );
        },
      ),
      RUNS,
    );
  });
});

describe('Chinese numerals', () => {
  /** 1…9999 written by place (一千零一十, 十五, 两百 is not produced). */
  function byPlace(n: number): string {
    const digits = String(n).padStart(4, '0');
    const units = ['千', '百', '十', ''];
    let out = '';
    let zero = false;
    for (let i = 0; i < 4; i++) {
      const d = Number(digits[i]);
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += d === 1 && i === 2 && out === '' ? '十' : HAN_DIGITS[d] + (units[i] as string);
    }
    return out;
  }

  it('reads every sequence from 1 to 9999 written by place', () => {
    for (let n = 1; n <= 9999; n++) {
      const result = parseFileNumber(`商务部令2006年第${byPlace(n)}号`);
      if (!result.ok || result.value.sequence !== n) {
        expect.fail(`${n} → ${byPlace(n)} → ${JSON.stringify(result)}`);
      }
    }
    expect(byPlace(1010)).toBe('一千零一十');
    expect(byPlace(15)).toBe('十五');
  });

  it('reads every year written digit by digit', () => {
    for (let year = FILE_NUMBER_LIMITS.minYear; year <= FILE_NUMBER_LIMITS.maxYear; year++) {
      expect(parseFileNumber(`商资发〔${hanDigits(String(year))}〕1号`)).toMatchObject({
        ok: true,
        value: { year },
      });
    }
  });
});
