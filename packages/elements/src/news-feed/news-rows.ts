/**
 * The rows of `<portal-news-feed>`, rendered so that updating one row of a long list costs one
 * row: each row's template is made once per (item, position, language, column labels) and
 * reused, and the rows are grouped in blocks that Lit skips whole while their items are the
 * same objects. Column labels and the date formatter are looked up once per render, not per row.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { NEWS_COLUMNS } from '@portal-kit/sdk';
import type { NewsColumn, NewsItem } from '@portal-kit/sdk';
import type { LocalizeController, NewsFeedStrings, TranslationKey } from '@portal-kit/i18n';
import { safeHref } from '../base/safe-href.js';

/** Rows per block skipped together when none of its items changed. */
const BLOCK = 64;

type Labels = Readonly<Record<string, string>>;

/** What a row needs of the feed's localize controller. */
type RowLocalize = Pick<LocalizeController, 'lang' | 'formatDate'>;

function isColumn(value: unknown): value is NewsColumn {
  return NEWS_COLUMNS.includes(value as NewsColumn);
}

/** Makes and remembers the feed's row templates. */
export class NewsRows {
  /** The language and labels the cached rows were made with. */
  #signature = '';
  #labels: Labels = {};
  #rows = new WeakMap<NewsItem, { index: number; row: TemplateResult }>();

  /** The list (`part="list"`) of `items`, in the language of `localize`. */
  render(
    items: readonly NewsItem[],
    localize: LocalizeController<NewsFeedStrings>,
  ): TemplateResult {
    const labels = Object.fromEntries(
      NEWS_COLUMNS.map((c) => [c, localize.t(`columns.${c}` as TranslationKey<NewsFeedStrings>)]),
    );
    const signature = [localize.lang, ...Object.values(labels)].join('\n');
    if (signature !== this.#signature) {
      this.#signature = signature;
      this.#labels = labels;
      this.#rows = new WeakMap();
    }
    const blocks: unknown[] = [];
    for (let start = 0; start < items.length; start += BLOCK) {
      const block = items.slice(start, start + BLOCK);
      blocks.push(
        guard([signature, start, ...block], () =>
          block.map((item, i) => this.#row(item, start + i, localize)),
        ),
      );
    }
    return html`<ul part="list" class="list">
      ${blocks}
    </ul>`;
  }

  #row(item: NewsItem, index: number, localize: RowLocalize): TemplateResult {
    const cached = this.#rows.get(item);
    if (cached?.index === index) return cached.row;
    const row = this.#make(item, index, localize);
    this.#rows.set(item, { index, row });
    return row;
  }

  #make(item: NewsItem, index: number, localize: RowLocalize): TemplateResult {
    const column = isColumn(item.column) ? this.#labels[item.column] : item.column;
    let date = '';
    try {
      date = localize.formatDate(item.publishedAt);
    } catch {
      // an unreadable date is left out
    }
    const titleLang = item.lang && item.lang !== localize.lang ? item.lang : nothing;
    const title = html`<span part="title" class="title" lang=${titleLang}>${item.title}</span>`;
    const href = safeHref(item.url);
    // A URL that is not http(s) or relative (javascript:, data:…) is no link: the title is text.
    return html`<li part="item" class="item" data-index=${index}>
      ${href === undefined ? title : html`<a part="link" class="link" href=${href}>${title}</a>`}
      <span part="meta" class="meta">
        ${
          date
            ? html`<time part="date" class="date" datetime=${item.publishedAt}>${date}</time>`
            : nothing
        }
        <span part="column" class="column">${column}</span>
      </span>
    </li>`;
  }
}
