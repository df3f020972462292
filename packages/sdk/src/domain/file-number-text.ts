/**
 * The text of a file number before it is read: one spelling for the many ways of typing the
 * same characters, where the number part starts, the form marker (令, 公告…) and the issuer in
 * its canonical spelling.
 */
import { fail, type FileNumberForm, type Failure } from './file-number-rules.js';

/** The forms written with a marker after the issuer and a year before the sequence number. */
export type YearMarkedForm = Exclude<FileNumberForm, 'standard' | 'serial-order'>;

/** Form markers written between the issuer and the year, longest first. */
const FORM_MARKERS: ReadonlyArray<readonly [YearMarkedForm, string]> = [
  ['announcement', '公告'],
  ['notice', '通告'],
  ['bulletin', '文告'],
  ['order', '令'],
];
export const MARKER_OF = /* @__PURE__ */ Object.fromEntries(FORM_MARKERS) as Record<
  YearMarkedForm,
  string
>;

/** Full name prefix dropped from order/announcement issuers: 中华人民共和国商务部令 → 商务部令. */
const STATE_PREFIX = '中华人民共和国';

/** Characters that end an issuer's name in a joint issue (部, 署, 局, 委员会…). */
const INSTITUTION_END = /[部署局委会院行厅办府室司处所社盟军]$/u;

/** The characters of a numeral (digits and Chinese numerals), where the number part may start. */
const NUMERALS = /* @__PURE__ */ new Set('0123456789〇零一二两三四五六七八九十百千');

/** Brackets people type around the year (after NFKC), mapped to 〔 and 〕. */
const OPENING = '([{【〔〖〘〈⟨⦅⟦';
const CLOSING = ')]}】〕〗〙〉⟩⦆⟧';
/**
 * Code units rewritten after NFKC: '' drops an invisible character (zero-width space, joiners,
 * BOM, soft hyphen, variation selectors), ' ' marks whitespace (runs collapse to one space),
 * anything else replaces the character (brackets, 號 → 号, a–z → A–Z).
 */
const CHAR_MAP: ReadonlyMap<number, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [
    ...[...'\u00ad\u200b\u200c\u200d\u2060\ufeff\u180b\u180c\u180d\u180f'].map((ch) => [ch, '']),
    ...Array.from({ length: 16 }, (_, i) => [String.fromCharCode(0xfe00 + i), '']),
    ...[...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000'].map((ch) => [ch, ' ']),
    ...Array.from({ length: 11 }, (_, i) => [String.fromCharCode(0x2000 + i), ' ']),
    ...[...OPENING].map((ch) => [ch, '〔']),
    ...[...CLOSING].map((ch) => [ch, '〕']),
    ['號', '号'],
    ...[...'abcdefghijklmnopqrstuvwxyz'].map((ch) => [ch, ch.toUpperCase()]),
  ].map(([from, to]) => [(from as string).charCodeAt(0), to as string]),
);
/** Quotes and sentence punctuation copied along with a number, dropped at either end. */
const EDGE_PUNCTUATION = /* @__PURE__ */ new Set(' "\'“”‘’「」『』.,;:。、!?');
/** Runs where a letter O or a circle stands for a zero: 二OO六, 二○○六, 2OO6. */
const ZERO_LOOKALIKE_RUN = /[0-9〇零一二三四五六七八九O○◯]+/gu;
/** What may remain after normalization. Anything else is refused, naming the character. */
export const DISALLOWED = /[^\p{Script=Han}A-Z0-9 〔〕、,/·・]/u;
const JOINT_SEPARATOR = /[、,/·・]/u;

/**
 * One spelling for the many ways of typing the same characters: NFKC (full-width digits and
 * letters, ［］（）｛｝, compatibility ideographs), invisible characters dropped, any whitespace
 * run → one space, Latin letters upper-cased, every bracket → 〔 or 〕, 號 → 号, a letter O or a
 * circle inside a numeral → zero, and quotes or punctuation at either end dropped.
 */
