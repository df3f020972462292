import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { CoreClient } from '@portal-kit/sdk';
import { commonNamespace, formNamespace, messageFormNamespace } from '@portal-kit/i18n';
import type { MessageFormStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalSubmitEvent } from '../base/events.js';
import { headingPlaceholder, headingView } from '../base/heading.js';
import { addStyles, lazy } from '../base/lazy.js';
import { PortalElement } from '../base/portal-element.js';
import { getConfig, resolveClient } from '../client.js';
import { OnlineController } from '../controllers/online-controller.js';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { FormController } from '../form/form-controller.js';
import { PortalFormField } from '../form/form-field.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { EMPTY, clearDraft, newIdempotencyKey, readDraft, valuesOf, writeDraft } from './draft.js';
import type { Draft, DraftValues } from './draft.js';
import { failureView, formView, statusText } from './form-view.js';
import type { ShownFailure } from './form-view.js';
import { messageFormStyles } from './message-form.styles.js';
import type * as PiiModule from './pii.js';
import type { PiiKind } from './pii.js';
import type * as SubmissionModule from './submission.js';
import type { MessageReceipt } from './submission.js';

export type { Draft, DraftValues, MessageReceipt };

/** How long after the last keystroke the draft is saved and checked for personal data. */
const SAVE_DELAY = 400;

/**
 * The public message form (公众留言): anyone asks a question, makes a suggestion or complains,
 * and gets a tracking number and an access code to follow the reply, due within 5 working days.
 * Built on the form layer (GOV.UK patterns): labelled fields with hints, errors after a submit
 * listed in an error summary linking to each field, a character count on the message.
 *
 * Nothing typed is lost and nothing is sent twice. The draft is kept on the device (per site)
 * as the reader types and restored after a reload or a crash; it is removed only once the server
 * acknowledged the message. Each draft has one idempotency key, carried by every attempt to send
 * it — a retry after a time-out, a double click, a send after going offline — so the server
 * records it once. Offline, the form says so, keeps the draft, and sends when the connection is
 * back. A message that seems to contain an ID card number, a phone number or an email address
 * gets a warning: the reply may be published.
 *
 * @tagname portal-message-form
 * @summary Send a question, suggestion or complaint; get a tracking number and access code.
 *
 * @attribute {string} lang - The language of the strings (and the `lang` sent with the message).
 *
 * @fires {PortalSubmitEvent<MessageReceipt>} portal-submit - The server acknowledged the message. `detail: { receipt }`.
 * @fires {PortalErrorEvent} portal-error - A send failed (it is kept; the reader may retry). `detail: { error }`.
 *
 * @slot intro - Text under the heading (default: what the form is for).
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The heading (an `h2`–`h6` per `heading-level`); focused on success.
 * @csspart form - The form.
 * @csspart pii-warning - The warning about personal data in the message.
 * @csspart consent - The consent-to-publish checkbox and its label.
 * @csspart submit - The submit button.
 * @csspart status - The line under the button: draft saved, restored, sending, offline.
 * @csspart error - The box saying why the message was not sent (with its retry button).
 * @csspart retry-button - The retry button.
 * @csspart receipt - The receipt: `tracking-number`, `access-code`, `copy-button`, `keep`,
 *   `copy-status`, `due`, `another-button` inside it.
 *
 * @cssprop --portal-message-form-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-message-form-status-size - Space reserved for the status line. Default: `1.5em`.
 * @cssprop --portal-color-notice - Background of the warning. Default: `#fff5cc`.
 * @cssprop --portal-color-danger - Colour of the error box. Default: `#b3261e`.
 *
 * @example
 * <portal-message-form site="main" api-base="https://api.example.gov.cn"></portal-message-form>
 */
