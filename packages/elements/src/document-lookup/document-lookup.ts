import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { PortalHttpError } from '@portal-kit/sdk';
import type { CoreClient, LookupNotFound } from '@portal-kit/sdk';
import {
  commonNamespace,
  documentLookupNamespace,
  documentNamespace,
  domainNamespace,
} from '@portal-kit/i18n';
import type { DocumentLookupStrings } from '@portal-kit/i18n';
import { headingPlaceholder, headingView } from '../base/heading.js';
import { addStyles, lazy } from '../base/lazy.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { FormController } from '../form/form-controller.js';
import { PortalErrorEvent } from '../base/events.js';
import { commonT, noticeView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import type { PortalTextField } from '../text-field/text-field.js';
import type * as AnswerModule from './answer.js';
import type { LookupAnswer } from './answer.js';
import type * as BrowseModule from './browse.js';
import type { BrowseView } from './browse.js';
import { lookupStyles } from './document-lookup.styles.js';
import { NumberReader } from './reader.js';

export type { LookupAnswer };

/** The answer's views and the second way in: loaded on use. */
type Answer = typeof AnswerModule;
type Browse = typeof BrowseModule;

export { isolate } from './reader.js';

/** The inputs of one lookup. */
interface LookupArgs {
  client: CoreClient;
  number: string;
  key: string;
  lang: string;
}

/**
 * Finds an official document by its file number (文号) typed in any spelling — full-width
 * digits, `[06]`, `（2006）`, a missing 号 — as the GOV.UK form patterns want it: one labelled
 * field with a hint, read in the browser as the reader types ("Read as 商资发〔2006〕123号", said
 * politely once typing pauses; no request per keystroke), every reason a number cannot be read
 * explained, errors linked to the field and listed in an error summary on submit.
 *
 * Submitting looks the number up (`GET /documents/lookup`) and shows the document's card, or
 * "not found" with the server's suggestions as buttons (one press looks that number up), or why
 * the server could not read the number. A number already being looked up is never sent twice,
 * and what the reader typed is never cleared. A second way in lists documents by type, year and
 * issuing organ.
 *
 * @tagname portal-document-lookup
 * @summary Find a document by its file number in any spelling, or by type, year and issuer.
 *
 * @attribute {string} lang - The language of the strings and of the titles requested.
 *
 * @fires {PortalErrorEvent} portal-error - A lookup failed (network, server). `detail: { error }`.
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The heading (an `h2`–`h6` per `heading-level`).
 * @csspart form - The lookup form.
 * @csspart read-as - The polite line saying how the number is read, or why it cannot be.
 * @csspart submit - The submit buttons.
 * @csspart result - The area of the answer (space reserved, focused after a lookup).
 * @csspart card - A document's card; `title`, `link`, `meta`, `file-number`, `validity` inside it.
 * @csspart not-found - The "not found" answer with its suggestions.
 * @csspart suggestion - A suggestion's button.
 * @csspart browse - The disclosure of the second way in (type, year, issuer).
 * @csspart error - The error box (with its retry button), or the server's reason.
 * @csspart notice - The notice over a saved answer (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 * @csspart skeleton - The placeholder while looking up.
 *
 * @cssprop --portal-document-lookup-result-size - Space reserved for the answer. Default: `8rem`.
 * @cssprop --portal-document-link-color - Colour of links. Default: `--portal-color-accent`.
 * @cssprop --portal-document-repealed-color - Colour of the repealed and amended badges. Default: `--portal-color-danger`.
 *
 * @example
 * <portal-document-lookup api-base="https://api.example.gov.cn"
 *   document-href="/policies/{id}.html"></portal-document-lookup>
 */
export class PortalDocumentLookup extends PortalElement<DocumentLookupStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, lookupStyles];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    documentHref: { attribute: 'document-href' },
    headingLevel: { attribute: 'heading-level' },
    value: {},
    client: { attribute: false },
  };

  #submitted: { number: string; key: string } | null = null;

  readonly #answers = lazy<Answer>(() => import('./answer.js'));
  readonly #browser = lazy<Browse>(() => import('./browse.js'));
  #browse: BrowseView | undefined;

  readonly #form = new FormController(this, {
    form: () => this.renderRoot.querySelector<HTMLFormElement>('form.lookup'),
    summary: () => this.renderRoot.querySelector<PortalErrorSummary>('portal-error-summary'),
    onSubmit: (data) => this.#find(String(data.get('number') ?? '')),
  });

  readonly #reader = new NumberReader(this, {
    localize: this.localize,
    field: () => this.#field(),
    submit: (submitter) => this.#form.requestSubmit(submitter),
  });

  readonly #answer = new RecordController<LookupArgs, LookupAnswer>(this, {
    args: () => {
      const client = resolveClient({ client: this.client, apiBase: this.apiBase });
      const submitted = this.#submitted;
      if (!submitted || !client || !this.localize.isReady) return null;
      return { client, ...submitted, lang: this.localize.contentLang };
    },
    key: ({ client, key, lang }) => `${clientId(client)} ${key} ${lang}`,
    load: async ({ client, number, lang }, { signal }) => {
      // The answer's views load beside the request; the answer is shown once both are here.
      const views = this.#loadAnswers();
      let answer: LookupAnswer;
      try {
        const found = await client.request('GET', '/documents/lookup', {
          query: { number, lang },
          signal,
        });
        answer = { found: true as const, ...found };
      } catch (error) {
        // The 404 problem of a number of no document is an answer: "not found, did you mean…".
        const problem = error instanceof PortalHttpError && error.status === 404 && error.problem;
        if (!problem || !Array.isArray((problem as Partial<LookupNotFound>).suggestions)) {
          throw error;
        }
        answer = { found: false as const, ...(problem as unknown as LookupNotFound) };
      }
      if (!(await views)) throw new Error("Portal Kit: the lookup's views could not be loaded.");
      return answer;
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /** The SDK client to use. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  /**
   * The address of a document's page on this site, `{id}` standing for its id
   * (`/policies/{id}.html`): replacing documents link there. Default: no links.
   */
  declare documentHref?: string;

  /** Level of the heading, 2–6. Default 2. */
  headingLevel: number | string = 2;

  /** A number to start with (the field's initial value). */
  value = '';

  constructor() {
    super(documentLookupNamespace, [commonNamespace, domainNamespace, documentNamespace]);
  }

  /**
   * Where the lookup stands: `idle` (nothing looked up yet), `loading`, `found`, `not-found`,
   * `error` (with retry; also the server refusing the number), `stale` (a saved answer) or
   * `offline`.
   */
  get state(): string {
    const { state, data, offline } = this.#answer;
    if (offline && (state === 'error' || state === 'stale')) return 'offline';
    if (state !== 'ready') return state;
    return data?.found ? 'found' : 'not-found';
  }

  /** Resolves when the lookup under way has finished. */
  get loadComplete(): Promise<void> {
    return this.#answer.settled;
  }

  /** Looks the number up again (the retry button does this). */
  retry(): void {
    this.#answer.retry();
  }

  /**
   * Looks `number` up, as if the reader had typed it and pressed the button (once the element
   * has rendered; before, `number` only becomes the field's initial value).
   */
  lookup(number: string): void {
    const field = this.#field();
    if (field) field.value = number;
    else this.value = number;
    this.#reader.readNow(number);
    this.#form.requestSubmit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A number to start with is read (and checked) as soon as the parser is here.
    if (changed.has('value') && this.value) this.#reader.prepare();
  }

  #field(): PortalTextField | null {
    return this.renderRoot.querySelector<PortalTextField>('portal-text-field');
  }

  /** Loads the answer's views, and adopts their styles (the document cards'). */
  async #loadAnswers(): Promise<Answer | undefined> {
    const views = await this.#answers.get();
    if (views) addStyles(this, views.answerStyles);
    return views;
  }

  readonly #onToggle = (event: Event): void => {
    if (this.#browse || !(event.target as HTMLDetailsElement).open) return;
    void this.#browser.get().then((module) => {
      if (!module || this.#browse) return;
      addStyles(this, module.browseStyles);
      this.#browse = new module.BrowseView(this, () => ({
        client: resolveClient({ client: this.client, apiBase: this.apiBase }),
        lang: this.localize.contentLang,
      }));
      this.requestUpdate();
    });
  };

  async #find(number: string): Promise<void> {
    // Without the parser (it could not be loaded), the server reads the number.
    const canonical = await this.#reader.canonical(number);
    if (canonical === null) return;
    const key = canonical ?? number.trim();
    this.#reader.readNow(number);
    // The same number again: one request (the one in flight, or a retry after a failure).
    if (this.#submitted?.key === key) {
      if (this.#answer.state === 'error') this.#answer.retry();
    } else {
      this.#submitted = { number, key };
      this.requestUpdate();
      await this.updateComplete;
    }
    await this.#answer.settled;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="result"]')?.focus();
  }

  #answerView(): unknown {
    const l = this.localize;
    const record = this.#answer;
    const c = commonT(l);
    const data = record.data;
    const error = record.error;
    const views = this.#answers.value;
    const code =
      error instanceof PortalHttpError && error.status === 400 && error.problem
        ? (error.problem as { code?: unknown }).code
        : undefined;
    if (record.state === 'idle') return nothing;
    if (typeof code === 'string' && !record.offline) {
      return html`<div part="error" class="message error" role="alert">
        <p class="error-title">${l.t('unreadable')}</p>
        <p>${this.#reader.explain(code)}</p>
      </div>`;
    }
    if (!data || !views) {
      return record.state === 'error'
        ? noticeView(c, record, () => this.retry())
        : skeletonView(2, c('loading'));
    }
    return html`${noticeView(c, record, () => this.retry())}
    ${views.answerView(l, data, this.documentHref, (number) => this.lookup(number))}`;
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) return html`<div part="base" class="base">${headingPlaceholder()}</div>`;
    const reader = this.#reader;
    return html`<div part="base" class="base" lang=${l.lang} dir=${l.dir}>
      ${headingView(this.headingLevel, l.t('heading'))}
      <portal-error-summary></portal-error-summary>
      <form part="form" class="lookup" @submit=${reader.onSubmit} @focusin=${reader.prepare}>
        <portal-text-field
          id="number"
          name="number"
          label=${l.t('label')}
          value=${this.value}
          required
          autocomplete="off"
          .validators=${[reader.validator]}
          .messages=${reader.messages()}
          @input=${reader.onInput}
        >
          <span slot="hint"
            >${l.t('hint')}
            <span part="read-as" class="read-as" role="status">${reader.readAs}</span></span
          >
        </portal-text-field>
        <button
          part="submit"
          class="button"
          type="submit"
          aria-disabled=${this.#form.submitting ? 'true' : 'false'}
        >
          ${l.t('submit')}
        </button>
      </form>
      <div part="result" class="result" tabindex="-1" aria-busy=${this.#answer.state === 'loading'}>
        ${this.#answerView()}
      </div>
      <details part="browse" class="browse" @toggle=${this.#onToggle}>
        <summary>${l.t('browse')}</summary>
        ${
          this.#browse
            ? this.#browse.render(l, this.documentHref)
            : html`<p aria-busy="true">${commonT(l)('loading')}</p>`
        }
      </details>
    </div>`;
  }
}
