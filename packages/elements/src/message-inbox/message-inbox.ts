import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { PortalHttpError } from '@portal-kit/sdk';
import type { CoreClient, StaffMessage, StaffMessagesPage } from '@portal-kit/sdk';
import { commonNamespace, formNamespace, messageInboxNamespace } from '@portal-kit/i18n';
import type { MessageInboxStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { addStyles, lazy } from '../base/lazy.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, resolveClient } from '../client.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { RecordController } from '../controllers/record-controller.js';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { FormController } from '../form/form-controller.js';
import { custom } from '../form/validators.js';
import {
  commonT,
  emptyView,
  liveRegion,
  noticeView,
  pagedListView,
} from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import type * as DetailModule from './detail-view.js';
import type { ActionNotice, Detail, InboxAction } from './detail-view.js';
import { PortalMessageActionEvent } from './events.js';
import { messageInboxStyles } from './message-inbox.styles.js';
import { countdownText, rowsView } from './rows-view.js';
import { isStaffToken, readToken, writeToken } from './token.js';

export type { ActionNotice, Detail, InboxAction };
export { PortalMessageActionEvent };

/** Which messages the list shows. */
export type InboxFilter = 'open' | 'replied' | 'all';
const FILTERS: readonly InboxFilter[] = ['open', 'replied', 'all'];

interface ListArgs {
  client: CoreClient;
  token: string;
  filter: InboxFilter;
  size: number;
}

interface DetailArgs {
  client: CoreClient;
  token: string;
  number: string;
  n: number;
}

const TOKEN = custom(isStaffToken, 'tokenInvalid');
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const is401 = (error: unknown) => error instanceof PortalHttpError && error.status === 401;

/**
 * The inbox of a site's office for public messages (公众留言): staff sign in with their staff
 * token and see their messages, the one due first on top, each with its tracking number, subject,
 * site, dates and a countdown in working days on the Beijing calendar ("2 working days left",
 * "Due today", "Overdue by 3 working days" — overdue rows marked in words and by a bar, never by
 * colour alone). Opening a row shows the whole message — the asker's contact data included —,
 * its history and what can be done next: **reply** (once), **forward** to a department (the main
 * site's office, while the message is new), **publish** (replied, with the asker's consent: the
 * server's proposal with personal data removed, editable). The detail and its forms load on
 * first use.
 *
 * The token is kept in `sessionStorage` for this tab only — never in the address or
 * `localStorage` — and forgotten by "Sign out" or when the tab closes; a token the server refuses
 * (401: mistyped, revoked) brings back the sign-in with a message. Every action is a button
 * `aria-disabled` while in flight (never sent twice); a conflict (409: replied meanwhile with
 * another text…) is said in words with the current state; success is announced politely and the
 * detail and its row show the new state. Keyboard-complete: Escape or "Back" returns from the
 * detail to its row.
 *
 * @tagname portal-message-inbox
 * @summary Staff inbox: messages due first; reply, forward, publish.
 *
 * @attribute {string} lang - The language of the strings and dates.
 *
 * @fires {PortalLoadEvent} portal-load - A page of messages is shown. `detail: { items, page }` (`page`: the SDK's `StaffMessagesPage`).
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

  #signedIn: string | null = null;
  #tokenBase: string | undefined;
  #refused = false;
  #announcement = '';
  #total: number | null = null;
  /** The newest state of messages changed here, shown in their rows. */
  readonly #changed = new Map<string, StaffMessage>();
  #opened: string | null = null;
  #opens = 0;
  /** The message as the last action answered (over the loaded one). */
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

  readonly #list = new PagedListController<ListArgs, StaffMessage>(this, {
    args: () => {
      const client = this.#client();
      const token = this.#token();
      if (!client || !token) return null;
      const filter = FILTERS.includes(this.filter as InboxFilter) ? this.filter : 'open';
      return { client, token, filter, size: clampInteger(this.pageSize, 1, 100, 20) };
    },
    key: ({ client, token, filter, size }) => `${clientId(client)} ${token} ${filter} ${size}`,
    fetchPage: ({ client, token, filter, size }, cursor, { signal }) =>
      client.request('GET', '/staff/messages', {
        headers: auth(token),
        query: { status: filter, limit: size, cursor },
        signal,
      }),
    localize: this.localize,
    onPage: (items, page, more) => {
      if (!more) this.#total = (page as StaffMessagesPage).total;
      this.dispatchEvent(
        new PortalLoadEvent<StaffMessage, StaffMessagesPage>({
          items,
          page: page as StaffMessagesPage,
        }),
      );
    },
    onError: (error) => this.#failed(error),
  });

  readonly #detail = new RecordController<DetailArgs, Detail>(this, {
    args: () => {
      const client = this.#client();
      const token = this.#token();
      const number = this.#opened;
      return client && token && number ? { client, token, number, n: this.#opens } : null;
    },
    key: ({ client, token, number, n }) => `${clientId(client)} ${token} ${number} ${n}`,
    load: async ({ client, token, number }, { signal }) => {
      const views = await this.#views.get();
      if (!views) throw new Error("Portal Kit: the message's view could not be loaded.");
      addStyles(this, [views.detailStyles]);
      return views.loadDetail(client, auth(token), number, signal);
    },
    onError: (error) => this.#failed(error),
  });

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to use. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /**
   * A staff token given by the page (a property only, never an attribute; kept in memory). The
   * sign-in form keeps the token typed there in `sessionStorage` for this tab instead.
   */
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

  /**
   * Where the inbox stands: `idle` (no API to ask), `signed-out` (the sign-in form), or the
   * list's `loading`, `ready`, `empty`, `error`, `stale` or `offline`.
   */
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
    if (isStaffToken(this.token)) return this.token;
    const base = this.#client()?.baseUrl;
    if (base !== undefined && base !== this.#tokenBase) {
      this.#tokenBase = base;
      this.#signedIn = readToken(base);
    }
    return this.#signedIn;
  }

  async #enter(token: string): Promise<void> {
    const base = this.#client()?.baseUrl;
    if (base === undefined) return;
    writeToken(base, token);
    this.#signedIn = token;
    this.#refused = false;
    this.#announcement = '';
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  /** Signs out: asked for, or after a 401 (`refused`: the sign-in says why). */
  #leave(refused: boolean): void {
    const base = this.#client()?.baseUrl;
    if (base !== undefined) writeToken(base, null);
    this.#signedIn = null;
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
      (row?.querySelector<HTMLElement>('button') ?? this.#find('[part~="heading"]'))?.focus();
    });
  }

  #find(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  #focus(selector: string): void {
    this.#find(selector)?.focus();
  }

  readonly #onDetailKey = (event: KeyboardEvent): void => {
    // Escape leaves the detail, except from a form's field (what is typed there is kept).
    if (event.key !== 'Escape' || event.composedPath().some((n) => n instanceof HTMLFormElement))
      return;
    event.preventDefault();
    this.#close();
  };

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
    const l = this.localize;
    return html`${
        this.#refused
          ? html`<div part="unauthorized" class="message error" role="alert" tabindex="-1">
              <p>${l.t('unauthorized')}</p>
            </div>`
          : nothing
      }
      <slot name="intro"><p class="intro">${l.t('signInIntro')}</p></slot>
      <portal-error-summary id="sign-in-summary"></portal-error-summary>
      <form part="sign-in" class="form">
        <portal-text-field
          name="token"
          type="password"
          label=${l.t('token')}
          hint=${l.t('tokenHint')}
          required
          maxlength="64"
          autocomplete="off"
          .validators=${[TOKEN]}
          .messages=${{ tokenInvalid: l.t('tokenInvalid') }}
        ></portal-text-field>
        <button
          part="sign-in-button"
          class="button"
          type="submit"
          aria-disabled=${this.#signIn.submitting ? 'true' : 'false'}
        >
          ${l.t('signIn')}
        </button>
      </form>`;
  }

  #listView(): TemplateResult {
    const l = this.localize;
    const list = this.#list;
    const total = list.items && this.#total !== null ? l.t('total', { count: this.#total }) : '';
    return html`<div class="tools">
        <label part="filter" class="filter">
          <span>${l.t('filter')}</span>
          <select
            class="select"
            .value=${this.filter}
            @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as InboxFilter)}
          >
            <option value="open" ?selected=${this.filter === 'open'}>${l.t('filterOpen')}</option>
            <option value="replied" ?selected=${this.filter === 'replied'}>
              ${l.t('filterReplied')}
            </option>
            <option value="all" ?selected=${this.filter === 'all'}>${l.t('filterAll')}</option>
          </select>
        </label>
        <p part="total" class="total">${total}</p>
      </div>
      ${pagedListView(
        list,
        l,
        (items) =>
          rowsView(
            l,
            items.map((m) => this.#changed.get(m.trackingNumber) ?? m),
            (tn) => this.open(tn),
          ),
        {
          empty: l.t('empty'),
          skeletonRows: Math.min(clampInteger(this.pageSize, 1, 100, 20), 5),
        },
      )}`;
  }

  #detailView(): TemplateResult {
    const l = this.localize;
    const record = this.#detail;
    const message = this.message;
    const views = this.#views.value;
    const retry = () => record.retry();
    return html`<section
      part="detail"
      class="detail"
      aria-labelledby="detail-heading"
      @keydown=${this.#onDetailKey}
    >
      <button
        part="back-button"
        class="button secondary"
        type="button"
        @click=${() => this.#close()}
      >
        ${l.t('back')}
      </button>
      <p
        id="detail-heading"
        part="detail-heading"
        class="detail-heading"
        role="heading"
        aria-level=${Math.min(clampInteger(this.headingLevel, 2, 6, 2) + 1, 6)}
        tabindex="-1"
        dir="auto"
      >
        ${message?.subject ?? this.#opened}
      </p>
      ${noticeView(commonT(l), record, retry)}
      ${
        message && views && record.data
          ? views.detailView(l, {
              message,
              sites: record.data.sites,
              busy: this.#busy,
              notice: this.#notice,
              countdown: countdownText(l, message),
            })
          : nothing
      }
    </section>`;
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
