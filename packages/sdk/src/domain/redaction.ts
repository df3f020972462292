/**
 * Removes personal data from a message's texts before they are published: what is published
 * is the question and the reply with every piece that could name or reach the asker replaced
 * by {@link REDACTION_MARK}. Rules: docs/api/staff.md.
 *
 * Replaced, in any spelling people type (ASCII or full-width digits, letters and signs):
 * - a resident ID number (居民身份证号码): 18 characters, 17 digits and a check character (a
 *   digit or `X`), optionally grouped 6-8-4 by spaces or hyphens, or an old 15-digit one. The
 *   checksum is *not* required: a mistyped number still identifies its holder;
 * - a mainland mobile number (11 digits, 13…–19…, optionally grouped 3-4-4, optionally after
 *   `+86`/`0086`/`86`);
 * - a landline number with its area code (`010-6519 8888`, `(021) 1234 5678`, `+86 10 6519
 *   8888`, `0755 12345678 转 123`);
 * - a number abroad in international form (`+44 20 7946 0958`, `+1 (202) 555-0143`);
 * - an e-mail address;
 * - the asker's own name, e-mail address and phone number as stored with the message (a Chinese
 *   name also as surname + 先生/女士/小姐; a Latin name also as each of its words, whole words).
 *
 * Redacting is idempotent: the mark contains nothing any rule matches, so redacting redacted
 * text changes nothing.
 */

/** What replaces each piece of personal data. */
export const REDACTION_MARK = '＊＊＊';

/** The asker's own data, as stored with the message. */
export interface RedactionSubject {
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

const D = '[0-9０-９]';
/** A separator inside a grouped number: a space or a hyphen, ASCII or full-width. */
const SEP = '[ \\u3000\\-－‐‑–]';
const NOT_DIGIT_BEFORE = '(?<![0-9０-９])';
const NOT_DIGIT_AFTER = '(?![0-9０-９])';
const PLUS = '[+＋]';
const OPEN = '[(（]';
const CLOSE = '[)）]';

/** 18-character ID (6-8-4, optional separators) or 15-digit old ID. */
const ID_NUMBER = `${NOT_DIGIT_BEFORE}(?:${D}{6}${SEP}?${D}{8}${SEP}?${D}{3}[0-9０-９XxＸｘ]|${D}{15})${NOT_DIGIT_AFTER}`;
/** Country code of China, then a separator. */
const CN = `(?:(?:${PLUS}|00)?86${SEP}?)`;
const MOBILE = `${NOT_DIGIT_BEFORE}(?:${PLUS}?${CN})?[1１][3-9３-９]${D}(?:${SEP}?${D}{4}){2}(?!${D})`;
/** Area code: `010`, `(021)`, `0755`, or after +86 without its 0. */
const AREA = `(?:${OPEN}${SEP}?0?${D}{2,3}${SEP}?${CLOSE}|0${D}{2,3}|(?<=86${SEP}?)${D}{2,3})`;
const LOCAL = `${D}{3,4}${SEP}?${D}{4}`;
const EXTENSION = `(?:${SEP}?(?:转|ext\\.?|x|分机)${SEP}?${D}{1,6}|-${D}{1,6})?`;
const LANDLINE = `${NOT_DIGIT_BEFORE}(?:${CN})?${AREA}${SEP}?${LOCAL}(?!${D})${EXTENSION}`;
/**
 * An international number other than China's: `+`, a country code and 7–14 more digits in
 * groups (`+44 20 7946 0958`, `+1 (202) 555-0143`, `+33 1 23 45 67 89`).
 */
const INTERNATIONAL = `${PLUS}(?!86)[1-9１-９]${D}{0,2}(?:${SEP}?${OPEN}?${D}{1,5}${CLOSE}?){2,6}(?!${D})`;
/**
 * Every part bounded as RFC 5321 bounds it (64-character local part, 63-character labels): an
 * unbounded pattern made a long text holding an `@` but no address cost time quadratic in its
 * length.
 */
const EMAIL =
  "[A-Za-z0-9Ａ-Ｚａ-ｚ０-９!#$%&'*+/=?^_`{|}~.－-]{1,64}[@＠](?:[A-Za-z0-9Ａ-Ｚａ-ｚ０-９-]{1,63}[.．]){1,8}[A-Za-zＡ-Ｚａ-ｚ]{2,24}";

/** The kinds of personal data the pattern rules find. */
export type PersonalDataKind = 'idNumber' | 'phone' | 'email';

/** The rules of each kind, in the order {@link findPersonalData} reports them. */
const KINDS: readonly (readonly [PersonalDataKind, string])[] = [
  ['idNumber', ID_NUMBER],
  ['phone', [LANDLINE, MOBILE, INTERNATIONAL].join('|')],
  ['email', EMAIL],
];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Whether `id` is an 18-character resident ID number (GB 11643-1999) with a right ISO 7064 MOD
 * 11-2 check character and a real birth date from 1900 to today. Full-width digits and `Ｘ`,
 * spaces and hyphens between the groups are read as typed.
 */
export function isResidentIdNumber(id: string): boolean {
  const plain = id
    .normalize('NFKC')
    .replace(/[\s\-－‐‑–]/g, '')
    .toUpperCase();
  if (!/^\d{17}[\dX]$/.test(plain)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(plain[i]), 0);
  if (CHECK[sum % 11] !== plain[17]) return false;
  const [year, month, day] = [plain.slice(6, 10), plain.slice(10, 12), plain.slice(12, 14)].map(
    Number,
  ) as [number, number, number];
  const birth = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day &&
    birth.getTime() <= Date.now()
  );
}

