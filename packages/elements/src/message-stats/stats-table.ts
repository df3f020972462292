/**
 * The views of `<portal-message-stats>`: the summary sentence over the table ("In 2026: 1,024
 * messages received, 98% replied on time, median 3 working days") and the data table — a
 * caption, the months as rows (`th scope="row"`), the measures as columns (`th scope="col"`) and
 * the whole year as a last row — every number in the element's language.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { MessageStats } from '@portal-kit/sdk';
import { formatNumber, intlLocaleOf } from '@portal-kit/i18n';
import type { BaseLocalizeController, MessageStatsStrings } from '@portal-kit/i18n';

type Counts = MessageStats['total'];
type T = BaseLocalizeController<MessageStatsStrings>;

/** A number in the element's language. */
const num = (t: T, value: number, options?: Intl.NumberFormatOptions): string =>
  formatNumber(value, t.lang, options);

/** The share replied on time of those replied (a percentage), or `null` when none was replied. */
const onTimeShare = (c: Counts): number | null =>
  c.replied > 0 ? c.repliedOnTime / c.replied : null;

/** A percentage in the element's language (`98%`, `98 %`, `٩٨٪`). */
const percent = (t: T, share: number): string =>
  num(t, share, { style: 'percent', maximumFractionDigits: 0 });

/** A median of working days (`3`, `2.5`) in the element's language. */
const days = (t: T, value: number): string => num(t, value, { maximumFractionDigits: 1 });

/** The year written as a year (never grouped: `2026`, not `2,026`). */
export const yearText = (t: T, year: number): string => num(t, year, { useGrouping: false });

/** The summary sentence of a year (`part="summary"`). */
export function summaryText(t: T, stats: MessageStats): string {
  const { total } = stats;
  const year = yearText(t, stats.year);
  const count = total.received;
  const n = num(t, count);
  if (count === 0) return t.t('empty', { year });
  const share = onTimeShare(total);
  if (share === null || total.medianWorkingDays === null)
    return t.t('unreplied', { count, n, year });
  const median = total.medianWorkingDays;
  return t.t('summary', {
    count,
    n,
    year,
    percent: percent(t, share),
    days: t.t('days', { count: median, n: days(t, median) }),
  });
}

/** The cells of one row: received, replied, replied on time (count and share), median. */
function cells(t: T, c: Counts): TemplateResult {
  const share = onTimeShare(c);
  const onTime = num(t, c.repliedOnTime);
  return html`<td>${num(t, c.received)}</td>
    <td>${num(t, c.replied)}</td>
    <td>${onTime}${share === null ? '' : ` (${percent(t, share)})`}</td>
    <td>${c.medianWorkingDays === null ? t.t('none') : days(t, c.medianWorkingDays)}</td>`;
}

/** The table of a year (`part="table"`). */
export function statsTable(t: T, stats: MessageStats): TemplateResult {
  const month = new Intl.DateTimeFormat(intlLocaleOf(t.lang), { month: 'long', timeZone: 'UTC' });
  return html`<div
    class="scroll"
    part="table-wrapper"
    role="region"
    aria-labelledby="caption"
    tabindex="0"
  >
    <table part="table" class="table">
      <caption id="caption" part="caption">
        ${t.t('caption', { year: yearText(t, stats.year) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.t('month')}</th>
          <th scope="col">${t.t('received')}</th>
          <th scope="col">${t.t('replied')}</th>
          <th scope="col">${t.t('onTime')}</th>
          <th scope="col">${t.t('median')}</th>
        </tr>
      </thead>
      <tbody>
        ${stats.months.map(
          (m) =>
            html`<tr part="month">
              <th scope="row">${month.format(Date.UTC(stats.year, m.month - 1, 1))}</th>
              ${cells(t, m)}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr part="total">
          <th scope="row">${t.t('total')}</th>
          ${cells(t, stats.total)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}
