/**
 * The pieces a document is shown with wherever it appears — the lookup's card, the document
 * page's metadata, a list row: its file number as an LTR-isolated identifier, the names of its
 * type, category and validity (the `domain` namespace), its issuing organs, and the validity
 * badge linking to the documents that amended or repealed it. Every URL goes through
 * `safeHref()`; every text is rendered as text.
 *
 * The host's localize controller must share the `domain` and `document` namespaces.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { documentNamespace, domainNamespace } from '@portal-kit/i18n';
import type {
  BaseLocalizeController,
  DocumentStrings,
  DomainStrings,
  TranslationKey,
} from '@portal-kit/i18n';
import type { DocumentRef, DocumentSummary } from '@portal-kit/sdk';
import { safeHref } from '../base/safe-href.js';

type DomainKey = TranslationKey<DomainStrings>;

/** What the pieces need of the host's localize controller. */
export type CardLocalize = Pick<BaseLocalizeController, 'tOf' | 'formatDate' | 'lang'>;

/** Options of a domain term: its id when the kit has no name for it. */
const orId = (id: string) => ({ defaultValue: id });

/** The localized name of a document type (`bulletin` is a publication kind, not a 2012 type). */
export const typeName = (l: CardLocalize, type: string): string =>
  type === 'bulletin'
    ? l.tOf<DomainStrings>(domainNamespace, 'publicationKinds.bulletin')
    : l.tOf<DomainStrings>(domainNamespace, `documentTypes.${type}` as DomainKey, orId(type));

/** The localized name of a policy category. */
export const categoryName = (l: CardLocalize, id: string): string =>
  l.tOf<DomainStrings>(domainNamespace, `policyCategories.${id}` as DomainKey, orId(id));

/** The localized name of a validity. */
export const validityName = (l: CardLocalize, id: string): string =>
  l.tOf<DomainStrings>(domainNamespace, `validity.${id}` as DomainKey, orId(id));

/**
 * A file number as an identifier: left to right and isolated (`<bdi dir="ltr">`), so its digits
 * and brackets keep their order inside right-to-left text; Chinese, so fonts and readers take it
 * as such.
 */
export function fileNumberView(canonical: string): TemplateResult {
  return html`<bdi part="file-number" class="file-number" dir="ltr" lang="zh-CN"
    >${canonical}</bdi
  >`;
}

/** A date of a document (`YYYY-MM-DD`, a day in Beijing), or '' when it cannot be read. */
export function dayOf(l: CardLocalize, day: string | null | undefined): string {
  if (!day) return '';
  try {
    return l.formatDate(day);
  } catch {
    return '';
  }
}

/** The address of another document's page, or `undefined` for none (text only). */
export type RefHref = (ref: DocumentRef) => string | undefined;

/**
 * The address of a document's page from a pattern (`/policies/{id}.html`): `{id}` is replaced by
 * the document's id; no pattern, or one giving no http(s) or relative URL, gives no link.
 */
export function hrefFrom(pattern: string | undefined): RefHref {
  return (ref) =>
    pattern ? safeHref(pattern.replaceAll('{id}', encodeURIComponent(ref.id))) : undefined;
}

/** A link to another document (`part="ref"`: its title, and its number when it has one). */
export function refLink(ref: DocumentRef, href?: RefHref) {
  const url = href?.(ref);
  const text = html`${ref.title}${ref.fileNumber ? html` ${fileNumberView(ref.fileNumber.canonical)}` : nothing}`;
  return url === undefined
    ? html`<span part="ref">${text}</span>`
    : html`<a part="ref" href=${url}>${text}</a>`;
}

/**
 * The validity badge (`part="validity"`): in force quietly, amended and repealed standing out,
 * with links to the documents that amended or repealed it.
 */
export function validityBadge(
  l: CardLocalize,
  doc: Pick<DocumentSummary, 'validity' | 'replacedBy'>,
  href?: RefHref,
): TemplateResult {
  return html`<span part="validity" class="validity ${doc.validity}"
      >${validityName(l, doc.validity)}</span
    >${
      doc.replacedBy.length > 0
        ? html` <span class="replaced"
            >${l.tOf<DocumentStrings>(documentNamespace, 'replacedBy')}
            ${doc.replacedBy.map((ref) => html`<span class="ref">${refLink(ref, href)}</span>`)}</span
          >`
        : nothing
    }`;
}

/** The issuing organs, in the reader's language's list style (商务部、海关总署 / A and B). */
export function organNames(l: CardLocalize, doc: Pick<DocumentSummary, 'organs'>): string {
  const names = doc.organs.map((o) => o.name);
  try {
    return new Intl.ListFormat(l.lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/**
 * A document as a card (`part="card"`): its title as a link (to `href`'s page when there is
 * one, else to the document's URL when it is http(s) or relative), then its file number, type, issuer, publication date and validity.
 */
export function documentCard(
  l: CardLocalize,
  doc: DocumentSummary,
  href?: RefHref,
  index?: number,
): TemplateResult {
  // The page's own document page when it has one (`document-href`), else the document's site.
  const url = href?.(doc) ?? safeHref(doc.url);
  const lang = doc.lang === l.lang ? nothing : doc.lang;
  const title = html`<span part="title" class="title" lang=${lang}>${doc.title}</span>`;
  const date = dayOf(l, doc.publishedOn);
  return html`<article part="card" class="card" data-index=${index ?? nothing}>
    ${url === undefined ? title : html`<a part="link" class="link" href=${url}>${title}</a>`}
    <p part="meta" class="meta">
      ${doc.fileNumber ? fileNumberView(doc.fileNumber.canonical) : nothing}
      <span class="type">${typeName(l, doc.type)}</span>
      <span class="issuer"
        >${l.tOf<DocumentStrings>(documentNamespace, 'issuer')}
        <span class="organs">${organNames(l, doc)}</span></span
      >
      ${date ? html`<time datetime=${doc.publishedOn}>${date}</time>` : nothing}
      ${validityBadge(l, doc, href)}
    </p>
  </article>`;
}
