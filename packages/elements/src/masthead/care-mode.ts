/**
 * Care mode (关怀版): the elder-friendly mode government sites offer (MIIT's 2021 specification
 * for sites adapted to older people): larger text, stronger contrast, no motion. Its state is
 * one attribute on the document, `data-portal-care="on"` on `<html>`, remembered in
 * `localStorage` (`portal-care-mode`). The design tokens answer it for every component at once
 * (styles/tokens.styles.ts, styles/care-mode.styles.ts): the masthead's toggle only sets the
 * attribute; every masthead of the page shows the same state, and another tab's choice applies
 * on its next page load. `prefers-reduced-motion` stops motion whatever the mode.
 */
import { readStorage, writeStorage } from '../base/storage.js';
import { careModeStyles } from '../styles/care-mode.styles.js';

/** The `localStorage` key of the remembered choice (`on` or `off`). */
export const CARE_MODE_STORAGE_KEY = 'portal-care-mode';

/** The attribute of `<html>` that turns care mode on (value `on`). */
export const CARE_MODE_ATTRIBUTE = 'data-portal-care';

/** Detail of {@link CareModeChangeEvent}. */
export interface CareModeChangeDetail {
  /** Whether care mode is now on. */
  readonly on: boolean;
}

/** `portal-care-mode-change`: the reader turned care mode on or off. Bubbles, composed. */
export class CareModeChangeEvent extends CustomEvent<CareModeChangeDetail> {
  constructor(detail: CareModeChangeDetail) {
    super('portal-care-mode-change', { detail, bubbles: true, composed: true });
  }
}

/** Adds the document-level care-mode sheet to `doc`, once (a constructed sheet: CSP-safe). */
function adoptCareStyles(doc: Document): void {
  const sheet = careModeStyles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in doc) || doc.adoptedStyleSheets.includes(sheet)) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Whether care mode is on in `doc`. */
export function isCareModeOn(doc: Document = document): boolean {
  return doc.documentElement.getAttribute(CARE_MODE_ATTRIBUTE) === 'on';
}

/** Turns care mode on or off in `doc` (without remembering the choice). */
export function applyCareMode(on: boolean, doc: Document = document): void {
  adoptCareStyles(doc);
  if (on) doc.documentElement.setAttribute(CARE_MODE_ATTRIBUTE, 'on');
  else doc.documentElement.removeAttribute(CARE_MODE_ATTRIBUTE);
}

/**
 * Applies the remembered choice (the masthead calls it before its first render, so the page
 * paints in care mode from the start). Without a remembered choice, the document keeps what it
 * has (a page may be served with `data-portal-care="on"`). Returns whether care mode is on.
 */
export function applyStoredCareMode(doc: Document = document): boolean {
  const stored = readStorage(CARE_MODE_STORAGE_KEY);
  applyCareMode(stored === null ? isCareModeOn(doc) : stored === 'on', doc);
  return isCareModeOn(doc);
}

/** Turns care mode on or off in `doc` and remembers the choice. */
export function setCareMode(on: boolean, doc: Document = document): void {
  applyCareMode(on, doc);
  writeStorage(CARE_MODE_STORAGE_KEY, on ? 'on' : 'off');
}
