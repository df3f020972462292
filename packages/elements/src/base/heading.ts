/** Headings and numeric inputs shared by the data components. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * `value` as an integer within [min, max], or `fallback` when it is not a number. Accepts
 * numeric strings too: React and Vue set `page-size="8"` as the property value `"8"`.
 */
export function clampInteger(value: unknown, min: number, max: number, fallback: number): number {
  const number = Math.trunc(Number(value));
  if (!Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, number));
}

/**
 * The component's heading (`part="heading"`, focusable by script with `tabindex="-1"`, where
 * focus goes after a retry) at `level` 2–6 (clamped; `h1` belongs to the page). `text` may be a
 * template (a title marked as data).
 */
export function headingView(level: unknown, text: unknown): TemplateResult {
  switch (clampInteger(level, 2, 6, 2)) {
    case 3:
      return html`<h3 part="heading" class="heading" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading" tabindex="-1">${text}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading" tabindex="-1">${text}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading" tabindex="-1">${text}</h6>`;
    default:
      return html`<h2 part="heading" class="heading" tabindex="-1">${text}</h2>`;
  }
}

/**
 * An empty line as tall as {@link headingView}'s heading, hidden from assistive technology: shown
 * before the strings are loaded, so the heading that replaces it moves nothing below it.
 */
export function headingPlaceholder(): TemplateResult {
  return html`<div class="heading" aria-hidden="true">&nbsp;</div>`;
}
