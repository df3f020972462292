/**
 * What a found message shows — its subject and due date, the countdown, the timeline of its
 * steps and the reply — loaded by `<portal-message-status>` with its first request (a chunk of
 * its own in bundles), so a page does not pay for it at first paint.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MessageView } from '@portal-kit/sdk';
import type { BaseLocalizeController, MessageStatusStrings } from '@portal-kit/i18n';
import { clampInteger } from '../base/heading.js';
import { messageViewStyles } from './status-view.styles.js';

export { messageViewStyles };

type Localize = BaseLocalizeController<MessageStatusStrings>;

/**
 * Where the reply stands, in words: "replied on …" once replied, else the working days left
 * until the due date ("2 working days left"), "due today", or "overdue by 1 working day". The
 * count is the server's (`workingDaysLeft`, on the Beijing calendar with its holidays and
 * adjusted working weekends), never the browser's own count of calendar days.
 */
export function countdownText(l: Localize, message: MessageView): string {
  if (message.reply) return l.t('repliedOn', { date: l.formatDate(message.reply.at) });
  const left = message.workingDaysLeft;
  if (left > 0) return l.t('daysLeft', { count: left });
  return left === 0 ? l.t('dueToday') : l.t('overdue', { count: -left });
}

/** A title inside the view, one level under the element's heading (`level`, 2–6). */
function title(id: string, level: unknown, text: string): TemplateResult {
  const below = Math.min(clampInteger(level, 2, 6, 2) + 1, 6);
  return html`<p id=${id} class="section-title" role="heading" aria-level=${below}>${text}</p>`;
}

/**
 * The message as its asker sees it (`part="status"`): tracking number, subject and due date;
 * the countdown (`part="countdown"`); the steps as an ordered list (`part="timeline"`, each
 * `part="step"` with its date in the page's language, the last one `aria-current="step"`); and
 * the reply (`part="reply"`), plain text with its line breaks kept — never markup.
 */
export function messageView(l: Localize, message: MessageView, level: unknown): TemplateResult {
  const steps = {
    received: l.t('received'),
    forwarded: l.t('forwarded'),
    replied: l.t('replied'),
    published: l.t('published'),
  };
  const last = message.history.length - 1;
  const overdue = !message.reply && message.workingDaysLeft < 0;
  return html`<div part="status" class="status">
    <dl class="facts">
      <dt>${l.t('trackingNumber')}</dt>
      <dd>
        <span part="tracking-number" class="code" translate="no">${message.trackingNumber}</span>
      </dd>
      <dt>${l.t('subject')}</dt>
      <dd part="subject" dir="auto">${message.subject}</dd>
    </dl>
    <p part="due" class="due">${l.t('due', { date: l.formatDate(message.dueDate) })}</p>
    <p part="countdown" class=${overdue ? 'countdown overdue' : 'countdown'}>
      ${countdownText(l, message)}
    </p>
    <section aria-labelledby="timeline-title">
      ${title('timeline-title', level, l.t('timeline'))}
      <ol part="timeline" class="timeline">
        ${message.history.map(
          (step, i) =>
            html`<li part="step" class="step" aria-current=${i === last ? 'step' : nothing}>
              <span>${steps[step.status]}</span>
              <time datetime=${step.at}>${l.formatDate(step.at)}</time>
            </li>`,
        )}
      </ol>
    </section>
    ${
      message.reply
        ? html`<section part="reply" aria-labelledby="reply-title">
            ${title('reply-title', level, l.t('reply'))}
            <p part="reply-text" class="reply-text" dir="auto">${message.reply.text}</p>
          </section>`
        : nothing
    }
  </div>`;
}