/**
 * The kinds of personal data `text` seems to hold, by the same rules as
 * {@link redactPersonalData}, in a fixed order — for a warning before a message is sent. With
 * `checkedIds`, an ID-shaped number counts only when {@link isResidentIdNumber} holds (so a long
 * order number is not taken for one); redaction removes every ID-shaped number.
 */
export function findPersonalData(
  text: string,
  options: { checkedIds?: boolean } = {},
): PersonalDataKind[] {
  return KINDS.filter(([kind, rule]) => {
    const matches = text.match(new RegExp(rule, 'gu')) ?? [];
    return kind === 'idNumber' && options.checkedIds
      ? matches.some(isResidentIdNumber)
      : matches.length > 0;
  }).map(([kind]) => kind);
}

/** Every pattern rule, longest matches first (an ID holds what looks like a phone number). */
const RULES = /* @__PURE__ */ new RegExp(
  [EMAIL, ID_NUMBER, LANDLINE, MOBILE, INTERNATIONAL].join('|'),
  'gu',
);

const HONORIFICS = ['先生', '女士', '小姐', '同志', '老师'];
const HAN = /^\p{Script=Han}{2,4}$/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term that must stand alone: not inside a longer word of letters or digits. */
const whole = (term: string) => `(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`;

/** The patterns of the asker's own data, longest first. */
function subjectTerms(subject: RedactionSubject): string[] {
  const terms: string[] = [];
  const name = subject.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (HAN.test(name)) {
    terms.push(escape(name));
    // 张先生, 张女士: the surname and a form of address.
    terms.push(`${escape(name.slice(0, 1))}(?:${HONORIFICS.join('|')})`);
  } else if ([...name].length >= 2) {
    terms.push(escape(name).replace(/ /g, '\\s+'));
    for (const word of name.split(' ')) if ([...word].length >= 2) terms.push(whole(word));
  }
  const email = subject.email?.trim() ?? '';
  if (email !== '') terms.push(escape(email));
  // The stored number's digits without country code or trunk 0, with any separators between
  // them, as typed in the text (`+86 (10) 6519-8888` is found as `010 6519 8888` and as
  // `65198888` too).
  const digits = (subject.phone ?? '').replace(/\D/g, '').replace(/^(?:00)?86(?=\d{9})|^0/, '');
  if (digits.length >= 5) {
    const between = `(?:${SEP}|${OPEN}|${CLOSE})*`;
    const digit = (d: string) => `[${d}${String.fromCharCode(0xff10 + Number(d))}]`;
    const run = (part: string) => [...part].map(digit).join(between);
    terms.push(`(?<!${D})[0０]?${run(digits)}(?!${D})`);
    // A landline's local number alone (`6519 8888`, without the area code).
    if (digits.length >= 10) terms.push(`(?<!${D})${run(digits.slice(-8))}(?!${D})`);
  }
  return terms.sort((a, b) => b.length - a.length);
}

/**
 * `text` with every ID number, phone number and e-mail address, and the asker's own name,
 * e-mail address and phone number (`subject`), replaced by {@link REDACTION_MARK}. Adjacent
 * marks are merged into one. Nothing else changes.
 *
 * @example
 * redactPersonalData('我是张三，电话13812345678', { name: '张三' });
 * // → '我是＊＊＊，电话＊＊＊'
 */
export function redactPersonalData(text: string, subject: RedactionSubject = {}): string {
  const mark = escape(REDACTION_MARK);
  return replaceAll(text, subject).replace(
    new RegExp(`${mark}(?:${SEP}*${mark})+`, 'g'),
    REDACTION_MARK,
  );
}

/** Whether `text` holds anything {@link redactPersonalData} would replace. */
export function containsPersonalData(text: string, subject: RedactionSubject = {}): boolean {
  return replaceAll(text, subject) !== text;
}

/** Every rule, then the asker's own data, replaced by one mark each. */
function replaceAll(text: string, subject: RedactionSubject): string {
  const terms = subjectTerms(subject);
  const result = text.replace(RULES, REDACTION_MARK);
  if (terms.length === 0) return result;
  return result.replace(new RegExp(terms.join('|'), 'giu'), REDACTION_MARK);
}
