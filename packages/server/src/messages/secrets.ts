/**
 * The secrets of a message, kept so that a copy of the database gives none away:
 * - the access code is stored as SHA-256 over the tracking number and the code (80 random bits:
 *   no table of codes can be precomputed, and a guess costs as much as a hash of 2⁸⁰ inputs);
 * - an `Idempotency-Key` is stored as its SHA-256, and the receipt it replays (which holds the
 *   access code) is encrypted with AES-256-GCM under a key derived (HKDF-SHA-256) from the
 *   Idempotency-Key and the request's hash: only the client that holds the key can have it
 *   replayed, and reading it needs the key, which the database never sees.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

const ACCESS_CODE_CONTEXT = 'portal-kit message access code v1';
const RECEIPT_CONTEXT = 'portal-kit message receipt v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** SHA-256 of `parts`, each followed by a NUL byte (so `a`+`bc` ≠ `ab`+`c`). */
function sha256(...parts: string[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part, 'utf8').update('\0');
  return hash.digest();
}

/** The stored hash of `accessCode` (canonical spelling) for `trackingNumber`. */
export function accessCodeHash(trackingNumber: string, accessCode: string): Buffer {
  return sha256(ACCESS_CODE_CONTEXT, trackingNumber, accessCode);
}

/** A hash no code has, compared when no message has the number (the same work either way). */
const DECOY = sha256(ACCESS_CODE_CONTEXT, 'no message');

/**
 * Whether `accessCode` is the code of a message whose stored hash is `stored` (`null`: no such
 * message), in constant time: an unknown number costs the same hash and comparison.
 */
export function accessCodeMatches(
  stored: Buffer | null,
  trackingNumber: string,
  accessCode: string,
): boolean {
  const given = accessCodeHash(trackingNumber, accessCode);
  const equal = timingSafeEqual(given, stored?.length === 32 ? stored : DECOY);
  return equal && stored !== null;
}

/** SHA-256 of an `Idempotency-Key`, as stored. */
export function idempotencyKeyHash(key: string): Buffer {
  return sha256('portal-kit idempotency key v1', key);
}

/**
 * SHA-256 of a request body, independent of the order of its members (the body is a flat
 * object of strings and booleans, as the contract allows).
 */
export function requestHash(body: Readonly<Record<string, unknown>>): Buffer {
  const sorted = Object.keys(body)
    .sort()
    .map((name) => [name, body[name]]);
  return sha256('portal-kit message request v1', JSON.stringify(sorted));
}

function receiptKey(idempotencyKey: string, request: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, request, RECEIPT_CONTEXT, 32));
}

/** `receipt` (JSON) encrypted for the holder of `idempotencyKey`: IV ‖ tag ‖ ciphertext. */
export function sealReceipt(receipt: object, idempotencyKey: string, request: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', receiptKey(idempotencyKey, request), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(receipt), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

/** The receipt sealed by {@link sealReceipt}; throws when the key or request differ. */
export function openReceipt(sealed: Buffer, idempotencyKey: string, request: Buffer): unknown {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', receiptKey(idempotencyKey, request), iv);
  decipher.setAuthTag(tag);
  const text = Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(text) as unknown;
}
