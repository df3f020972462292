/**
 * The rows of `<portal-message-inbox>`'s list and the countdown they share with the detail:
 * each row one line for the subject (the button opening the message) and one line of facts, as
 * tall as the skeleton rows that reserve their space.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StaffMessage } from '@portal-kit/sdk';
import type { BaseLocalizeController, MessageInboxStrings } from '@portal-kit/i18n';

type Localize = BaseLocalizeController<MessageInboxStrings>;

/** Dates in a row: short months, so the facts hold on one line. */
const SHORT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

/**
 * Where the reply stands, in words: "Replied" or "Published" once replied, else the working days
 * left ("2 working days left"), "Due today" or "Overdue by 3 working days". The count is the
 * server's, on the Beijing calendar with its holidays and adjusted working weekends.
 */
export function countdownText(l: Localize, m: StaffMessage): string {
  if (m.status === 'published') return l.t('publishedBadge');
  if (m.reply) return l.t('repliedBadge');
  const left = m.workingDaysLeft;
  if (left > 0) return l.t('daysLeft', { count: left });
  return left === 0 ? l.t('dueToday') : l.t('overdue', { count: -left });
}

/** The list (`part="list"`): one `row` per message, `overdue` ones marked in words and by a bar. */
export function rowsView(
  l: Localize,
  items: readonly StaffMessage[],
  onOpen: (trackingNumber: string) => void,
): TemplateResult {
  return html`<ul part="list" class="list">
    ${items.map((m, i) => {
      const late = m.overdue && !m.reply;
      return html`<li
        part=${late ? 'row overdue' : 'row'}
        class=${late ? 'row overdue' : 'row'}
        data-index=${i}
        data-tn=${m.trackingNumber}
      >
        <button
          part="open-button"
          class="open"
          type="button"
          dir="auto"
          @click=${() => onOpen(m.trackingNumber)}
        >
          ${m.subject}
        </button>
        <span class="meta">
          <span part="tracking-number" class="code" dir="ltr" translate="no"
            >${m.trackingNumber}</span
          >
          <span part="site" translate="no">${m.site}</span>
          <span part="received"
            >${l.t('received', { date: l.formatDate(m.receivedAt, SHORT) })}</span
          >
          <span part="due">${l.t('due', { date: l.formatDate(m.dueDate, SHORT) })}</span>
          <span
            part=${late ? 'countdown overdue-badge' : 'countdown'}
            class=${late ? 'badge late' : m.reply ? 'badge done' : 'badge'}
            >${late ? html`<span class="late-mark" aria-hidden="true"></span>` : nothing}${countdownText(l, m)}</span
          >
        </span>
      </li>`;
    })}
  </ul>`;
}
