import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { PortalHttpError, checkDocumentId } from '@portal-kit/sdk';
import type { CoreClient, DocumentArticle, DocumentAttachment } from '@portal-kit/sdk';
import {
  commonNamespace,
  documentNamespace,
  domainNamespace,
  formatNumber,
} from '@portal-kit/i18n';
import type { DocumentStrings, TranslationKey } from '@portal-kit/i18n';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { PortalElement } from '../base/portal-element.js';
import { safeHref } from '../base/safe-href.js';
import { clientId, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import { PortalErrorEvent } from '../base/events.js';
import { commonT, emptyView, noticeView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import {
  categoryName,
  dayOf,
  fileNumberView,
  hrefFrom,
  organNames,
  refLink,
  typeName,
  validityBadge,
} from './document-card.js';
import { cardStyles, documentStyles } from './document.styles.js';

/** The inputs of one load. */
interface DocArgs {
  client: CoreClient;
  id: string;
  lang: string;
}

/** An attachment's size in the reader's language: 820 kB, 1.4 MB (`Intl.NumberFormat` units). */
export function fileSize(bytes: number, lang: string): string {
  const mb = bytes >= 1_000_000;
  return formatNumber(mb ? bytes / 1_000_000 : Math.max(bytes / 1000, 0.1), lang, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  });
}

/** A short name of an attachment's format: its file extension, else its media subtype (PDF). */
export function formatOf(attachment: Pick<DocumentAttachment, 'name' | 'mediaType'>): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(attachment.name)?.[1];
  return (ext ?? attachment.mediaType.split('/').pop() ?? '').toUpperCase();
}

/**
 * One official document of the portal: its title, metadata (file number, index number, issuing
 * organs, type, category, written, published and effective dates, validity with links to the
 * documents that amended or repealed it), its body as headings and paragraphs (text only, never
 * markup), its attachments with their format and size, its interpretations and related documents.
 *
 * It is shown in the page's language where the document has a text in it; else in Chinese, with
 * a notice saying so, and `lang="zh-CN"` on the Chinese text.
 *
 * @tagname portal-document
 * @summary One official document with its metadata, body, attachments and links, localized.
 *
 * @attribute {string} lang - The language of the strings and of the text requested. Optional: by
 *   default the nearest ancestor's `lang`, else `<html lang>`.
 *
 * @fires {PortalErrorEvent} portal-error - Loading the document failed. `detail: { error }`.
 *
 * @csspart base - The wrapper of everything; carries the `lang` and `dir` of the strings.
 * @csspart heading - The document's title (an `h2`–`h6` per `heading-level`).
 * @csspart fallback - The notice that the document is shown in Chinese.
 * @csspart meta - The metadata list (`dl`).
 * @csspart file-number - A file number (LTR-isolated).
 * @csspart validity - The validity badge.
 * @csspart ref - A link to (or the name of) another document: replacing or related.
 * @csspart body - The document's text.
 * @csspart attachments - The list of attachments.
 * @csspart interpretations - The list of interpretations.
 * @csspart relations - The list of related documents.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when no document is set.
 * @csspart error - The error box (with its retry button), or "no such document".
 * @csspart notice - The notice over saved content (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --portal-document-heading-size - Font size of the title. Default: `1.5em`.
 * @cssprop --portal-document-link-color - Colour of links. Default: `--portal-color-accent`.
 * @cssprop --portal-document-repealed-color - Colour of the repealed and amended badges. Default: `--portal-color-danger`.
 * @cssprop --portal-document-skeleton-color - Colour of the loading placeholders. Default: `--portal-color-surface-muted`.
 *
 * @example
 * <portal-document api-base="https://api.example.gov.cn" document-id="mofcom-order-2004-14"
 *   document-href="/policies/{id}.html"></portal-document>
 */
