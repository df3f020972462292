import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { FILE_NUMBER_ERROR_CODES, PortalHttpError, parseFileNumber } from '@portal-kit/sdk';
import type { CoreClient, DocumentLookup, LookupNotFound } from '@portal-kit/sdk';
import {
  commonNamespace,
  documentLookupNamespace,
  documentNamespace,
  domainNamespace,
} from '@portal-kit/i18n';
import type { DocumentLookupStrings, TranslationKey } from '@portal-kit/i18n';
import { headingPlaceholder, headingView } from '../base/heading.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import { documentCard, hrefFrom } from '../document/document-card.js';
import { documentStyles } from '../document/document.styles.js';
import type { PortalErrorSummary } from '../error-summary/error-summary.js';
import { FormController } from '../form/form-controller.js';
import type { Validator } from '../form/validators.js';
import { PortalErrorEvent } from '../news-feed/events.js';
import { commonT, noticeView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import type { PortalTextField } from '../text-field/text-field.js';
import { BrowseView } from './browse.js';
import { lookupStyles } from './document-lookup.styles.js';

/** What a lookup answered: the documents of the number, or near numbers. */
export type LookupAnswer = ({ found: true } & DocumentLookup) | ({ found: false } & LookupNotFound);

/** How long after the last keystroke the "read as" line is updated and announced. */
const READ_DELAY = 400;

/** A left-to-right isolate (U+2066 … U+2069): a number inside a sentence of any direction. */
export const isolate = (text: string): string => `\u2066${text}\u2069`;

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
  static override styles = [
    ...PortalElement.styles,
    statusViewStyles,
    documentStyles,
    lookupStyles,
  ];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    documentHref: { attribute: 'document-href' },
    headingLevel: { attribute: 'heading-level' },
    value: {},
    client: { attribute: false },
    readAs: { state: true },
  };

  #timer: ReturnType<typeof setTimeout> | undefined;
  #submitted: { number: string; key: string } | null = null;

  readonly #form = new FormController(this, {
    form: () => this.renderRoot.querySelector<HTMLFormElement>('form.lookup'),
    summary: () => this.renderRoot.querySelector<PortalErrorSummary>('portal-error-summary'),
    onSubmit: (data) => this.#find(String(data.get('number') ?? '')),
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
      try {
        const found = await client.request('GET', '/documents/lookup', {
          query: { number, lang },
          signal,
        });
        return { found: true as const, ...found };
      } catch (error) {
        // The 404 problem of a number of no document is an answer: "not found, did you mean…".
        const problem = error instanceof PortalHttpError && error.status === 404 && error.problem;
        if (problem && Array.isArray((problem as Partial<LookupNotFound>).suggestions)) {
          return { found: false as const, ...(problem as unknown as LookupNotFound) };
        }
        throw error;
      }
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  readonly #browse = new BrowseView(this, () => ({
    client: resolveClient({ client: this.client, apiBase: this.apiBase }),
    lang: this.localize.contentLang,
  }));

  /** What the "read as" line says (updated once typing pauses). */
  private readAs = '';

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
    this.#readNow(number);
    this.#form.requestSubmit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #field(): PortalTextField | null {
    return this.renderRoot.querySelector<PortalTextField>('portal-text-field');
  }

  async #find(number: string): Promise<void> {
    const parsed = parseFileNumber(number);
    if (!parsed.ok) return;
    const key = parsed.value.canonical;
    this.#readNow(number);
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

  /** What the line under the field says about `value`: how it reads, or why it cannot. */
  #reading(value: string): string {
    if (value.trim() === '') return '';
    const parsed = parseFileNumber(value);
    return parsed.ok
      ? this.localize.t('readAs', { number: isolate(parsed.value.canonical) })
      : this.#explain(parsed.error.code);
  }

  #explain(code: string): string {
    return this.localize.t(`errors.${code}` as TranslationKey<DocumentLookupStrings>, {
      defaultValue: this.localize.t('errors.unknown-form'),
    });
  }

  #readNow(value: string): void {
    clearTimeout(this.#timer);
    this.readAs = this.#reading(value);
  }

  readonly #onInput = (event: Event): void => {
    const value = (event.target as PortalTextField).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#readNow(value), READ_DELAY);
  };

  /** The field's check: the number must be readable; the message explains why it is not. */
  readonly #validator: Validator = {
    id: 'fileNumber',
    validate: (value) => {
      const parsed = parseFileNumber(value);
      return value.trim() === '' || parsed.ok ? null : { key: parsed.error.code };
    },
  };

  #answerView(): unknown {
    const l = this.localize;
    const record = this.#answer;
    const c = commonT(l);
    const data = record.data;
    const error = record.error;
    const code =
      error instanceof PortalHttpError && error.status === 400 && error.problem
        ? (error.problem as { code?: unknown }).code
        : undefined;
    if (record.state === 'idle') return nothing;
    if (typeof code === 'string' && !record.offline) {
      return html`<div part="error" class="message error" role="alert">
        <p class="error-title">${l.t('unreadable')}</p>
        <p>${this.#explain(code)}</p>
      </div>`;
    }
    if (!data) {
      return record.state === 'error'
        ? noticeView(c, record, () => this.retry())
        : skeletonView(2, c('loading'));
    }
    const href = hrefFrom(this.documentHref);
    return html`${noticeView(c, record, () => this.retry())}
    ${
      data.found
        ? data.items.map((doc, i) => documentCard(l, doc, href, i))
        : html`<div part="not-found" class="not-found">
            <p class="error-title">
              ${l.t('notFound', { number: isolate(data.number.canonical) })}
            </p>
            ${
              data.suggestions.length > 0
                ? html`<p>${l.t('didYouMean')}</p>
                    <ul class="suggestions">
                      ${data.suggestions.map(
                        ({ reason, document: ref }) =>
                          html`<li>
                            <button
                              part="suggestion"
                              class="button secondary"
                              type="button"
                              @click=${() => this.lookup(ref.fileNumber?.canonical ?? ref.title)}
                            >
                              <bdi dir="ltr" lang="zh-CN">${ref.fileNumber?.canonical}</bdi>
                              <span>${ref.title}</span>
                            </button>
                            <span class="muted">
                              ${l.t(`suggestionReasons.${reason}` as TranslationKey<DocumentLookupStrings>)}
                            </span>
                          </li>`,
                      )}
                    </ul>`
                : nothing
            }
          </div>`
    }`;
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) return html`<div part="base" class="base">${headingPlaceholder()}</div>`;
    const messages = Object.fromEntries(
      ['required', ...FILE_NUMBER_ERROR_CODES].map((code) => [
        code,
        code === 'required' ? this.#explain('empty') : this.#explain(code),
      ]),
    );
    return html`<div part="base" class="base" lang=${l.lang} dir=${l.dir}>
      ${headingView(this.headingLevel, l.t('heading'))}
      <portal-error-summary></portal-error-summary>
      <form part="form" class="lookup">
        <portal-text-field
          id="number"
          name="number"
          label=${l.t('label')}
          value=${this.value}
          required
          autocomplete="off"
          .validators=${[this.#validator]}
          .messages=${messages}
          @input=${this.#onInput}
        >
          <span slot="hint"
            >${l.t('hint')}
            <span part="read-as" class="read-as" role="status">${this.readAs}</span></span
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
      ${this.#browse.render(l, hrefFrom(this.documentHref))}
    </div>`;
  }
}