export class PortalMessageForm extends PortalElement<MessageFormStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, messageFormStyles];

  static override properties: PropertyDeclarations = {
    site: {},
    apiBase: { attribute: 'api-base' },
    headingLevel: { attribute: 'heading-level' },
    client: { attribute: false },
  };

  #draft: Draft | null = null;
  #draftSite: string | undefined;
  /** The values the fields show after a restore (a new object only when restored). */
  #shown: DraftValues = EMPTY;
  #status: 'saved' | 'restored' | '' = '';
  #phase: 'editing' | 'sending' | 'queued' | 'error' | 'sent' = 'editing';
  #failure: ShownFailure | null = null;
  #receipt: MessageReceipt | null = null;
  #changed = false;
  #copyStatus = '';
  #pii: PiiKind[] = [];
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #inflight: Promise<void> | undefined;
  #abort: AbortController | undefined;
  #revalidate = false;

  readonly #detector = lazy<typeof PiiModule>(() => import('./pii.js'));
  readonly #submission = lazy<typeof SubmissionModule>(() => import('./submission.js'));
  readonly #online = new OnlineController(this, () => {
    if (this.#draft?.queued) void this.#deliver();
  });

  readonly #form = new FormController(this, {
    form: () => this.renderRoot.querySelector<HTMLFormElement>('form'),
    summary: () => this.renderRoot.querySelector<PortalErrorSummary>('portal-error-summary'),
    onSubmit: () => this.#submit(),
  });

  /** The site the message is for (a site id, e.g. `main`). Default: `configure({ site })`'s. */
  declare site?: string;

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to use. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /** Level of the heading, 2–6. Default 2. */
  headingLevel: number | string = 2;

  constructor() {
    super(messageFormNamespace, [formNamespace, commonNamespace]);
  }

  /**
   * Where the message stands: `editing`, `sending`, `queued` (offline; sent when the connection
   * is back), `error` (kept; retry) or `sent` (the receipt is shown).
   */
  get state(): string {
    return this.#phase;
  }

  /** The receipt of the message sent, once the server acknowledged it. */
  get receipt(): MessageReceipt | null {
    return this.#receipt;
  }

  /** Sends the kept message again, as it now reads (the retry button does this): checks first. */
  retry(): void {
    this.#form.requestSubmit();
  }

  /** Submits the form as its button does: the checks run first, then the message is sent. */
  requestSubmit(): void {
    this.#form.requestSubmit();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while sending (leaving aborted the request): send it again, same key.
    if (this.hasUpdated && this.#draft?.queued && this.#online.online) {
      void (this.#inflight ?? Promise.resolve()).then(() => this.#deliver());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // What was typed in the last moments is kept too.
    if (this.#saveTimer !== undefined) this.#save();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const site = this.#site();
    if (site !== this.#draftSite) {
      this.#draftSite = site;
      this.#draft = site ? readDraft(site) : null;
      this.#shown = this.#draft ? { ...this.#draft.values } : EMPTY;
      this.#status = this.#draft ? 'restored' : '';
      if (this.#draft?.values.body) void this.#checkPii(this.#draft.values.body);
      // The reader had asked to send it (offline, or the page closed while sending): send it.
      if (this.#draft?.queued) this.#phase = 'queued';
      if (this.#draft?.queued && this.#online.online) queueMicrotask(() => void this.#deliver());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Values the server refused were set on their fields: submit again to show the summary.
    if (this.#revalidate && !this.#form.submitting) {
      this.#revalidate = false;
      this.#form.requestSubmit();
    }
  }

  #site(): string | undefined {
    const configured = getConfig().site;
    const site = this.site || (typeof configured === 'string' ? configured : configured?.[0]);
    return site?.trim() || undefined;
  }

  readonly #onEdit = (event: Event): void => {
    // A value the server refused is the reader's to fix: editing it clears the refusal.
    if (event.target instanceof PortalFormField) event.target.setCustomValidity('');
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_DELAY);
    if (event.type === 'input') void this.#detector.get();
  };

  /** Keeps the draft (with its idempotency key, made once per draft). */
  #save(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const site = this.#draftSite;
    if (!site || this.#phase === 'sent') return;
    const form = this.renderRoot.querySelector('form');
    const values = form ? valuesOf(form) : (this.#draft?.values ?? EMPTY);
    this.#draft = { ...(this.#draft ?? { key: newIdempotencyKey() }), values };
    writeDraft(site, this.#draft);
    this.#status = 'saved';
    void this.#checkPii(values.body);
    this.requestUpdate();
  }

  async #checkPii(body: string): Promise<void> {
    const detector = await this.#detector.get();
    const found = detector ? detector.findPii(body) : [];
    if (found.join() !== this.#pii.join()) {
      this.#pii = found;
      this.requestUpdate();
    }
  }

  /** The valid form was submitted: keep it, and send it (or queue it while offline). */
  #submit(): Promise<void> {
    this.#save();
    if (!this.#draft || !this.#draftSite) {
      this.#fail({ kind: 'config' });
      return Promise.resolve();
    }
    this.#draft = { ...this.#draft, queued: true };
    writeDraft(this.#draftSite, this.#draft);
    return this.#deliver();
  }

  /** Sends the kept draft: never two requests at once, always with the draft's key. */
  #deliver(): Promise<void> {
    this.#inflight ??= this.#attempt().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #attempt(): Promise<void> {
    const site = this.#draftSite;
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!site || !client) return this.#fail({ kind: 'config' });
    if (!this.#draft?.queued) return;
    if (!this.#online.online) {
      this.#phase = 'queued';
      this.requestUpdate();
      return;
    }
    this.#phase = 'sending';
    this.#failure = null;
    this.requestUpdate();
    const submission = await this.#submission.get();
    const draft = this.#draft;
    if (!submission || !draft) return this.#fail({ kind: 'unknown', error: new Error('load') });
    this.#abort = new AbortController();
    const outcome = await submission.deliver(
      { client, site, lang: this.localize.contentLang, draft, signal: this.#abort.signal },
      (kept) => writeDraft(site, (this.#draft = kept)),
    );
    if (!outcome) return;
    if ('receipt' in outcome) {
      this.#changed = outcome.changed;
      return this.#succeed(site, outcome.receipt);
    }
    this.dispatchEvent(new PortalErrorEvent({ error: outcome.error }));
    writeDraft(site, (this.#draft = { ...outcome.draft, queued: !this.#online.online }));
    if (!this.#online.online) {
      this.#phase = 'queued';
      this.requestUpdate();
      return;
    }
    this.#fail(outcome.failure);
  }

  #fail(failure: ShownFailure): void {
    this.#phase = 'error';
    // A 400 naming no field of the form (the site, the language) is the page's problem.
    this.#failure =
      failure.kind === 'fields' && !this.#mapFields(failure.params)
        ? { kind: 'refused', error: failure.error }
        : failure;
    this.requestUpdate();
  }

  /**
   * A 400 names the refused parameters: each goes to its field (shown there and in the error
   * summary, until the reader edits it). Whether any was a field of the form.
   */
  #mapFields(params: readonly string[]): boolean {
    let mapped = false;
    for (const field of this.#form.fields) {
      if (!params.includes(field.name)) continue;
      field.setCustomValidity(this.localize.t('rejected', { label: field.labelText }));
      mapped = true;
    }
    this.#revalidate = mapped;
    return mapped;
  }

  #succeed(site: string, receipt: MessageReceipt): void {
    clearDraft(site);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#draft = null;
    this.#receipt = receipt;
    this.#phase = 'sent';
    this.#failure = null;
    this.dispatchEvent(new PortalSubmitEvent({ receipt }));
    const submission = this.#submission.value;
    if (submission) addStyles(this, [submission.receiptStyles]);
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus(),
    );
  }

  async #copy(which: 'tracking-number' | 'access-code'): Promise<void> {
    const shown = this.renderRoot.querySelector(`#${which}`);
    const submission = this.#submission.value;
    if (!shown || !submission) return;
    const result = await submission.copyText(shown.textContent ?? '', shown);
    this.#copyStatus =
      result === 'copied' ? this.localize.t('copied') : this.localize.t('copyManually');
    this.requestUpdate();
  }

  #another(): void {
    this.#receipt = null;
    this.#changed = false;
    this.#copyStatus = '';
    this.#phase = 'editing';
    this.#shown = { ...EMPTY };
    this.#status = '';
    this.#pii = [];
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector('form')?.reset();
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    });
  }

  #receiptView(): unknown {
    const receipt = this.#receipt;
    const submission = this.#submission.value;
    if (!receipt || !submission) return nothing;
    return submission.receiptView(this.localize, receipt, {
      copyStatus: this.#copyStatus,
      changed: this.#changed,
      onCopy: (which) => void this.#copy(which),
      onAnother: () => this.#another(),
    });
  }

  #formView(): TemplateResult {
    const failure = this.#phase === 'error' ? this.#failure : null;
    return formView(this.localize, {
      values: this.#shown,
      pii: this.#pii,
      busy: this.#form.submitting || this.#phase === 'sending',
      status: statusText(this.localize, {
        phase: this.#phase,
        online: this.#online.online,
        draft: this.#status,
      }),
      failure: failureView(this.localize, failure, () => this.retry()),
      onEdit: this.#onEdit,
    });
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) return html`<div part="base" class="base">${headingPlaceholder()}</div>`;
    const sent = this.#phase === 'sent';
    return html`<div part="base" class="base" lang=${l.lang} dir=${l.dir}>
      ${headingView(this.headingLevel, sent ? l.t('received') : l.t('heading'))}
      ${sent ? this.#receiptView() : html`<slot name="intro"><p class="intro">${l.t('intro')}</p></slot>`}
      ${sent ? nothing : this.#formView()}
    </div>`;
  }
}
