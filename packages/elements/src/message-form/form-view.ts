/**
 * The templates of `<portal-message-form>` while the reader writes: the form and the failure
 * box. The element keeps the state; these only show it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { intlLocaleOf } from '@portal-kit/i18n';
import type { BaseLocalizeController, MessageFormStrings } from '@portal-kit/i18n';
import { pattern } from '../form/validators.js';
import { commonT, reasonOf, retryButton } from '../status/status-views.js';
import type { DraftValues } from './draft.js';
import type { PiiKind } from './pii.js';
import type { Failure } from './submission.js';

type Localize = BaseLocalizeController<MessageFormStrings>;

/** A failure as shown: the server's, or the page's own set-up (no client or site). */
export type ShownFailure = Failure | { readonly kind: 'config' };

/** What the form shows. */
export interface FormState {
  /** The values the fields start from (a new object only when a draft is restored). */
  readonly values: DraftValues;
  /** Personal data the message seems to contain. */
  readonly pii: readonly PiiKind[];
  /** A send is in flight: the button is `aria-disabled`. */
  readonly busy: boolean;
  /** The status line (draft saved, restored, sending, offline). */
  readonly status: string;
  /** The failure box (or nothing). */
  readonly failure: unknown;
  /** Every edit of the form. */
  readonly onEdit: (event: Event) => void;
}

/** The status line under the button: offline, sending, or what became of the draft. */
export function statusText(
  l: Localize,
  s: { phase: string; online: boolean; draft: 'saved' | 'restored' | '' },
): string {
  if (s.phase === 'queued') return l.t('offlineQueued');
  if (!s.online) return l.t('offlineDraft');
  if (s.phase === 'sending') return l.t('sending');
  if (s.draft === 'restored') return l.t('draftRestored');
  return s.draft === 'saved' ? l.t('draftSaved') : '';
}

const PHONE = pattern(/[\d\s+\-()]+/, 'phoneInvalid');

/** Why the message was not sent (`part="error"`), with a retry button, or nothing. */
export function failureView(
  l: Localize,
  failure: ShownFailure | null,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (!failure || failure.kind === 'fields') return nothing;
  const c = commonT(l);
  let reason: string;
  if (failure.kind === 'config') reason = l.t('notConfigured');
  else if (failure.kind === 'tooLarge') reason = l.t('tooLarge');
  else if (failure.kind === 'rateLimited') {
    const at = failure.retryAt ?? Date.now() + 60_000;
    const time = new Intl.DateTimeFormat(intlLocaleOf(l.lang), { timeStyle: 'short' });
    reason = l.t('rateLimited', { time: time.format(at) });
  } else reason = reasonOf(c, 'error' in failure ? failure.error : undefined);
  return html`<div part="error" class="message error" role="alert">
    <p class="error-title">${l.t('failed')}</p>
    <p>${reason}</p>
    ${failure.kind === 'config' ? nothing : retryButton(c, onRetry)}
  </div>`;
}

/**
 * The form: the fields (kind, subject, message with its count and the personal-data warning,
 * contact details, consent), the submit button and the status line, then the failure, if any.
 */
export function formView(l: Localize, s: FormState): TemplateResult {
  const v = s.values;
  const names = { idNumber: l.t('piiIdNumber'), phone: l.t('piiPhone'), email: l.t('piiEmail') };
  const found = s.pii.map((kind) => names[kind]);
  const list = new Intl.ListFormat(intlLocaleOf(l.lang), { type: 'conjunction' });
  return html`<portal-error-summary></portal-error-summary>
    <form part="form" class="form" @input=${s.onEdit} @change=${s.onEdit}>
      <portal-select
        id="kind"
        name="kind"
        label=${l.t('kind')}
        required
        .value=${v.kind}
        .options=${[
          { value: '', label: l.t('kindChoose') },
          { value: 'consultation', label: l.t('kindConsultation') },
          { value: 'suggestion', label: l.t('kindSuggestion') },
          { value: 'complaint', label: l.t('kindComplaint') },
        ]}
      ></portal-select>
      <portal-text-field
        id="subject"
        name="subject"
        label=${l.t('subject')}
        hint=${l.t('subjectHint')}
        required
        maxlength="200"
        .value=${v.subject}
      ></portal-text-field>
      <portal-text-field
        id="body"
        name="body"
        label=${l.t('body')}
        multiline
        required
        maxlength="5000"
        .value=${v.body}
      >
        <span slot="hint"
          >${l.t('bodyHint')}
          <span part="pii-warning" class="pii-warning" role="status"
            >${found.length > 0 ? l.t('piiWarning', { found: list.format(found) }) : ''}</span
          ></span
        >
      </portal-text-field>
      <fieldset class="contact">
        <legend>${l.t('contact')}</legend>
        <p class="hint">${l.t('contactHint')}</p>
        <portal-text-field
          id="name"
          name="name"
          label=${l.t('name')}
          maxlength="100"
          autocomplete="name"
          .value=${v.name}
        ></portal-text-field>
        <portal-text-field
          id="email"
          name="email"
          type="email"
          label=${l.t('email')}
          maxlength="254"
          autocomplete="email"
          .value=${v.email}
        ></portal-text-field>
        <portal-text-field
          id="phone"
          name="phone"
          type="tel"
          label=${l.t('phone')}
          hint=${l.t('phoneHint')}
          maxlength="32"
          autocomplete="tel"
          .validators=${[PHONE]}
          .messages=${{ phoneInvalid: l.t('phoneInvalid') }}
          .value=${v.phone}
        ></portal-text-field>
      </fieldset>
      <label part="consent" class="consent">
        <input type="checkbox" name="publish" value="yes" .checked=${v.publish} />
        <span>${l.t('publish')}</span>
      </label>
      <button part="submit" class="button" type="submit" aria-disabled=${s.busy ? 'true' : 'false'}>
        ${l.t('submit')}
      </button>
      <p part="status" class="status" role="status">${s.status}</p>
    </form>
    ${s.failure}`;
}