export class PortalDocument extends PortalElement<DocumentStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, cardStyles, documentStyles];

  static override properties: PropertyDeclarations = {
    documentId: { attribute: 'document-id' },
    apiBase: { attribute: 'api-base' },
    documentHref: { attribute: 'document-href' },
    headingLevel: { attribute: 'heading-level' },
    client: { attribute: false },
  };

  readonly #record = new RecordController<DocArgs, DocumentArticle>(this, {
    args: () => this.#args(),
    key: ({ client, id, lang }) => `${clientId(client)} ${id} ${lang}`,
    load: async ({ client, id, lang }, { signal }) =>
      client.request('GET', '/documents/{id}', {
        params: { id: checkDocumentId(id) },
        query: { lang },
        signal,
      }),
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  /** The document's id (`mofcom-order-2004-14`). */
  declare documentId?: string;

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;

  /**
   * The address of a document's page on this site, `{id}` standing for its id
   * (`/policies/{id}.html`): replacing and related documents link there. Default: no links.
   */
  declare documentHref?: string;

  /** Level of the title, 2–6 (a numeric string is read as its number). Default 2. */
  headingLevel: number | string = 2;

  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  constructor() {
    super(documentNamespace, [commonNamespace, domainNamespace]);
  }

  /** `idle`, `loading`, `ready`, `error` or `stale`. */
  get state(): string {
    return this.#record.state;
  }

  /** Resolves when the current load has finished, successful or not. */
  get loadComplete(): Promise<void> {
    return this.#record.settled;
  }

  /** Loads the document again (the retry button does this, and then focuses the title). */
  retry(): void {
    this.#record.retry();
  }

  #args(): DocArgs | null {
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!this.localize.isReady || !client || !this.documentId) return null;
    return { client, id: this.documentId, lang: this.localize.contentLang };
  }

  #section(part: string, title: string, items: readonly unknown[], level: number) {
    return items.length === 0
      ? nothing
      : html`<section class="section">
          <div class="sub" role="heading" aria-level=${level}>${title}</div>
          <ul part=${part} class="links">
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>
        </section>`;
  }

  #article(doc: DocumentArticle): TemplateResult {
    const l = this.localize;
    const t = (key: TranslationKey<DocumentStrings>) => l.t(key);
    const level = clampInteger(this.headingLevel, 2, 6, 2);
    const href = hrefFrom(this.documentHref);
    // The text's own language where it is not the page's (the Chinese of a fallback).
    const textLang = doc.lang === l.contentLang ? nothing : doc.lang;
    const row = (label: string, value: unknown) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`${
        doc.lang !== l.contentLang && l.contentLang !== 'zh-CN'
          ? html`<p part="fallback" class="message notice" role="note">${t('fallback')}</p>`
          : nothing
      }
      <div lang=${textLang}>${headingView(level, doc.title)}</div>
      <dl part="meta" class="meta">
        ${row(t('fileNumber'), doc.fileNumber && fileNumberView(doc.fileNumber.canonical))}
        ${row(t('indexNumber'), doc.indexNumber && html`<bdi dir="ltr">${doc.indexNumber}</bdi>`)}
        ${row(t('issuer'), organNames(l, doc))} ${row(t('type'), typeName(l, doc.type))}
        ${row(t('category'), categoryName(l, doc.category))}
        ${row(t('written'), dayOf(l, doc.writtenOn))}
        ${row(t('published'), dayOf(l, doc.publishedOn))}
        ${row(t('effective'), dayOf(l, doc.effectiveOn))}
        ${row(t('validity'), validityBadge(l, doc, href))}
      </dl>
      <div part="body" class="body" lang=${textLang}>
        ${doc.body.map((block) =>
          block.kind === 'heading'
            ? html`<div class="sub" role="heading" aria-level=${Math.min(level + 1, 6)}>
                ${block.text}
              </div>`
            : html`<p>${block.text}</p>`,
        )}
      </div>
      ${this.#section(
        'attachments',
        t('attachments'),
        doc.attachments.map((a) => {
          const url = safeHref(a.url);
          const name = html`<span lang=${textLang}>${a.name}</span>`;
          return html`${url === undefined ? name : html`<a href=${url} type=${a.mediaType}>${name}</a>`}
            <span class="muted">${formatOf(a)}</span>
            <span class="muted">${fileSize(a.size, l.lang)}</span>`;
        }),
        level + 1,
      )}
      ${this.#section(
        'interpretations',
        t('interpretations'),
        doc.interpretations.map((i) => {
          const url = safeHref(i.url);
          return url === undefined ? i.title : html`<a href=${url}>${i.title}</a>`;
        }),
        level + 1,
      )}
      ${this.#section(
        'relations',
        t('relations'),
        doc.relations.map(
          (r) =>
            html`${l.t(`relationKinds.${r.kind}` as TranslationKey<DocumentStrings>)}
            ${refLink(r.document, href)}`,
        ),
        level + 1,
      )}`;
  }

  override render(): TemplateResult {
    const l = this.localize;
    if (!l.isReady) {
      return html`<div part="base" class="base">${headingPlaceholder()} ${skeletonView(6)}</div>`;
    }
    const c = commonT(l);
    const record = this.#record;
    const doc = record.data;
    const notFound = record.error instanceof PortalHttpError && record.error.status === 404;
    let body: unknown;
    if (record.state === 'idle') body = emptyView(c('notConfigured'));
    else if (notFound && !record.offline)
      body = html`<div part="error" class="message error" role="alert">
        <p class="error-title">${l.t('notFound')}</p>
        <p>${l.t('notFoundHint')}</p>
      </div>`;
    else if (!doc)
      body =
        record.state === 'error'
          ? noticeView(c, record, () => this.retry())
          : skeletonView(6, c('loading'));
    else body = html`${noticeView(c, record, () => this.retry())} ${this.#article(doc)}`;
    return html`<div
      part="base"
      class="base"
      lang=${l.lang}
      dir=${l.dir}
      aria-busy=${record.state === 'loading'}
    >
      ${body}
    </div>`;
  }
}
