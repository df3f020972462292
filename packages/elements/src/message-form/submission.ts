/**
 * What only a submission needs, loaded when the reader first sends (not at first paint): the
 * request, the reading of the server's answer, and the receipt shown on success — tracking
 * number and access code with copy buttons, and the due date.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { PortalHttpError } from '@portal-kit/sdk';
import type { CoreClient, MessageReceipt } from '@portal-kit/sdk';
import type { BaseLocalizeController, MessageFormStrings } from '@portal-kit/i18n';
import { newIdempotencyKey } from './draft.js';
import type { Draft, DraftValues } from './draft.js';

export { receiptStyles } from './receipt.styles.js';

/** The `201` answer of `POST /api/v1/messages` (the SDK's type, from the contract). */
export type { MessageReceipt };

/** The JSON body of `POST /api/v1/messages` for a draft's values (empty optional fields left out). */
export function messageBody(values: DraftValues, site: string, lang: string): string {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return JSON.stringify({
    site,
    kind: values.kind,
    subject: values.subject.trim(),
    body: values.body,
    name: optional(values.name),
    email: optional(values.email),
    phone: optional(values.phone),
    publish: values.publish,
    lang,
  });
}

/**
 * Sends a message. With its idempotency key the client may retry it (time-outs, lost
 * connections, 429, 502–504): the server records it once, and answers every repeat with the same
 * receipt.
 */
export function sendMessage(
  client: CoreClient,
  key: string,
  body: string,
  signal: AbortSignal,
): Promise<MessageReceipt> {
  return client.request<MessageReceipt>('POST', '/messages', {
    body: JSON.parse(body) as unknown,
    idempotencyKey: key,
    signal,
  });
}

/** How a failed send is told to the reader. */
export type Failure =
  /** `400`: the server refused values, by parameter (the form maps them to its fields). */
  | { readonly kind: 'fields'; readonly params: readonly string[]; readonly error: unknown }
  /** `413`: the message is too large. */
  | { readonly kind: 'tooLarge' }
  /** `429`: too many messages; `retryAt` is when to try again, if the server said. */
  | { readonly kind: 'rateLimited'; readonly retryAt: number | null }
  /** `422`: the key was used for another text (the form sends that text again). */
  | { readonly kind: 'conflict' }
  /** The outcome is unknown (network, time-out, 5xx): the same key must be sent again. */
  | { readonly kind: 'unknown'; readonly error: unknown }
  /** The server refused it for another reason: nothing was recorded. */
  | { readonly kind: 'refused'; readonly error: unknown };

/** What a failed send means for the draft and the reader. */
export function failureOf(error: unknown, now = Date.now()): Failure {
  if (!(error instanceof PortalHttpError)) return { kind: 'unknown', error };
  const { status, problem, retryAfterMs } = error;
  if (status === 400) {
    const list = (problem as { errors?: unknown } | null)?.errors;
    const params = Array.isArray(list)
      ? list
          .map((e) => (e as { param?: unknown } | null)?.param)
          .filter((p): p is string => typeof p === 'string')
      : [];
    return params.length > 0 ? { kind: 'fields', params, error } : { kind: 'refused', error };
  }
  if (status === 413) return { kind: 'tooLarge' };
  if (status === 422) return { kind: 'conflict' };
  if (status === 429) {
    return { kind: 'rateLimited', retryAt: retryAfterMs === null ? null : now + retryAfterMs };
  }
  return status >= 500 || status === 408 ? { kind: 'unknown', error } : { kind: 'refused', error };
}

/** What became of a draft sent: acknowledged, or why not (and the draft to keep). */
export type Outcome =
  /** `changed`: the receipt is of the text first sent with the key, before the reader's edit. */
  | { readonly receipt: MessageReceipt; readonly changed: boolean }
  | { readonly failure: Failure; readonly error: unknown; readonly draft: Draft };

