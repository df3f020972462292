import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { MESSAGE_STATS_YEAR_MIN, messageStatsParams } from '@portal-kit/sdk';
import type { CoreClient, MessageStats } from '@portal-kit/sdk';
import { commonNamespace, messageStatsNamespace } from '@portal-kit/i18n';
import type { MessageStatsStrings } from '@portal-kit/i18n';
import { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
import { clampInteger, headingPlaceholder, headingView } from '../base/heading.js';
import { PortalElement } from '../base/portal-element.js';
import { clientId, clientSite, getConfig, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import { commonT, emptyView, noticeView, skeletonView } from '../status/status-views.js';
import { statusViewStyles } from '../status/status-views.styles.js';
import { messageStatsStyles } from './message-stats.styles.js';
import { statsTable, summaryText, yearText } from './stats-table.js';

export { PortalErrorEvent, PortalLoadEvent } from '../base/events.js';
export type { PortalErrorDetail, PortalLoadDetail } from '../base/events.js';

/** The inputs of one load. */
interface StatsArgs {
  client: CoreClient;
  clientId: number;
  site: string;
  year: number;
}

/** The year it is now in Beijing (UTC+8 all year). */
export const beijingYear = (now = Date.now()): number =>
  new Date(now + 8 * 3_600_000).getUTCFullYear();

/** Placeholder lines while loading: the caption, the header, twelve months and the year. */
const TABLE_LINES = 15;

/**
 * How the messages sent to one site in a year were answered — the disclosure the portal
 * publishes: a summary sentence for every reader ("In 2026: 1,024 messages received, 98% replied
 * on time, median 3 working days."), then a data table with a caption, a row per month of
 * arrival (received, replied, replied on time as a count and a share of those replied, the
 * median working days from arrival to reply) and the whole year as a last row, every number in
 * the element's language. A select picks the year (from the first the API has, 2000, to the
 * current one in Beijing). Every state is shown: loading (placeholders where the table comes),
 * empty (a year without messages), error with retry, stale and offline.
 *
 * Data comes from `client`, else the page's client of `api-base`, else `configure()`'s.
 *
 * @tagname portal-message-stats
 * @summary A site's messages of a year, month by month: received, replied, on time, median days.
 *
 * @attribute {string} lang - Language of the strings and numbers. Default: inherited.
 *
 * @fires {PortalLoadEvent<MessageStats>} portal-load - A year's statistics arrived and are shown. `detail: { items: [stats], page }` (`stats`: the SDK's `MessageStats`).
 * @fires {PortalErrorEvent} portal-error - Loading failed. `detail: { error }`: the SDK's `PortalError`.
 *
 * @slot - Nothing: the element renders everything itself.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The heading (`h2`–`h6` per `heading-level`).
 * @csspart select - The year select.
 * @csspart summary - The sentence summing the year up.
 * @csspart table-wrapper - The box around the table (scrolls sideways on a narrow screen).
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart month - A month's row.
 * @csspart total - The whole year's row.
 * @csspart note - The note saying what "on time" means.
 * @csspart skeleton - The placeholder lines shown while loading.
 * @csspart empty - The message shown for a year without messages.
 * @csspart error - The error message (with its retry button).
 * @csspart notice - The notice over stale figures (with its retry button).
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --portal-message-stats-heading-size - Font size of the heading. Default: `1.25em`.
 * @cssprop --portal-message-stats-skeleton-color - Loading placeholders. Default: `--portal-color-surface-muted`.
 *
 * @example
 * <portal-message-stats api-base="https://api.example.gov.cn" site="main" year="2026"></portal-message-stats>
 */
export class PortalMessageStats extends PortalElement<MessageStatsStrings> {
  static override styles = [...PortalElement.styles, statusViewStyles, messageStatsStyles];

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    site: {},
    year: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
    client: { attribute: false },
  };

  readonly #record = new RecordController<StatsArgs, MessageStats>(this, {
    args: () => this.#args(),
    key: ({ clientId: id, site, year }) => `${id} ${site} ${year}`,
    // Checked as the SDK's `messages.stats()` checks it, then sent through the page's core client.
    load: async ({ client, site, year }, { signal }) => {
      const stats: MessageStats = await client.request('GET', '/messages/stats', {
        query: messageStatsParams({ site, year }),
        signal,
      });
      const items = [stats];
      this.dispatchEvent(
        new PortalLoadEvent<MessageStats>({ items, page: { items, nextCursor: null } }),
      );
      return stats;
    },
    onError: (error) => this.dispatchEvent(new PortalErrorEvent({ error })),
  });

  /** The year the reader chose with the select (over the `year` attribute). */
  #chosen: number | undefined;

  /** Origin of the Portal API server (the element adds `/api/v1`). */
  declare apiBase?: string;
  /** The site whose messages are counted. Default: the configured site (when one), else `main`. */
  declare site?: string;
  /** Initial year (2000 to the current year in Beijing). Default: the current year in Beijing. */
  declare year?: number | string;
  /** Level of the heading, 2–6 (clamped). Default 2. */
  headingLevel = 2;
  /** The heading's text. Default: "Messages: the year in figures" in the element's language. */
  declare heading?: string;
  /** The SDK client to load with. Default: the page's client of `api-base`, or `configure()`'s. */
  declare client?: CoreClient;

  constructor() {
    super(messageStatsNamespace, [commonNamespace]);
  }

  /** The state: `idle`, `loading`, `ready`, `empty`, `error` or `stale`. */
  get state(): 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'stale' {
    const { state, data } = this.#record;
    return state === 'ready' && data?.total.received === 0 ? 'empty' : state;
  }

  /** Resolves when the current load has finished. */
  get loadComplete(): Promise<void> {
    return this.#record.settled;
  }

  /** The year shown: the reader's choice, else the `year` attribute, else the current one. */
  get shownYear(): number {
    const now = beijingYear();
    return this.#chosen ?? clampInteger(this.year ?? now, MESSAGE_STATS_YEAR_MIN, now, now);
  }

  /** Loads again (the retry button does this, then focuses the heading). */
  retry(): void {
    this.#record.retry();
  }

  #args(): StatsArgs | null {
    if (!this.localize.isReady) return null;
    const client = resolveClient({ client: this.client, apiBase: this.apiBase });
    if (!client) return null;
    const configured = getConfig().site ?? clientSite(client);
    const site = this.site || (typeof configured === 'string' ? configured : 'main');
    return { client, clientId: clientId(client), site, year: this.shownYear };
  }

  readonly #onYear = (event: Event): void => {
    this.#chosen = Number((event.target as HTMLSelectElement).value);
    this.requestUpdate();
  };

  override render(): TemplateResult {
    const t = this.localize;
    if (!t.isReady) {
      return html`<div part="base" class="base">
        ${headingPlaceholder()}
        <div class="field" aria-hidden="true">
          <span>&nbsp;</span
          ><select disabled></select>
        </div>
        <p class="summary"></p>
        ${skeletonView(TABLE_LINES)}
      </div>`;
    }
    const record = this.#record;
    const { state } = this;
    const { data } = record;
    const year = this.shownYear;
    const years = Array.from(
      { length: beijingYear() - MESSAGE_STATS_YEAR_MIN + 1 },
      (_, i) => beijingYear() - i,
    );
    const c = commonT(t);
    let body: unknown;
    if (state === 'idle') body = emptyView(t.t('notConfigured'));
    else if (!data || data.year !== year) {
      body = state === 'error' ? nothing : skeletonView(TABLE_LINES, c('loading'));
    } else if (state === 'empty') {
      body = emptyView(t.t('empty', { year: yearText(t, year) }));
    } else {
      body = html`<p part="summary" class="summary">${summaryText(t, data)}</p>
        ${statsTable(t, data)}
        <p part="note" class="note">${t.t('note')}</p>`;
    }
    return html`<div
      part="base"
      class="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-busy=${state === 'loading'}
    >
      ${headingView(this.headingLevel, this.heading || t.t('heading'))}
      <label class="field"
        ><span>${t.t('year')}</span
        ><select part="select" name="year" @change=${this.#onYear}>
          ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${yearText(t, y)}</option>`)}
        </select></label
      >
      ${state === 'idle' ? nothing : noticeView(c, record, () => this.retry())} ${body}
    </div>`;
  }
}
