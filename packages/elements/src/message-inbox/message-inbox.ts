import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { PortalHttpError } from '@portal-kit/sdk';
import type { CoreClient, StaffMessage, StaffMessagesPage } from '@portal-kit/sdk';
import { commonNamespace, formNamespace, messageInboxNamespace } from '@portal-kit/i18n';
import type { MessageInboxStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { lazy } from '../base/lazy.js';
import { PortalElement } from '../base/portal-element.js';
import { resolveClient } from '../client.js';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { FormController } from '../form/form-controller.js';
import {
  commonT,
  emptyView,
  liveRegion,
  noticeView,
  pagedListView,
} from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import type * as DetailModule from './detail-view.js';
import { auth, inboxDetail, inboxList } from './inbox-data.js';
import type { InboxFilter } from './inbox-views.js';
import type { ActionNotice, Detail, InboxAction } from './detail-view.js';
import { PortalMessageActionEvent } from './events.js';
import { messageInboxStyles } from './message-inbox.styles.js';
import { countdownText, rowsView } from './rows-view.js';
import { detailShellView, filterView, leaveOnEscape, signInView } from './inbox-views.js';
import { isStaffToken, TabToken } from './token.js';

export type { ActionNotice, Detail, InboxAction };
export { PortalMessageActionEvent };

export type { InboxFilter };
const FILTERS: readonly InboxFilter[] = ['open', 'replied', 'all'];

const is401 = (error: unknown) => error instanceof PortalHttpError && error.status === 401;

/**
 * The inbox of a site's office for public messages (公众留言): staff sign in with their staff
 * token (kept for this tab only) and see their messages due first, with a countdown in working
 * days (overdue ones marked in words, not colour alone); opening one shows the whole message,
 * its history, and what can be done next — reply, forward to a department (the main site's
 * office), publish with personal data removed. Every action is sent once and its outcome said
 * in words; keyboard-complete. Behaviour in full: docs/components/message-inbox.md.
 *
 * @tagname portal-message-inbox
 * @summary Staff inbox: messages due first; reply, forward, publish.
 *
 * @attribute {string} lang - The language of the strings and dates.
 *
 * @fires {PortalLoadEvent<StaffMessage, StaffMessagesPage>} portal-load - A page of messages is shown. `detail: { items, page }` (`page`: the SDK's `StaffMessagesPage`).
 * @fires {PortalErrorEvent} portal-error - Loading or an action failed (not a 401, which signs out). `detail: { error }`.
 * @fires {PortalMessageActionEvent} portal-message-action - The server took a reply, forward or publish. `detail: { action, trackingNumber, message }`.
 *
 * @slot intro - Text over the sign-in form (default: what the token is for).
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The heading (an `h2`–`h6` per `heading-level`).
 * @csspart sign-in - The sign-in form (`token` field, `sign-in-button`); `unauthorized` over it after a 401.
 * @csspart session - The line saying the token is kept for this tab, with the `sign-out-button`.
 * @csspart filter - The choice of open, replied or all messages.
 * @csspart total - How many messages the filter matches.
 * @csspart list - The list; each `row` holds an `open-button`, the `tracking-number`, `site`, `received`, `due` and the `countdown` (`overdue` too when late).
 * @csspart detail - The message opened: `back-button`, `detail-heading`, `facts`, `body`, `history`, then the `reply`, `forward` and `publish` forms and the `action-error`.
 * @csspart empty - The notice of an empty list, or of an element with no API to ask.
 * @csspart error - The error box (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 * @csspart more-button - The button loading the next page.
 * @csspart status - The polite live region (rows loaded, an action done, signed out).
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssprop --portal-message-inbox-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-message-inbox-size - Space reserved for the inbox from the first paint. Default: `24rem`.
 * @cssprop --portal-color-accent - The countdown's bar and the buttons. Default: `#0b57a4`.
 * @cssprop --portal-color-danger - Overdue messages and the error boxes. Default: `#b3261e`.
 *
 * @example
 * <portal-message-inbox api-base="https://api.example.gov.cn"></portal-message-inbox>
 */
export class PortalMessageInbox extends PortalElement<MessageInboxStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, messageInboxStyles];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    headingLevel: { attribute: 'heading-level' },
    pageSize: { attribute: 'page-size' },
    filter: {},
    token: { attribute: false },
    client: { attribute: false },
  };

  readonly #tab = new TabToken();
  #refused = false;
  #announcement = '';
  #total: number | null = null;
  /** The newest state of messages changed here (their rows show it), and the opened one. */
  readonly #changed = new Map<string, StaffMessage>();
  #opened: string | null = null;
  #opens = 0;
  #fresh: StaffMessage | null = null;
  #busy: InboxAction | null = null;
  #notice: ActionNotice | null = null;

  readonly #views = lazy<typeof DetailModule>(() => import('./detail-view.js'));

  readonly #signIn = new FormController(this, {
    form: () => this.renderRoot.querySelector<HTMLFormElement>('form[part~="sign-in"]'),
    summary: () => this.renderRoot.querySelector<PortalErrorSummary>('#sign-in-summary'),
    onSubmit: (data) => this.#enter(String(data.get('token') ?? '').trim()),
  });

  readonly #actions = (['reply', 'forward', 'publish'] as const).map(
    (action) =>
      new FormController(this, {
        form: () => this.renderRoot.querySelector<HTMLFormElement>(`form[part~="${action}"]`),
        summary: () => this.renderRoot.querySelector<PortalErrorSummary>(`#${action}-summary`),
        onSubmit: (data) => this.#act(action, data),
      }),
  );

  readonly #list = inboxList(this, {
    client: () => this.#client(),
    token: () => this.#token(),
    filter: () => (FILTERS.includes(this.filter) ? this.filter : 'open'),
    size: () => clampInteger(this.pageSize, 1, 100, 20),
    localize: this.localize,
    onPage: (items, page, more) => {
      if (!more) this.#total = page.total;
      this.dispatchEvent(new PortalLoadEvent<StaffMessage, StaffMessagesPage>({ items, page }));
    },
    onError: (error) => this.#failed(error),
  });

  readonly #detail = inboxDetail(this, {
    client: () => this.#client(),
    token: () => this.#token(),
    opened: () => (this.#opened === null ? null : { number: this.#opened, n: this.#opens }),
    views: this.#views,
    onError: (error) => this.#failed(error),
  });

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to use. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /** A staff token given by the page: a property only, kept in memory (never stored). */
  declare token?: string;

  /** Which messages: `open` (not replied yet; the default), `replied` or `all`. */
  filter: InboxFilter = 'open';

  /** Messages per page, 1–100. Default 20. */
  pageSize: number | string = 20;

  /** Level of the heading, 2–6. Default 2. */
  headingLevel: number | string = 2;

  constructor() {
    super(messageInboxNamespace, [formNamespace, commonNamespace]);
  }

  /** `idle` (no API), `signed-out`, or the list's `loading`, `ready`, `empty`, `error`… */
  get state(): string {
    if (!this.#client()) return 'idle';
    if (!this.#token()) return 'signed-out';
    const { state, offline } = this.#list;
    return offline && (state === 'error' || state === 'stale') ? 'offline' : state;
  }

  /** The tracking number of the message opened, or `null` while the list is shown. */
  get opened(): string | null {
    return this.#opened;
  }

  /** The message opened, once loaded (with the changes of the actions taken here). */
  get message(): StaffMessage | null {
    return this.#fresh ?? this.#detail.data?.message ?? null;
  }

  /** Whether a reply, forward or publish is in flight. */
  get acting(): boolean {
    return this.#busy !== null || this.#actions.some((form) => form.submitting);
  }

  /** Resolves when the loads under way have finished. */
  get loadComplete(): Promise<void> {
    return Promise.all([this.#list.settled, this.#detail.settled]).then(() => undefined);
  }

  /** Loads the list again (its retry button does this); focus moves to the heading. */
  retry(): void {
    this.#list.retry();
  }

  /** Opens the message `trackingNumber` (as its row's button does). */
  open(trackingNumber: string): void {
    void this.#open(trackingNumber);
  }

  /** Forgets the token (this tab's copy too) and shows the sign-in form. */
  signOut(): void {
    this.#leave(false);
  }

  #client(): CoreClient | undefined {
    return resolveClient({ client: this.client, apiBase: this.apiBase });
  }

  /** The token in use: the page's, else the one signed in with in this tab. */
  #token(): string | null {
    return isStaffToken(this.token) ? this.token : this.#tab.read(this.#client()?.baseUrl);
  }

  async #enter(token: string): Promise<void> {
    const base = this.#client()?.baseUrl;
    if (base === undefined) return;
    this.#tab.write(base, token);
    this.#refused = false;
    this.#announcement = '';
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  /** Signs out: asked for, or after a 401 (`refused`: the sign-in says why). */
  #leave(refused: boolean): void {
    this.#tab.write(this.#client()?.baseUrl, null);
    if (this.token !== undefined) this.token = undefined;
    this.#refused = refused;
    this.#opened = null;
    this.#fresh = null;
    this.#notice = null;
    this.#changed.clear();
    this.#announcement = refused ? '' : this.localize.t('signedOut');
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(refused ? '[part~="unauthorized"]' : '[part~="heading"]')
        ?.focus(),
    );
  }

  #failed(error: unknown): void {
    if (is401(error)) this.#leave(true);
    else this.dispatchEvent(new PortalErrorEvent({ error }));
  }

  async #open(number: string): Promise<void> {
    this.#opened = number;
    this.#opens += 1;
    this.#fresh = null;
    this.#notice = null;
    this.#announcement = '';
    this.requestUpdate();
    await this.updateComplete;
    this.#focus('#detail-heading');
    await this.#detail.settled;
    await this.updateComplete;
    if (this.#opened === number) this.#focus('#detail-heading');
  }

  #close(): void {
    const number = this.#opened;
    this.#opened = null;
    this.#announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const row = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-tn]')].find(
        (r) => r.dataset.tn === number,
      );
      (
        row?.querySelector('button') ??
        this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')
      )?.focus();
    });
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly #onDetailKey = leaveOnEscape(() => this.#close());

  /** Runs an action of the opened message's forms (valid: checked by their controller). */
  async #act(action: InboxAction, data: FormData): Promise<void> {
    const views = this.#views.value;
    const message = this.message;
    const client = this.#client();
    const token = this.#token();
    if (!views || !message || !client || !token) return;
    this.#busy = action;
    this.#notice = null;
    this.requestUpdate();
    const outcome = await views.perform(client, auth(token), action, message.trackingNumber, data);
    this.#busy = null;
    if (outcome.kind === 'unauthorized') return this.#leave(true);
    if (outcome.message) {
      this.#fresh = outcome.message;
      this.#changed.set(message.trackingNumber, outcome.message);
    }
    this.#notice = { action, ...outcome };
    if (outcome.kind === 'done' && outcome.message) {
      this.#announcement = views.doneText(this.localize, action, outcome.message);
      this.dispatchEvent(
        new PortalMessageActionEvent({
          action,
          trackingNumber: message.trackingNumber,
          message: outcome.message,
        }),
      );
    } else if (outcome.kind === 'failed') {
      this.dispatchEvent(new PortalErrorEvent({ error: outcome.error }));
    }
    this.requestUpdate();
    await this.updateComplete;
    this.#focus(outcome.kind === 'done' ? '#detail-heading' : '[part~="action-error"]');
  }

  #signInView(): TemplateResult {
    return signInView(this.localize, { refused: this.#refused, busy: this.#signIn.submitting });
  }

  #listView(): TemplateResult {
    const l = this.localize;
    const total =
      this.#list.items && this.#total !== null ? l.t('total', { count: this.#total }) : '';
    return html`${filterView(l, this.filter, total, (filter) => (this.filter = filter))}
    ${pagedListView(
      this.#list,
      l,
      (items) =>
        rowsView(
          l,
          items.map((m) => this.#changed.get(m.trackingNumber) ?? m),
          (tn) => this.open(tn),
        ),
      { empty: l.t('empty'), skeletonRows: Math.min(clampInteger(this.pageSize, 1, 100, 20), 5) },
    )}`;
  }

  #detailView(): TemplateResult {
    const l = this.localize;
    const record = this.#detail;
    const message = this.message;
    const views = this.#views.value;
    return detailShellView(l, {
      level: Math.min(clampInteger(this.headingLevel, 2, 6, 2) + 1, 6),
      title: message?.subject ?? this.#opened ?? '',
      onKeydown: this.#onDetailKey,
      onBack: () => this.#close(),
      notice: noticeView(commonT(l), record, () => record.retry()),
      content:
        message && views && record.data
          ? views.detailView(l, {
              message,
              sites: record.data.sites,
              busy: this.#busy,
              notice: this.#notice,
              countdown: countdownText(l, message),
            })
          : nothing,
    });
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) return html`<div part="base" class="base">${headingPlaceholder()}</div>`;
    const configured = Boolean(this.#client());
    const token = configured ? this.#token() : null;
    let body: unknown;
    if (!configured) body = emptyView(l.t('notConfigured'));
    else if (!token) body = this.#signInView();
    else
      body = html`<div class="session">
          <p part="session">${l.t('tokenKept')}</p>
          <button
            part="sign-out-button"
            class="button secondary"
            type="button"
            @click=${() => this.signOut()}
          >
            ${l.t('signOut')}
          </button>
        </div>
        <div class="list-area" ?hidden=${this.#opened !== null}>${this.#listView()}</div>
        ${this.#opened === null ? nothing : this.#detailView()}`;
    return html`<div part="base" class="base" lang=${l.lang} dir=${l.dir}>
      ${headingView(this.headingLevel, l.t('heading'))}
      <div class="body">${body}</div>
      ${liveRegion(this.#announcement || this.#list.announcement)}
    </div>`;
  }
}
