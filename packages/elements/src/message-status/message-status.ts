import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { PortalHttpError, parseAccessCode, parseTrackingNumber } from '@portal-kit/sdk';
import type { CoreClient, MessageView } from '@portal-kit/sdk';
import { commonNamespace, formNamespace, messageStatusNamespace } from '@portal-kit/i18n';
import type { MessageStatusStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { headingPlaceholder, headingView } from '../base/heading.js';
import { addStyles, lazy } from '../base/lazy.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { FormController } from '../form/form-controller.js';
import { custom } from '../form/validators.js';
import {
  commonT,
  emptyView,
  errorView,
  offlineNotice,
  skeletonView,
  staleNotice,
} from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { messageStatusStyles } from './message-status.styles.js';
import type * as ViewModule from './status-view.js';

/** What a status request answered: the message, or "no message with this number and code". */
export type MessageStatusAnswer =
  { readonly found: true; readonly message: MessageView } | { readonly found: false };

/** The inputs of one status request (`n` counts the submissions: each one asks again). */
interface StatusArgs {
  client: CoreClient;
  number: string;
  code: string;
  n: number;
}

/** The field checks: run on submit, before any request. */
const TRACKING = custom((value) => parseTrackingNumber(value) !== null, 'trackingMistyped');
const ACCESS = custom((value) => parseAccessCode(value) !== null, 'accessCodeInvalid');

/**
 * Where a message (公众留言) stands, for the person who sent it: they type the tracking number
 * and the access code of their receipt, and see the steps it went through (received, forwarded
 * to a department, replied, published) with their dates, the reply, the due date and a countdown
 * in working days on the Beijing calendar ("2 working days left", "overdue by 1 working day").
 *
 * Built on the form layer (GOV.UK patterns): two labelled fields with hints, errors listed in
 * an error summary on submit. The tracking number is checked in the browser with its check
 * character (any case, spaces or dashes), so a mistyped one is caught before any request. A
 * wrong number and a wrong code get the same answer from the server, and so from the element:
 * it never tells which one was wrong. Failures, offline and retry are the shared status views'.
 *
 * The access code lives only in the field and in memory: never in an attribute, the address or
 * storage (the field asks the browser not to remember it).
 *
 * @tagname portal-message-status
 * @summary Follow a message: its steps, the reply and the working days left.
 *
 * @attribute {string} lang - The language of the strings and dates.
 *
 * @fires {PortalLoadEvent<MessageView>} portal-load - A message was found and is shown. `detail: { items: [message], page }` (`message`: the SDK's `MessageView`).
 * @fires {PortalErrorEvent} portal-error - Loading failed (network, server; not a wrong number or code). `detail: { error }`.
 *
 * @slot intro - Text under the heading (default: what to type and where to find it).
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The heading (an `h2`–`h6` per `heading-level`).
 * @csspart form - The form of the two fields.
 * @csspart submit - The submit button.
 * @csspart result - The area of the answer (space reserved from the first paint, focused after a submit).
 * @csspart status - The message found: `tracking-number`, `subject`, `due`, `countdown`, `timeline` (its `step`s), `reply` (its `reply-text`) inside it.
 * @csspart not-found - The answer to a wrong tracking number or access code.
 * @csspart empty - The notice of an element with no API to ask.
 * @csspart error - The error box (with its retry button).
 * @csspart notice - The notice over a saved answer (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssprop --portal-message-status-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-message-status-result-size - Space reserved for the answer. Default: `18rem`.
 * @cssprop --portal-color-accent - The countdown's bar and the timeline's dots. Default: `#0b57a4`.
 * @cssprop --portal-color-danger - An overdue countdown and the error box. Default: `#b3261e`.
 *
 * @example
 * <portal-message-status api-base="https://api.example.gov.cn"
 *   tracking-number="M26-7KQ4-9XHC"></portal-message-status>
 */
export class PortalMessageStatus extends PortalElement<MessageStatusStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, messageStatusStyles];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    headingLevel: { attribute: 'heading-level' },
    trackingNumber: { attribute: 'tracking-number' },
    accessCode: { attribute: false },
    client: { attribute: false },
  };

  #submitted: { number: string; code: string; n: number } | null = null;
  #submissions = 0;

  readonly #views = lazy<typeof ViewModule>(() => import('./status-view.js'));

  readonly #form = new FormController(this, {
    form: () => this.renderRoot.querySelector<HTMLFormElement>('form'),
    summary: () => this.renderRoot.querySelector<PortalErrorSummary>('portal-error-summary'),
    onSubmit: (data) => this.#find(data.get('trackingNumber'), data.get('accessCode')),
  });

  readonly #record = new RecordController<StatusArgs, MessageStatusAnswer>(this, {
    args: () => {
      const client = resolveClient({ client: this.client, apiBase: this.apiBase });
      const submitted = this.#submitted;
      return submitted && client ? { client, ...submitted } : null;
    },
    key: ({ client, number, code, n }) => `${clientId(client)} ${number} ${code} ${n}`,
    load: async ({ client, number, code }, { signal }) => {
      // The view loads beside the request; the answer is shown once both are here.
      const views = this.#loadViews();
      let answer: MessageStatusAnswer;
      try {
        const message = await client.request('GET', '/messages/{trackingNumber}', {
          params: { trackingNumber: number },
          headers: { Authorization: `AccessCode ${code}` },
          signal,
        });
        answer = { found: true, message };
      } catch (error) {
        // An unknown number and a wrong code are the same 404: an answer, not a failure.
        if (!(error instanceof PortalHttpError && error.status === 404)) throw error;
        answer = { found: false };
      }
      if (!(await views)) throw new Error("Portal Kit: the message's view could not be loaded.");
      if (answer.found && !signal.aborted) {
        const items = [answer.message];
        this.dispatchEvent(
          new PortalLoadEvent<MessageView>({ items, page: { items, nextCursor: null } }),
        );
      }
      return answer;
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to use. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /**
   * A tracking number to start with (the field's initial value), e.g. from the message form's
   * receipt. Read in any spelling.
   */
  declare trackingNumber?: string;

  /**
   * The access code, as a property only (never an attribute): a page that holds both codes —
   * just after `<portal-message-form>`'s `portal-submit` — sets it with `trackingNumber` and
   * the status is shown at once. It is kept in memory only.
   */
  declare accessCode?: string;

  /** Level of the heading, 2–6. Default 2. */
  headingLevel: number | string = 2;

  constructor() {
    super(messageStatusNamespace, [formNamespace, commonNamespace]);
  }

  /**
   * Where the request stands: `idle` (nothing asked yet), `loading`, `ready` (the message is
   * shown), `not-found` (wrong number or code), `error` (with retry), `stale` or `offline`.
   */
  get state(): string {
    const { state, data, offline } = this.#record;
    if (offline && (state === 'error' || state === 'stale')) return 'offline';
    if (state !== 'ready') return state;
    return data?.found ? 'ready' : 'not-found';
  }

  /** The message shown, once found. */
  get message(): MessageView | null {
    const data = this.#record.data;
    return data?.found ? data.message : null;
  }

  /** Resolves when the request under way has finished. */
  get loadComplete(): Promise<void> {
    return this.#record.settled;
  }

  /** Asks again with the same number and code (the retry button does this). */
  retry(): void {
    this.#record.retry();
  }

  /** Submits the form as its button does: the checks run first, then the request. */
  requestSubmit(): void {
    this.#form.requestSubmit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Both codes given as properties: asked at once, as if typed and submitted.
    if (changed.has('trackingNumber') || changed.has('accessCode')) {
      const number = parseTrackingNumber(this.trackingNumber);
      const code = parseAccessCode(this.accessCode);
      if (number && code) this.#submitted = { number, code, n: ++this.#submissions };
    }
  }

  /** Loads the view of a message, and adopts its styles. */
  async #loadViews(): Promise<typeof ViewModule | undefined> {
    const views = await this.#views.get();
    if (views) addStyles(this, [views.messageViewStyles]);
    return views;
  }

  async #find(trackingNumber: unknown, accessCode: unknown): Promise<void> {
    const number = parseTrackingNumber(trackingNumber);
    const code = parseAccessCode(accessCode);
    if (!number || !code) return;
    // Every submit asks again: the message may have moved on since.
    this.#submitted = { number, code, n: ++this.#submissions };
    this.requestUpdate();
    await this.updateComplete;
    await this.#record.settled;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="result"]')?.focus();
  }

  #resultView(): unknown {
    const l = this.localize;
    const c = commonT(l);
    const record = this.#record;
    const { state, data } = record;
    const views = this.#views.value;
    if (!resolveClient({ client: this.client, apiBase: this.apiBase })) {
      return emptyView(l.t('notConfigured'));
    }
    if (state === 'idle') return nothing;
    const retry = () => this.retry();
    let notice: unknown = nothing;
    if (record.offline && (state === 'error' || state === 'stale')) notice = offlineNotice(c);
    else if (state === 'stale') notice = staleNotice(c, retry);
    else if (state === 'error') notice = errorView(c, record.error, l.t('failed'), retry);
    if (!data || !views) return state === 'error' ? notice : skeletonView(3, c('loading'));
    const answer = data.found
      ? views.messageView(l, data.message, this.headingLevel)
      : html`<div part="not-found" class="message error" role="alert">
          <p>${l.t('notFound')}</p>
        </div>`;
    return html`${notice}${answer}`;
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) return html`<div part="base" class="base">${headingPlaceholder()}</div>`;
    return html`<div part="base" class="base" lang=${l.lang} dir=${l.dir}>
      ${headingView(this.headingLevel, l.t('heading'))}
      <slot name="intro"><p class="intro">${l.t('intro')}</p></slot>
      <portal-error-summary></portal-error-summary>
      <form part="form" class="form">
        <portal-text-field
          id="tracking-number"
          name="trackingNumber"
          label=${l.t('trackingNumber')}
          hint=${l.t('trackingNumberHint')}
          required
          maxlength="64"
          autocomplete="off"
          .value=${this.trackingNumber ?? ''}
          .validators=${[TRACKING]}
          .messages=${{ trackingMistyped: l.t('trackingMistyped') }}
        ></portal-text-field>
        <portal-text-field
          id="access-code"
          name="accessCode"
          label=${l.t('accessCode')}
          hint=${l.t('accessCodeHint')}
          required
          maxlength="64"
          autocomplete="off"
          .validators=${[ACCESS]}
          .messages=${{ accessCodeInvalid: l.t('accessCodeInvalid') }}
        ></portal-text-field>
        <button
          part="submit"
          class="button"
          type="submit"
          aria-disabled=${this.#form.submitting ? 'true' : 'false'}
        >
          ${l.t('submit')}
        </button>
      </form>
      <div part="result" class="result" tabindex="-1" aria-busy=${this.#record.state === 'loading'}>
        ${this.#resultView()}
      </div>
    </div>`;
  }
}
