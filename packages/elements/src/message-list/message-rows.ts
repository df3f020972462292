/**
 * The rows of `<portal-message-list>`: one published message each — its subject as a heading, a
 * badge of its kind, the days it was received and replied (in Beijing), the question and the
 * reply as plain text with their line breaks, and, for a search, the matched passage with its
 * matches marked. A long question or reply is folded to four lines behind a disclosure button
 * (`aria-expanded`, `aria-controls`); screen readers read the whole text either way. Everything
 * from data is rendered as text nodes, never markup.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PublishedMessage } from '@portal-kit/sdk';
import type { BaseLocalizeController, MessageListStrings } from '@portal-kit/i18n';
import { marked } from '../base/highlight.js';

/** A text longer than this many characters, or than four lines, is folded. */
const FOLD_CHARS = 280;

/** Whether a question or reply is long enough to fold. */
export const isLong = (text: string): boolean =>
  text.length > FOLD_CHARS || text.split('\n').length > 4;

/** What the rows need of the list: words, dates, the subject's level and the unfolded texts. */
export interface MessageRowContext {
  readonly t: BaseLocalizeController<MessageListStrings>;
  /** The names of the kinds, looked up once per render. */
  readonly kinds: Readonly<Record<string, string>>;
  /** The level of the subjects' headings (one below the list's). */
  readonly level: number;
  /** Whether a text (`<tracking number>-q` or `-r`) is unfolded. */
  readonly isOpen: (id: string) => boolean;
  /** Folds or unfolds a text. */
  readonly toggle: (id: string) => void;
}

/** A message's subject (`part="subject"`): a heading at `level` (3–6). */
function subjectView(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 4:
      return html`<h4 part="subject" class="subject">${content}</h4>`;
    case 5:
      return html`<h5 part="subject" class="subject">${content}</h5>`;
    case 6:
      return html`<h6 part="subject" class="subject">${content}</h6>`;
    default:
      return html`<h3 part="subject" class="subject">${content}</h3>`;
  }
}

/** A day of an instant, in a `time` element (`part`), as seen in Beijing. */
function day(iso: string, c: MessageRowContext, part: string): unknown {
  try {
    return html`<time part=${part} datetime=${iso}>${c.t.formatDate(iso)}</time>`;
  } catch {
    return '';
  }
}

/** The question or the reply (`part`), folded when long, with its disclosure button. */
function textView(
  id: string,
  part: 'question' | 'reply',
  label: string,
  text: string,
  more: string,
  c: MessageRowContext,
): TemplateResult {
  const long = isLong(text);
  const open = !long || c.isOpen(id);
  return html`<div part=${part} class="text ${part}">
    <span class="label">${label}</span>
    <span id=${id} class=${open ? 'body' : 'body folded'}>${text}</span>
    ${
      long
        ? html`<button
            part="fold-button"
            class="fold"
            type="button"
            aria-expanded=${open}
            aria-controls=${id}
            @click=${() => c.toggle(id)}
          >
            ${open ? c.t.t('less') : more}
          </button>`
        : nothing
    }
  </div>`;
}

/** One published message (`part="item"`, `data-index`). */
export function messageRow(
  m: PublishedMessage,
  index: number,
  c: MessageRowContext,
): TemplateResult {
  const { t } = c;
  const snippet = m.snippet;
  const inSubject = snippet?.field === 'subject' && snippet.text === m.subject;
  const kind = c.kinds[m.kind] ?? m.kind;
  return html`<li part="item" class="item" data-index=${index}>
    ${subjectView(c.level, inSubject ? marked(m.subject, snippet.highlights) : m.subject)}
    <div part="meta" class="meta">
      <span part="kind ${m.kind}" class="badge">${kind}</span>
      <dl class="dates">
        <dt>${t.t('received')}</dt>
        <dd>${day(m.receivedAt, c, 'received')}</dd>
        <dt>${t.t('replied')}</dt>
        <dd>${day(m.repliedAt, c, 'replied')}</dd>
      </dl>
    </div>
    ${textView(`${m.trackingNumber}-q`, 'question', t.t('question'), m.question, t.t('moreQuestion'), c)}
    ${textView(`${m.trackingNumber}-r`, 'reply', t.t('reply'), m.reply, t.t('moreReply'), c)}
    ${
      snippet && !inSubject
        ? html`<p part="snippet" class="snippet">
            <span class="label">${t.t('matched')}</span>
            <span class="body">${marked(snippet.text, snippet.highlights)}</span>
          </p>`
        : nothing
    }
  </li>`;
}