export function normalizeText(input: string): string {
  const text = input.normalize('NFKC');
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const to = CHAR_MAP.get(text.charCodeAt(i)) ?? (text[i] as string);
    if (to === ' ') {
      space = out !== '';
    } else if (to !== '') {
      out += space ? ` ${to}` : to;
      space = false;
    }
  }
  if (/[O○◯]/u.test(out)) {
    out = out.replace(ZERO_LOOKALIKE_RUN, (run) =>
      /[〇零一二三四五六七八九]/u.test(run)
        ? run.replace(/[O○◯]/gu, '〇')
        : /[0-9]/u.test(run)
          ? run.replace(/[O○◯]/gu, '0')
          : run,
    );
  }
  let start = 0;
  let end = out.length;
  while (start < end && EDGE_PUNCTUATION.has(out[start] as string)) start++;
  while (end > start && EDGE_PUNCTUATION.has(out[end - 1] as string)) end--;
  return out.slice(start, end);
}

/**
 * Where the number part starts: a bracket, a digit, 第 or 号; or a Chinese numeral followed by
 * 年, 〕, 号, 第 or (after a space) another numeral — so numerals inside an issuer code stay in it.
 */
export function numberStart(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if ('〔〕第号'.includes(ch) || (ch >= '0' && ch <= '9')) return i;
    if (!NUMERALS.has(ch)) continue;
    let end = i;
    while (end < s.length && NUMERALS.has(s[end] as string)) end++;
    const spaced = s[end] === ' ';
    const next = s[spaced ? end + 1 : end] ?? '';
    if (
      (next !== '' && '年〕号第'.includes(next)) ||
      (spaced && NUMERALS.has(next)) ||
      /[0-9]/u.test(s.slice(i, end))
    ) {
      return i;
    }
    i = end - 1;
  }
  return -1;
}

/** Splits a trailing form marker (令, 公告…) off the text before the number. */
export function splitForm(head: string): { form: 'standard' | YearMarkedForm; name: string } {
  for (const [form, marker] of FORM_MARKERS) {
    if (head.endsWith(marker)) return { form, name: head.slice(0, -marker.length).trim() };
  }
  return { form: 'standard', name: head };
}

/**
 * The issuer in its canonical spelling. A standard number carries one issuer code, written
 * without spaces. Orders, announcements, notices and bulletins may be issued jointly: names are
 * separated by one space (a space, 、, comma, slash or middle dot in the input); a fragment that
 * does not end like an institution (部, 署, 局…) belongs to the next one (`海关 总署` → `海关总署`).
 */
export function normalizeIssuer(name: string, form: FileNumberForm): string | Failure {
  let text = name;
  if (form !== 'standard' && text.startsWith(STATE_PREFIX) && text.length > STATE_PREFIX.length) {
    text = text.slice(STATE_PREFIX.length);
  }
  const fragments = text.split(/[ 、,/·・]+/u).filter((f) => f !== '');
  if (fragments.length === 0) {
    return fail('no-issuer', 'No issuer: a file number starts with the issuer code, e.g. 商资发.');
  }
  let issuer: string;
  if (form === 'standard') {
    if (JOINT_SEPARATOR.test(text)) {
      return fail(
        'invalid-issuer',
        `Issuer "${text}" lists several issuers: a standard number carries only the lead issuer's code.`,
      );
    }
    issuer = fragments.join('');
  } else {
    const names: string[] = [];
    let pending = '';
    for (const fragment of fragments) {
      pending += fragment;
      if (INSTITUTION_END.test(pending)) {
        names.push(pending);
        pending = '';
      }
    }
    if (pending !== '') names.push(pending);
    issuer = names.join(' ');
  }
  if (!/\p{Script=Han}/u.test(issuer)) {
    return fail('invalid-issuer', `Issuer "${issuer}" has no Chinese characters.`);
  }
  return issuer;
}
