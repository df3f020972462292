import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeInViewport } from '../base/popup.js';

/** The host of a disclosure: a Lit element (its render root holds the button and the popup). */
export type DisclosureHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: ParentNode & Node };

/**
 * The WAI-ARIA disclosure pattern for its host (a language list, a masthead menu, a guide's
 * section list): a button shows and hides a popup; Escape closes it and returns focus to the
 * button; focus leaving the host closes it; an opened popup is kept in the viewport
 * (`placeInViewport`). The host renders `aria-expanded=${open}` on the button, `hidden` on the
 * popup while closed, and passes {@link onKeydown} and {@link onFocusOut} to its wrapper.
 */
export class DisclosureController implements ReactiveController {
  readonly #host: DisclosureHost;
  readonly #button: string;
  readonly #popup: string;
  #open = false;
  #placed = false;

  /**
   * @param host - The element.
   * @param button - A selector of the button in the host's render root.
   * @param popup - A selector of the popup in the host's render root.
   */
  constructor(host: DisclosureHost, button: string, popup: string) {
    this.#host = host;
    this.#button = button;
    this.#popup = popup;
    host.addController(this);
  }

  /** Whether the popup is shown. */
  get open(): boolean {
    return this.#open;
  }

  set open(open: boolean) {
    if (open === this.#open) return;
    this.#open = open;
    this.#placed = false;
    this.#host.requestUpdate();
  }

  /** The button (found in the host's render root). */
  get button(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(this.#button);
  }

  hostUpdated(): void {
    const popup = this.#host.renderRoot.querySelector<HTMLElement>(this.#popup);
    if (this.#open && !this.#placed && popup) {
      this.#placed = true;
      placeInViewport(popup);
    }
  }

  /** Shows or hides the popup (the button's click handler). */
  readonly toggle = (): void => {
    this.open = !this.#open;
  };

  /** Closes an open popup and gives focus back to the button. */
  closeAndFocus(): void {
    if (!this.#open) return;
    this.open = false;
    this.button?.focus();
  }

  /** Escape closes the popup and returns focus to the button. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#open) return;
    event.preventDefault();
    this.closeAndFocus();
  };

  /** Focus moving out of the host (its shadow root and light DOM) closes the popup. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.#host.renderRoot.contains(next) || this.#host.contains(next))) return;
    this.open = false;
  };
}
