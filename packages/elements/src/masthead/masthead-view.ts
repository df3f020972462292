/**
 * The pieces of `<portal-masthead>`: the skip link, the neutral emblem, the names, the search
 * entry, the care-mode toggle and the loading placeholder, as functions returning Lit templates.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { isPortalLanguage } from '@portal-kit/sdk';
import type { Site, SiteMasthead } from '@portal-kit/sdk';

/**
 * The kit's neutral emblem: a plain seal shape, decorative (the page supplies the ministry's own
 * emblem in the `emblem` slot; the kit never draws a national emblem).
 */
export const placeholderEmblem = svg`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
  <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
  <circle cx="24" cy="24" r="9" fill="currentColor" />
</svg>`;

/**
 * The ministry's and the unit's names in `lang` (`part="names"`, focused after a retry), as
 * `siteMasthead()` of the SDK gives them: each marked with the language it is really in
 * (`zh-CN` when the record has no name in `lang`).
 */
export function namesView(site: Site, lang: string, names: SiteMasthead): TemplateResult {
  const { ministry, unit } = names;
  const ministryLang = isPortalLanguage(lang) ? lang : 'zh-CN';
  const unitLang = site.names[lang] === undefined ? 'zh-CN' : lang;
  return html`<p part="names" class="names" tabindex="-1">
    <span part="ministry" class="ministry" lang=${ministryLang}>${ministry}</span>
    ${
      unit === null ? nothing : html`<span part="unit" class="unit" lang=${unitLang}>${unit}</span>`
    }
  </p>`;
}

/** The search entry: a labelled GET form sending `q` to `action`. */
export function searchView(action: string, label: string, button: string): TemplateResult {
  return html`<form part="search" class="search" role="search" method="get" action=${action}>
    <label class="visually-hidden" for="q">${label}</label>
    <input part="search-input" id="q" name="q" type="search" autocomplete="off" />
    <button part="search-button" class="tool" type="submit">${button}</button>
  </form>`;
}

/** The care-mode toggle: a real button whose `aria-pressed` says whether care mode is on. */
export function careButton(
  on: boolean,
  label: string,
  hint: string,
  onToggle: () => void,
): TemplateResult {
  return html`<button
      part="care-button"
      class="tool"
      type="button"
      aria-pressed=${String(on)}
      aria-describedby="care-hint"
      @click=${onToggle}
    >
      ${label}
    </button>
    <span id="care-hint" hidden>${hint}</span>`;
}

/**
 * The placeholder while the record or the strings load (`part="skeleton"`, `aria-busy`): the
 * bar and the brand row at their final heights, so nothing below the masthead moves.
 */
export function mastheadSkeleton(label: string): TemplateResult {
  return html`<div part="skeleton" class="skeleton" aria-busy="true">
    ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}
    <div class="bar" aria-hidden="true"></div>
    <div class="brand" aria-hidden="true">
      <span class="emblem bone-block"></span>
      <span class="names"
        ><span class="bone-line"></span><span class="bone-line short"></span
      ></span>
    </div>
  </div>`;
}
