/**
 * The rows of `<portal-news-feed>`, rendered so that updating one row of a long list costs one
 * row: each row's template is made once per (item, position, language, column labels) and
 * reused, and the rows are grouped in blocks that Lit skips whole (`guard` on a version bumped
 * only when one of the block's items is another object). Column labels are looked up once per
 * render, dates once per row made — never per row on every render.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { NEWS_COLUMNS } from '@portal-kit/sdk';
import type { NewsColumn, NewsItem } from '@portal-kit/sdk';
import type { BaseLocalizeController, NewsFeedStrings, TranslationKey } from '@portal-kit/i18n';
import { safeHref } from '../base/safe-href.js';

/** Rows per block skipped together when none of its items changed. */
const BLOCK = 64;
/** From this many rows on, rows off screen skip layout (`.list.long` in the styles). */
const LONG = 100;

type Labels = Readonly<Record<string, string>>;

/** What a row needs of the feed's localize controller. */
type RowLocalize = Pick<BaseLocalizeController, 'lang' | 'formatDate'>;

function isColumn(value: unknown): value is NewsColumn {
  return NEWS_COLUMNS.includes(value as NewsColumn);
}

/** Makes and remembers the feed's row templates. */
export class NewsRows {
  /** The language and labels the cached rows were made with. */
  #signature = '';
  /** Bumped when the signature changes: every block renders again. */
  #generation = 0;
  #labels: Labels = {};
  #rows = new WeakMap<NewsItem, { index: number; row: TemplateResult }>();
  /** The items of the last render, and a version per block bumped when one of its items changed. */
  #last: readonly NewsItem[] = [];
  #versions: number[] = [];

  /** The list (`part="list"`) of `items`, in the language of `localize`. */
  render(
    items: readonly NewsItem[],
    localize: BaseLocalizeController<NewsFeedStrings>,
  ): TemplateResult {
    const labels = Object.fromEntries(
      NEWS_COLUMNS.map((c) => [c, localize.t(`columns.${c}` as TranslationKey<NewsFeedStrings>)]),
    );
    const signature = [localize.lang, ...Object.values(labels)].join('\n');
    if (signature !== this.#signature) {
      this.#signature = signature;
      this.#generation += 1;
      this.#labels = labels;
      this.#rows = new WeakMap();
    }
    const last = this.#last;
    const blocks: unknown[] = [];
    for (let start = 0, block = 0; start < items.length; start += BLOCK, block += 1) {
      const end = Math.min(start + BLOCK, items.length);
      // No array is copied to compare: a long list updated in one row allocates next to nothing.
      let same = Math.min(start + BLOCK, last.length) === end;
      for (let i = start; same && i < end; i += 1) same = items[i] === last[i];
      if (!same) this.#versions[block] = (this.#versions[block] ?? 0) + 1;
      blocks.push(
        guard([this.#generation, this.#versions[block]], () => {
          const rows: TemplateResult[] = [];
          for (let i = start; i < end; i += 1) rows.push(this.#row(items[i]!, i, localize));
          return rows;
        }),
      );
    }
    this.#last = items;
    return html`<ul part="list" class=${items.length > LONG ? 'list long' : 'list'}>
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
