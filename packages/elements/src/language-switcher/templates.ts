/** The templates of `<portal-language-switcher>`: one language option, the suggestion. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { getFixedT, languageSwitcherNamespace } from '@portal-kit/i18n';
import type { Language, LanguageCode } from '@portal-kit/i18n';

/**
 * One language in the list, in its own name, `lang` and `dir`: a link to `href` (`navigate`
 * mode, with `hreflang`) or a button (`in-page`); the current one has `aria-current="true"`.
 * A plain primary click calls `onSelect` with the code; a link's new-tab and modified clicks
 * stay native.
 */
export function optionView(
  { code, dir, name }: Language,
  isCurrent: boolean,
  href: string | undefined,
  onSelect: (lang: LanguageCode) => void,
): TemplateResult {
  const onClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    onSelect(code);
  };
  const part = isCurrent ? 'option current' : 'option';
  const current = isCurrent ? 'true' : nothing;
  return html`<li>
    ${
      href === undefined
        ? html`<button
            part=${part}
            class="option"
            type="button"
            lang=${code}
            dir=${dir}
            aria-current=${current}
            @click=${onClick}
          >
            ${name}
          </button>`
        : html`<a
            part=${part}
            class="option"
            href=${href}
            hreflang=${code}
            lang=${code}
            dir=${dir}
            aria-current=${current}
            @click=${onClick}
            >${name}</a
          >`
    }
  </li>`;
}

/**
 * The first-visit suggestion, written in the language it proposes (its strings must be
 * loaded): "View this site in Français?" with a switch and a dismiss button, which call
 * `onChoice` with the language's code and with `null`.
 */
export function suggestionView(
  { code, dir, name }: Language,
  onChoice: (lang: LanguageCode | null) => void,
): TemplateResult {
  const t = getFixedT(code, languageSwitcherNamespace.name);
  const options = { language: name, interpolation: { escapeValue: false } };
  return html`<div part="suggestion" class="suggestion" lang=${code} dir=${dir}>
    <p class="suggestion-text">${t('suggestion', options)}</p>
    <button
      part="switch-button"
      class="suggestion-button primary"
      type="button"
      @click=${() => onChoice(code)}
    >
      ${t('switch')}
    </button>
    <button
      part="dismiss-button"
      class="suggestion-button"
      type="button"
      @click=${() => onChoice(null)}
    >
      ${t('dismiss')}
    </button>
  </div>`;
}
