/**
 * The lookup's second way in: documents by type, year and issuing organ. `<portal-document-lookup>`
 * loads this module when the reader first opens its disclosure (a chunk of its own in bundles),
 * so a page does not pay for it at first paint. The choices come from the API's facet counts
 * (`GET /documents?limit=1`), else from the kit's own lists; the results from `GET /documents`
 * with those filters.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { DOCUMENT_TYPE_VALUES, documentsParams } from '@portal-kit/sdk';
import type { CoreClient, DocumentsPage, DocumentsQuery } from '@portal-kit/sdk';
import type { BaseLocalizeController, DocumentLookupStrings } from '@portal-kit/i18n';
import { clientId } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import { documentCard, hrefFrom, typeName } from '../document/document-card.js';
import type { RefHref } from '../document/document-card.js';
import { cardStyles } from '../document/document.styles.js';
import { resultsStyles } from './results.styles.js';
import type { SelectOption } from '../select/select.js';
import { commonT, liveRegion, noticeView, skeletonView } from '../status/status-views.js';

/** The styles it needs: the document cards' and its own. */
export const browseStyles = [cardStyles, resultsStyles];

/** Documents listed per search of the second way in. */
const RESULTS = 10;

/** What the browse view needs from its host: the client and the language of titles. */
type Context = () => { client: CoreClient | undefined; lang: string };

type Host = ConstructorParameters<typeof RecordController>[0];

/** The chosen filters, as the list query takes them. */
type Filters = Pick<DocumentsQuery, 'type' | 'organ' | 'yearFrom' | 'yearTo'>;

/**
 * The second way in, rendered inside the disclosure of `<portal-document-lookup>`; made when the
 * disclosure first opens, it loads the choices at once.
 */
export class BrowseView {
  readonly #host: Host;
  #filters: Filters | null = null;

  readonly #facets: RecordController<{ client: CoreClient; lang: string }, DocumentsPage>;
  readonly #results: RecordController<
    { client: CoreClient; lang: string; filters: Filters },
    DocumentsPage
  >;

  constructor(host: Host, context: Context) {
    this.#host = host;
    const list = (client: CoreClient, query: DocumentsQuery, signal: AbortSignal) =>
      client.request('GET', '/documents', { query: documentsParams(query), signal });
    this.#facets = new RecordController(host, {
      args: () => {
        const { client, lang } = context();
        return client ? { client, lang } : null;
      },
      key: ({ client, lang }) => `${clientId(client)} ${lang}`,
      load: async ({ client, lang }, { signal }) => list(client, { lang, limit: 1 }, signal),
    });
    this.#results = new RecordController(host, {
      args: () => {
        const { client, lang } = context();
        return this.#filters && client ? { client, lang, filters: this.#filters } : null;
      },
      key: ({ client, lang, filters }) => `${clientId(client)} ${lang} ${JSON.stringify(filters)}`,
      load: async ({ client, lang, filters }, { signal }) =>
        list(client, { ...filters, lang, limit: RESULTS }, signal),
    });
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '');
    const year = Number(value('year')) || undefined;
    const filters: Filters = {};
    if (value('type')) filters.type = [value('type') as (typeof DOCUMENT_TYPE_VALUES)[number]];
    if (value('organ')) filters.organ = [value('organ')];
    if (year) Object.assign(filters, { yearFrom: year, yearTo: year });
    this.#filters = filters;
    this.#host.requestUpdate();
  };

  #choices(l: BaseLocalizeController<DocumentLookupStrings>) {
    const facets = this.#facets.data?.facets;
    const any = (label: string): SelectOption => ({ value: '', label });
    const thisYear = new Date().getFullYear();
    const years =
      facets?.year.map((f) => f.value).sort((a, b) => b - a) ??
      Array.from({ length: thisYear - 1999 }, (_, i) => thisYear - i);
    return {
      type: [
        any(l.t('anyType')),
        ...(facets?.type.map((f) => f.value) ?? DOCUMENT_TYPE_VALUES).map((value) => ({
          value,
          label: typeName(l, value),
        })),
      ],
      year: [any(l.t('anyYear')), ...years.map((y) => ({ value: String(y), label: String(y) }))],
      organ: [
        any(l.t('anyOrgan')),
        ...(facets?.organ.map((f) => ({ value: f.value, label: f.name })) ?? []),
      ],
    };
  }

  #resultsView(l: BaseLocalizeController<DocumentLookupStrings>, href: RefHref): unknown {
    const results = this.#results;
    const c = commonT(l);
    const page = results.data;
    if (results.state === 'idle') return nothing;
    if (!page) {
      return results.state === 'error'
        ? noticeView(c, results, () => results.retry())
        : skeletonView(3, c('loading'));
    }
    return html`${noticeView(c, results, () => results.retry())}
      <p class="count">${l.t('results', { count: page.total })}</p>
      ${
        page.items.length === 0
          ? html`<p part="empty" class="empty">${l.t('noResults')}</p>`
          : page.items.map((doc, i) => documentCard(l, doc, href, i))
      }`;
  }

  /**
   * The form and the results (inside the host's disclosure); replacing documents link to
   * `documentHref`, `{id}` standing for the id.
   */
  render(l: BaseLocalizeController<DocumentLookupStrings>, documentHref?: string): TemplateResult {
    const choices = this.#choices(l);
    const select = (name: 'type' | 'year' | 'organ', label: string) =>
      html`<portal-select name=${name} label=${label} .options=${choices[name]}></portal-select>`;
    const page = this.#results.data;
    return html`<form class="browse-form" @submit=${this.#onSubmit}>
        ${select('type', l.t('type'))} ${select('year', l.t('year'))}
        ${select('organ', l.t('organ'))}
        <button part="submit" class="button" type="submit">${l.t('show')}</button>
      </form>
      <div class="results">${this.#resultsView(l, hrefFrom(documentHref))}</div>
      ${liveRegion(page && this.#results.state !== 'loading' ? l.t('results', { count: page.total }) : '')}`;
  }
}
