/**
 * The draft of a message, kept in `localStorage` per site while the reader types, so a reload,
 * a crash or a lost connection never loses it. It carries the draft's one idempotency key: every
 * attempt to send this draft — a retry after a time-out, a second click, a send after going
 * offline — carries the same key, so the server records it once. A draft is removed only once
 * the server acknowledged it (`201`).
 */
import { readStorage, writeStorage } from '../base/storage.js';

/** What the reader typed, by field name. */
export interface DraftValues {
  kind: string;
  subject: string;
  body: string;
  name: string;
  email: string;
  phone: string;
  publish: boolean;
}

/** A form with nothing typed. */
export const EMPTY: DraftValues = {
  kind: '',
  subject: '',
  body: '',
  name: '',
  email: '',
  phone: '',
  publish: false,
};

/** The values in `form` now (its fields' form values; the consent checkbox). */
export function valuesOf(form: HTMLFormElement): DraftValues {
  const data = new FormData(form);
  const get = (name: string) => String(data.get(name) ?? '');
  return {
    kind: get('kind'),
    subject: get('subject'),
    body: get('body'),
    name: get('name'),
    email: get('email'),
    phone: get('phone'),
    publish: data.get('publish') === 'yes',
  };
}

/** A message draft, as stored. */
export interface Draft {
  /** The `Idempotency-Key` of every attempt to send this draft. */
  readonly key: string;
  readonly values: DraftValues;
  /**
   * The body of the last attempt to send it (JSON), once one was made: a later attempt with the
   * same key and other text is refused (`422`); then this one is sent again to learn its receipt.
   */
  readonly sent?: string;
  /** The reader asked to send it while offline: it goes when the connection is back. */
  readonly queued?: boolean;
}

/** The storage key of a site's draft. */
export const draftStorageKey = (site: string): string => `portal-kit:message-draft:${site}`;

/** A new random idempotency key (a UUID; 36 visible ASCII characters). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside a secure context: 128 random bits in hex.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The stored draft of `site`, or `null` (none, storage disabled, or unreadable). */
export function readDraft(site: string): Draft | null {
  try {
    const raw = JSON.parse(readStorage(draftStorageKey(site)) ?? 'null') as Partial<Draft> | null;
    const key = raw?.key;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{8,128}$/.test(key)) return null;
    const v = (raw?.values ?? {}) as Partial<Record<keyof DraftValues, unknown>>;
    return {
      key,
      values: {
        kind: text(v.kind),
        subject: text(v.subject),
        body: text(v.body),
        name: text(v.name),
        email: text(v.email),
        phone: text(v.phone),
        publish: v.publish === true,
      },
      ...(typeof raw?.sent === 'string' ? { sent: raw.sent } : {}),
      ...(raw?.queued === true ? { queued: true } : {}),
    };
  } catch {
    return null;
  }
}

/** Stores `draft` for `site` (a disabled or full storage keeps it in memory only). */
export function writeDraft(site: string, draft: Draft): void {
  writeStorage(draftStorageKey(site), JSON.stringify(draft));
}

/** Removes the draft of `site` (once the server acknowledged it). */
export function clearDraft(site: string): void {
  try {
    globalThis.localStorage?.removeItem(draftStorageKey(site));
  } catch {
    // storage disabled: nothing stored
  }
}
