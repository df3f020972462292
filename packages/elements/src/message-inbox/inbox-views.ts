/**
 * The parts of `<portal-message-inbox>` drawn from its state alone: the sign-in form, the
 * list's filter, and the frame of an opened message (back button, heading, status notice).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MessageInboxStrings } from '@portal-kit/i18n';
import type { BaseLocalizeController } from '@portal-kit/i18n';
import { custom } from '../form/validators.js';
import { isStaffToken } from './token.js';

/** Which messages the list shows. */
export type InboxFilter = 'open' | 'replied' | 'all';

type L = BaseLocalizeController<MessageInboxStrings>;

const TOKEN = custom(isStaffToken, 'tokenInvalid');

/** The sign-in form: a staff token, checked before any request; `refused` after a 401. */
export function signInView(l: L, s: { refused: boolean; busy: boolean }): TemplateResult {
  return html`${
      s.refused
        ? html`<div part="unauthorized" class="message error" role="alert" tabindex="-1">
            <p>${l.t('unauthorized')}</p>
          </div>`
        : nothing
    }
    <slot name="intro"><p class="intro">${l.t('signInIntro')}</p></slot>
    <portal-error-summary id="sign-in-summary"></portal-error-summary>
    <form part="sign-in" class="form">
      <portal-text-field
        name="token"
        type="password"
        label=${l.t('token')}
        hint=${l.t('tokenHint')}
        required
        maxlength="64"
        autocomplete="off"
        .validators=${[TOKEN]}
        .messages=${{ tokenInvalid: l.t('tokenInvalid') }}
      ></portal-text-field>
      <button
        part="sign-in-button"
        class="button"
        type="submit"
        aria-disabled=${s.busy ? 'true' : 'false'}
      >
        ${l.t('signIn')}
      </button>
    </form>`;
}

/** The list's filter (open, replied, all) and its total. */
export function filterView(
  l: L,
  filter: InboxFilter,
  total: string,
  onFilter: (filter: InboxFilter) => void,
): TemplateResult {
  const option = (value: InboxFilter, label: string) =>
    html`<option value=${value} ?selected=${filter === value}>${label}</option>`;
  return html`<div class="tools">
    <label part="filter" class="filter">
      <span>${l.t('filter')}</span>
      <select
        class="select"
        .value=${filter}
        @change=${(e: Event) => onFilter((e.target as HTMLSelectElement).value as InboxFilter)}
      >
        ${option('open', l.t('filterOpen'))} ${option('replied', l.t('filterReplied'))}
        ${option('all', l.t('filterAll'))}
      </select>
    </label>
    <p part="total" class="total">${total}</p>
  </div>`;
}

/** The frame of an opened message: back button, heading (focus target), notice, content. */
export function detailShellView(
  l: L,
  s: {
    level: number;
    title: string;
    onKeydown: (event: KeyboardEvent) => void;
    onBack: () => void;
    notice: unknown;
    content: unknown;
  },
): TemplateResult {
  return html`<section
    part="detail"
    class="detail"
    aria-labelledby="detail-heading"
    @keydown=${s.onKeydown}
  >
    <button part="back-button" class="button secondary" type="button" @click=${s.onBack}>
      ${l.t('back')}
    </button>
    <p
      id="detail-heading"
      part="detail-heading"
      class="detail-heading"
      role="heading"
      aria-level=${s.level}
      tabindex="-1"
      dir="auto"
    >
      ${s.title}
    </p>
    ${s.notice} ${s.content}
  </section>`;
}

/** A keydown handler: Escape calls `close`, except from a form's field (what is typed stays). */
export const leaveOnEscape =
  (close: () => void) =>
  (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.composedPath().some((n) => n instanceof HTMLFormElement))
      return;
    event.preventDefault();
    close();
  };
