/**
 * The detail of `<portal-message-inbox>` — the whole message, its history and the forms of its
 * next steps (reply, forward, publish) — with the requests behind them, loaded when staff first
 * open a message (a chunk of its own in bundles, with `<portal-select>`), so the list does not
 * pay for it at first paint. The element keeps the state; these load, send and show it.
 */
import '../select/define.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { PortalHttpError } from '@portal-kit/sdk';
import type { CoreClient, Site, StaffMessage } from '@portal-kit/sdk';
import type { BaseLocalizeController, MessageInboxStrings } from '@portal-kit/i18n';
import { commonT, reasonOf } from '../status/status-views.js';
import { detailStyles } from './detail-view.styles.js';

export { detailStyles };

type Localize = BaseLocalizeController<MessageInboxStrings>;
type Headers = Readonly<Record<string, string>>;

/** A step staff take on a message. */
export type InboxAction = 'reply' | 'forward' | 'publish';

/** A message opened, and the departments it may be forwarded to (`null`: none to offer). */
export interface Detail {
  readonly message: StaffMessage;
  readonly sites: readonly Site[] | null;
}

/** What became of an action: taken, refused as a conflict (409), or failed. */
export type Outcome =
  | { readonly kind: 'done'; readonly message: StaffMessage }
  | { readonly kind: 'conflict'; readonly message?: StaffMessage }
  | { readonly kind: 'failed'; readonly error: unknown; readonly message?: undefined }
  | { readonly kind: 'unauthorized'; readonly message?: undefined };

/** The last action's outcome, as the detail shows it. */
export type ActionNotice = Exclude<Outcome, { kind: 'unauthorized' }> & {
  readonly action: InboxAction;
};

/** What the detail shows. */
export interface DetailState {
  readonly message: StaffMessage;
  readonly sites: readonly Site[] | null;
  /** The action in flight: its button is `aria-disabled`. */
  readonly busy: InboxAction | null;
  readonly notice: ActionNotice | null;
  /** The countdown in words (the row's). */
  readonly countdown: string;
}

/** Whether the main site's office may forward `m`: new, and handled by the main site. */
const forwardable = (m: StaffMessage) => m.handledBy === 'main' && m.status === 'received';

const getMessage = (client: CoreClient, headers: Headers, number: string, signal?: AbortSignal) =>
  client.request('GET', '/staff/messages/{trackingNumber}', {
    params: { trackingNumber: number },
    headers,
    ...(signal ? { signal } : {}),
  });

/** Loads a message and, when it may be forwarded, the departments (`GET /sites?kind=department`). */
export async function loadDetail(
  client: CoreClient,
  headers: Headers,
  number: string,
  signal: AbortSignal,
): Promise<Detail> {
  const message = await getMessage(client, headers, number, signal);
  let sites: readonly Site[] | null = null;
  if (forwardable(message)) {
    try {
      const list = await client.request('GET', '/sites', { query: { kind: 'department' }, signal });
      sites = list.items;
    } catch (error) {
      if (signal.aborted) throw error;
    }
  }
  return { message, sites };
}

/**
 * Sends one action of the form `data` (already checked by its form controller). A 409 reads
 * the message again, so the detail shows the state that won.
 */
export async function perform(
  client: CoreClient,
  headers: Headers,
  action: InboxAction,
  number: string,
  data: FormData,
): Promise<Outcome> {
  const text = (name: string) => String(data.get(name) ?? '');
  let body: Record<string, string>;
  if (action === 'reply') body = { text: text('text') };
  else if (action === 'forward') {
    body = { to: text('to') };
    if (text('note').trim()) body.note = text('note');
  } else body = { subject: text('subject'), body: text('body'), reply: text('reply') };
  try {
    const message = await client.request<StaffMessage>(
      'POST',
      `/staff/messages/{trackingNumber}/${action}`,
      { params: { trackingNumber: number }, headers, body, invalidates: ['/messages'] },
    );
    return { kind: 'done', message };
  } catch (error) {
    const status = error instanceof PortalHttpError ? error.status : 0;
    if (status === 401) return { kind: 'unauthorized' };
    if (status !== 409) return { kind: 'failed', error };
    try {
      return { kind: 'conflict', message: await getMessage(client, headers, number) };
    } catch {
      return { kind: 'conflict' };
    }
  }
}

