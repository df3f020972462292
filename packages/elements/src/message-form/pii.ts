/**
 * Finds what looks like personal data in a message's text, so the form can warn that the reply
 * may be published (a warning, never an error: the reader decides). Loaded on the first edit of
 * the message, not at first paint.
 *
 * - A Chinese resident ID number (居民身份证号码, GB 11643-1999): 17 digits and a check
 *   character (a digit or X), with a valid ISO 7064 MOD 11-2 checksum and a plausible birth date
 *   — so a long order or account number is not taken for one.
 * - A phone number: a mainland mobile number (11 digits from 13…–19…), a landline with its area
 *   code (010-12345678, (021) 1234 5678), or an international number (+ and 8–15 digits).
 * - An email address.
 *
 * Full-width digits and letters (１３８…, ＠) are read as their ASCII forms first.
 */

/** A kind of personal data found. */
export type PiiKind = 'idNumber' | 'phone' | 'email';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Whether `id` (18 characters) is a resident ID number with a valid check character. */
export function isResidentIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day &&
    birth.getTime() <= Date.now()
  );
}

const ID = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const PHONE = new RegExp(
  [
    String.raw`(?<![\d+])1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)`, // mobile: 138 1234 5678
    String.raw`(?<!\d)(?:0\d{2,3}[\s-]|\(0\d{2,3}\)\s?)\d{3,4}[\s-]?\d{4}(?!\d)`, // landline
    String.raw`\+\d{1,3}(?:[\s-]?\(?\d+\)?){2,}`, // international
  ].join('|'),
  'g',
);
// Every part bounded (as RFC 5321 bounds them): unbounded runs made a long text without an
// address (`aaaa…@`, `a@a.a.a.…`) cost time quadratic in its length.
const EMAIL = /[\w.+-]{1,64}@[\da-z-]{1,63}(?:\.[\da-z-]{1,63}){0,8}\.[a-z]{2,24}/i;

/** The kinds of personal data `text` seems to contain, in a fixed order. */
export function findPii(text: string): PiiKind[] {
  const plain = text.normalize('NFKC');
  const found: PiiKind[] = [];
  const ids = plain.match(ID) ?? [];
  if (ids.some(isResidentIdNumber)) found.push('idNumber');
  const phones = (plain.match(PHONE) ?? []).filter((m) => {
    const digits = m.replace(/\D/g, '');
    return digits.length >= 8 && digits.length <= 15;
  });
  if (phones.length > 0) found.push('phone');
  if (EMAIL.test(plain)) found.push('email');
  return found;
}
