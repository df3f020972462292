/**
 * The rows of `<portal-policy-list>`: one document each — its title as a link, its file number
 * as a left-to-right island inside any text direction, its issuing organs, its date, its validity
 * badge (with the documents that amended or repealed it) and, for a text query, the matched
 * passage with its matches marked. Everything from data is rendered as text nodes, never markup.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DocumentRef, DocumentSummary } from '@portal-kit/sdk';
import { domainNamespace, intlLocaleOf } from '@portal-kit/i18n';
import type {
  BaseLocalizeController,
  DomainStrings,
  PolicyListStrings,
  TranslationKey,
} from '@portal-kit/i18n';
import { marked } from '../base/highlight.js';
import { safeHref } from '../base/safe-href.js';

/** What the rows need of the list: the language and the words, looked up once per render. */
export interface RowContext {
  /** The element's language (a title in another language gets its own `lang`). */
  readonly lang: string;
  /** A day (`YYYY-MM-DD`) in the element's language, as seen in Beijing. */
  readonly date: (day: string) => string;
  /** The organs' names joined as a list in the element's language. */
  readonly organs: (names: string[]) => string;
  /** The name of a validity (`repealed` → "Repealed"). */
  readonly validity: (id: string) => string;
  /** "Amended by" / "Repealed by", for the line linking to the later documents. */
  readonly by: Readonly<Record<string, string>>;
  /** The address of another document's page, or `undefined` to show it as text. */
  readonly href: (ref: DocumentRef) => string | undefined;
  /** Titles link to `href` (the page's own document page) rather than to `url` (its site's). */
  readonly ownPages: boolean;
}

/** A file number: an isolated left-to-right island, so its digits and brackets keep their order. */
function fileNumber(doc: Pick<DocumentSummary, 'fileNumber'>, part: string): unknown {
  const canonical = doc.fileNumber?.canonical;
  return canonical ? html`<bdi part=${part} dir="ltr">${canonical}</bdi>` : nothing;
}

/** One document (`part="item"`, `data-index`). */
export function rowView(doc: DocumentSummary, index: number, c: RowContext): TemplateResult {
  const snippet = doc.snippet;
  const titleMarks =
    snippet?.field === 'title' && snippet.text === doc.title ? snippet.highlights : undefined;
  const textLang = doc.lang && doc.lang !== c.lang ? doc.lang : nothing;
  const title = html`<span part="title" class="title" lang=${textLang}
    >${titleMarks ? marked(doc.title, titleMarks) : doc.title}</span
  >`;
  const href = c.ownPages ? c.href(doc) : safeHref(doc.url);
  let date = '';
  try {
    date = c.date(doc.publishedOn);
  } catch {
    // an unreadable date is left out
  }
  const by = c.by[doc.validity];
  return html`<li part="item" class="item" data-index=${index}>
    ${href === undefined ? title : html`<a part="link" class="link" href=${href}>${title}</a>`}
    <span part="meta" class="meta">
      ${fileNumber(doc, 'file-number')}
      <span part="issuer">${c.organs(doc.organs.map((o) => o.name))}</span>
      ${date ? html`<time part="date" datetime=${doc.publishedOn}>${date}</time>` : nothing}
      <span part="validity ${doc.validity}" class="badge ${doc.validity}"
        >${c.validity(doc.validity)}</span
      >
      ${
        by && doc.replacedBy.length > 0
          ? html`<span part="replaced-by"
              >${by}
              ${doc.replacedBy.map((ref) => {
                const to = c.href(ref);
                const text = ref.fileNumber ? fileNumber(ref, 'ref') : ref.title;
                return to === undefined
                  ? html`<span class="ref">${text}</span>`
                  : html`<a part="ref-link" class="ref" href=${to}>${text}</a>`;
              })}</span
            >`
          : nothing
      }
    </span>
    ${
      snippet && !titleMarks
        ? html`<p part="snippet" class="snippet" lang=${textLang}>
            ${marked(snippet.text, snippet.highlights)}
          </p>`
        : nothing
    }
  </li>`;
}

/**
 * The rows' context in the element's language; `documentHref` is the address of a document's
 * page with `{id}` for its id (an amending or repealing document's link, and each title's link
 * when `ownPages`: the page set `document-href`, so it shows documents itself).
 */
export function rowContext(
  t: BaseLocalizeController<PolicyListStrings>,
  documentHref: string,
  ownPages = false,
): RowContext {
  const list = new Intl.ListFormat(intlLocaleOf(t.lang));
  return {
    lang: t.lang,
    date: (day) => t.formatDate(day),
    organs: (names) => list.format(names),
    validity: (id) =>
      t.tOf<DomainStrings>(domainNamespace, `validity.${id}` as TranslationKey<DomainStrings>),
    by: { amended: t.t('amendedBy'), repealed: t.t('repealedBy') },
    href: (ref: DocumentRef) =>
      safeHref(documentHref.replaceAll('{id}', encodeURIComponent(ref.id))),
    ownPages,
  };
}