/** The polite announcement of an action taken. */
export function doneText(l: Localize, action: InboxAction, m: StaffMessage): string {
  if (action === 'forward') return l.t('doneForward', { site: m.handledBy });
  return action === 'reply' ? l.t('doneReply') : l.t('donePublish');
}

const title = (id: string, text: string) =>
  html`<p id=${id} class="section-title" role="heading" aria-level="4">${text}</p>`;

function submit(l: Localize, part: string, label: string, busy: boolean): TemplateResult {
  return html`<button
    part=${part}
    class="button"
    type="submit"
    aria-disabled=${busy ? 'true' : 'false'}
  >
    ${busy ? l.t('working') : label}
  </button>`;
}

/** The last action, refused (409) or failed (`action-error`, focused), or nothing. */
function noticeOf(l: Localize, s: DetailState): unknown {
  const n = s.notice;
  if (!n || n.kind === 'done') return nothing;
  const action = n.action;
  const conflicts = {
    reply: l.t('conflictReply'),
    forward: l.t('conflictForward'),
    publish: l.t('conflictPublish'),
  };
  return html`<div part="action-error" class="message error" role="alert" tabindex="-1">
    <p class="error-title">${n.kind === 'conflict' ? conflicts[action] : l.t('actionFailed')}</p>
    ${n.kind === 'failed' ? html`<p>${reasonOf(commonT(l), n.error)}</p>` : nothing}
  </div>`;
}

function replyForm(l: Localize, s: DetailState): TemplateResult {
  return html`<section class="action" aria-labelledby="reply-title">
    ${title('reply-title', l.t('reply'))}
    <portal-error-summary id="reply-summary"></portal-error-summary>
    <form part="reply" class="form">
      <portal-text-field
        name="text"
        label=${l.t('replyLabel')}
        hint=${l.t('replyHint')}
        multiline
        required
        maxlength="10000"
      ></portal-text-field>
      ${submit(l, 'reply-button', l.t('replySubmit'), s.busy === 'reply')}
    </form>
  </section>`;
}

function forwardForm(l: Localize, s: DetailState): TemplateResult {
  const name = (site: Site) => site.names[l.lang] ?? site.names['zh-CN'] ?? site.id;
  return html`<section class="action" aria-labelledby="forward-title">
    ${title('forward-title', l.t('forwardTitle'))}
    ${
      s.sites
        ? html`<portal-error-summary id="forward-summary"></portal-error-summary>
            <form part="forward" class="form">
              <portal-select
                name="to"
                label=${l.t('forwardTo')}
                required
                .options=${[
                  { value: '', label: l.t('forwardChoose') },
                  ...s.sites.map((site) => ({ value: site.id, label: name(site) })),
                ]}
              ></portal-select>
              <portal-text-field
                name="note"
                label=${l.t('forwardNote')}
                multiline
                maxlength="1000"
              ></portal-text-field>
              ${submit(l, 'forward-button', l.t('forwardSubmit'), s.busy === 'forward')}
            </form>`
        : html`<p class="message error">${l.t('sitesFailed')}</p>`
    }
  </section>`;
}

function publishForm(l: Localize, s: DetailState): TemplateResult {
  const m = s.message;
  const p = m.publication;
  let content: unknown;
  if (p.publishedAt) {
    content = html`<p part="published">
      ${l.t('publishedOn', { date: l.formatDate(p.publishedAt) })}
    </p>`;
  } else if (!m.publish) {
    content = html`<p part="no-consent">${l.t('noConsent')}</p>`;
  } else {
    content = html`<p>${l.t('publishIntro')}</p>
      <portal-error-summary id="publish-summary"></portal-error-summary>
      <form part="publish" class="form">
        <portal-text-field
          name="subject"
          label=${l.t('publishSubject')}
          required
          maxlength="200"
          .value=${p.subject}
        ></portal-text-field>
        <portal-text-field
          name="body"
          label=${l.t('publishBody')}
          multiline
          required
          maxlength="5000"
          .value=${p.body}
        ></portal-text-field>
        <portal-text-field
          name="reply"
          label=${l.t('publishReply')}
          multiline
          required
          maxlength="10000"
          .value=${p.reply ?? ''}
        ></portal-text-field>
        ${submit(l, 'publish-button', l.t('publishSubmit'), s.busy === 'publish')}
      </form>`;
  }
  return html`<section class="action" aria-labelledby="publish-title">
    ${title('publish-title', l.t('publishTitle'))} ${content}
  </section>`;
}

