/**
 * What a lookup's answer shows — the document(s) of the number as cards, or "not found" with the
 * server's suggestions as buttons — loaded by `<portal-document-lookup>` with its first lookup
 * (a chunk of its own in bundles), so a page does not pay for it at first paint.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DocumentLookup, LookupNotFound } from '@portal-kit/sdk';
import type {
  BaseLocalizeController,
  DocumentLookupStrings,
  TranslationKey,
} from '@portal-kit/i18n';
import { documentCard, hrefFrom } from '../document/document-card.js';
import { cardStyles } from '../document/document.styles.js';
import { resultsStyles } from './results.styles.js';
import { isolate } from './reader.js';

/** What a lookup answered: the documents of the number, or near numbers. */
export type LookupAnswer = ({ found: true } & DocumentLookup) | ({ found: false } & LookupNotFound);

/** The styles it needs: the document cards' and its own. */
export const answerStyles = [cardStyles, resultsStyles];

/**
 * The answer: the cards of the documents found (titles linking to their pages; replacing
 * documents to `documentHref`, `{id}` standing for the id), or "not found" (`part="not-found"`)
 * with the suggestions as buttons (`part="suggestion"`) that look their number up with `lookup`.
 */
export function answerView(
  l: BaseLocalizeController<DocumentLookupStrings>,
  answer: LookupAnswer,
  documentHref: string | undefined,
  lookup: (number: string) => void,
): TemplateResult {
  const href = hrefFrom(documentHref);
  if (answer.found) return html`${answer.items.map((doc, i) => documentCard(l, doc, href, i))}`;
  const { suggestions } = answer;
  return html`<div part="not-found" class="not-found">
    <p class="error-title">${l.t('notFound', { number: isolate(answer.number.canonical) })}</p>
    ${
      suggestions.length > 0
        ? html`<p>${l.t('didYouMean')}</p>
            <ul class="suggestions">
              ${suggestions.map(
                ({ reason, document: ref }) =>
                  html`<li>
                    <button
                      part="suggestion"
                      class="button secondary"
                      type="button"
                      @click=${() => lookup(ref.fileNumber?.canonical ?? ref.title)}
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
  </div>`;
}