/**
 * Sends `draft` with its key. `keep` stores the draft as it changes: before the request it
 * records the text sent (the first one whose fate is unknown, sent again on a `422`). After a
 * refusal the server recorded nothing (400, 413, 429): the next attempt may carry other text.
 * A `422` whose first text is gone cannot be resolved: the draft starts again with a new key.
 * `null` when `signal` aborted.
 */
export async function deliver(
  to: { client: CoreClient; site: string; lang: string; draft: Draft; signal: AbortSignal },
  keep: (draft: Draft) => void,
): Promise<Outcome | null> {
  const { client, draft, signal } = to;
  const body = messageBody(draft.values, to.site, to.lang);
  const sent = draft.sent ?? body;
  keep({ ...draft, sent });
  let failure: Failure;
  try {
    return { receipt: await sendMessage(client, draft.key, body, signal), changed: false };
  } catch (error) {
    if (signal.aborted) return null;
    failure = failureOf(error);
    if (failure.kind === 'conflict' && sent !== body) {
      try {
        return { receipt: await sendMessage(client, draft.key, sent, signal), changed: true };
      } catch (again) {
        if (signal.aborted) return null;
        failure = failureOf(again);
      }
    }
    const { sent: _sent, ...rest } = draft;
    const next =
      failure.kind === 'unknown'
        ? { ...draft, sent }
        : failure.kind === 'conflict'
          ? { ...rest, key: newIdempotencyKey() }
          : rest;
    return { failure, error, draft: next };
  }
}

/**
 * Copies `text` (the Clipboard API; else the old `execCommand('copy')` on a selection of `shown`,
 * the element showing it). `manual` when neither worked: `shown` is left selected for Ctrl+C.
 */
export async function copyText(text: string, shown: Element): Promise<'copied' | 'manual'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const selection = getSelection();
    selection?.selectAllChildren(shown);
    try {
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // not allowed either: the reader copies the selection
    }
    return 'manual';
  }
}

/** What the receipt shows besides the receipt, and what its buttons do. */
export interface ReceiptState {
  /** What the last copy did ('' before any). */
  readonly copyStatus: string;
  /** The receipt is of an earlier version of the text (sent before the reader's last edit). */
  readonly changed: boolean;
  readonly onCopy: (which: 'tracking-number' | 'access-code') => void;
  readonly onAnother: () => void;
}

/**
 * The receipt (`part="receipt"`): the tracking number and access code with copy buttons, "keep
 * these", and the due date as a date (Beijing) and as "within 5 working days".
 */
export function receiptView(
  l: BaseLocalizeController<MessageFormStrings>,
  receipt: MessageReceipt,
  s: ReceiptState,
): TemplateResult {
  const row = (id: 'tracking-number' | 'access-code', label: string, value: string) =>
    html`<div class="row">
      <dt id=${`${id}-label`}>${label}</dt>
      <dd>
        <code part=${id} class="code" id=${id} translate="no">${value}</code>
        <button
          part="copy-button"
          class="button secondary"
          type="button"
          aria-describedby=${`${id}-label`}
          @click=${() => s.onCopy(id)}
        >
          ${l.t('copy')}
        </button>
      </dd>
    </div>`;
  return html`<div part="receipt" class="receipt">
    ${s.changed ? html`<p part="notice" class="message notice">${l.t('changed')}</p>` : nothing}
    <dl class="codes">
      ${row('tracking-number', l.t('trackingNumber'), receipt.trackingNumber)}
      ${row('access-code', l.t('accessCode'), receipt.accessCode)}
    </dl>
    <p part="keep" class="keep">${l.t('keepThese')}</p>
    <p part="copy-status" class="copy-status" role="status">${s.copyStatus}</p>
    <p part="due" class="due">${l.t('due', { date: l.formatDate(receipt.dueDate) })}</p>
    <button part="another-button" class="button secondary" type="button" @click=${s.onAnother}>
      ${l.t('another')}
    </button>
  </div>`;
}