/**
 * The message (`part="facts"`, `body`, `history`, the `reply-text`) and the forms of its next
 * steps. Every text of the message is shown as text with its line breaks — never as markup.
 */
export function detailView(l: Localize, s: DetailState): TemplateResult {
  const m = s.message;
  const kinds = {
    consultation: l.t('kindConsultation'),
    suggestion: l.t('kindSuggestion'),
    complaint: l.t('kindComplaint'),
  };
  const steps: Record<string, string> = {
    received: l.t('stepReceived'),
    replied: l.t('stepReplied'),
    published: l.t('stepPublished'),
  };
  const given = (value: string | null, ltr = false) =>
    value
      ? html`<dd dir=${ltr ? 'ltr' : 'auto'}>${value}</dd>`
      : html`<dd class="muted">${l.t('notGiven')}</dd>`;
  const late = m.overdue && !m.reply;
  const done = s.notice?.kind === 'done' ? doneText(l, s.notice.action, m) : '';
  return html`${done ? html`<p part="action-done" class="message notice">${done}</p>` : nothing}
    ${noticeOf(l, s)}
    <p
      part=${late ? 'countdown overdue-badge' : 'countdown'}
      class=${late ? 'badge late' : 'badge'}
    >
      ${late ? html`<span aria-hidden="true">! </span>` : nothing}${s.countdown}
    </p>
    <dl part="facts" class="facts">
      <dt>${l.t('trackingNumber')}</dt>
      <dd class="code" dir="ltr" translate="no">${m.trackingNumber}</dd>
      <dt>${l.t('kind')}</dt>
      <dd>${kinds[m.kind]}</dd>
      <dt>${l.t('site')}</dt>
      <dd translate="no">${m.site}</dd>
      <dt>${l.t('handledBy')}</dt>
      <dd translate="no">${m.handledBy}</dd>
      <dt>${l.t('receivedAt')}</dt>
      <dd>${l.formatDateTime(m.receivedAt)}</dd>
      <dt>${l.t('dueDate')}</dt>
      <dd>${l.formatDate(m.dueDate)}</dd>
      <dt>${l.t('name')}</dt>
      ${given(m.name)}
      <dt>${l.t('email')}</dt>
      ${given(m.email, true)}
      <dt>${l.t('phone')}</dt>
      ${given(m.phone, true)}
      <dt>${l.t('consent')}</dt>
      <dd>${m.publish ? l.t('consentYes') : l.t('consentNo')}</dd>
    </dl>
    <section aria-labelledby="body-title">
      ${title('body-title', l.t('message'))}
      <p part="body" class="text" dir="auto">${m.body}</p>
    </section>
    <section aria-labelledby="history-title">
      ${title('history-title', l.t('history'))}
      <ol part="history" class="history">
        ${m.history.map(
          (step) =>
            html`<li>
              <span
                >${
                  step.status === 'forwarded'
                    ? l.t('stepForwarded', { site: step.toSite ?? m.handledBy })
                    : steps[step.status]
                }</span
              >
              <time datetime=${step.at}>${l.formatDateTime(step.at)}</time>
            </li>`,
        )}
      </ol>
    </section>
    ${
      m.reply
        ? html`<section aria-labelledby="reply-text-title">
            ${title('reply-text-title', l.t('reply'))}
            <p part="reply-text" class="text" dir="auto">${m.reply.text}</p>
          </section>`
        : replyForm(l, s)
    }
    ${forwardable(m) ? forwardForm(l, s) : nothing} ${m.reply ? publishForm(l, s) : nothing}`;
}
