import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dirOf, findLangAttribute, getDefaultLanguage, resolveLanguage } from '@portal-kit/i18n';
import type { LanguageCode } from '@portal-kit/i18n';

/**
 * The element whose language `<portal-language-switcher>` shows and sets — the one its `target`
 * selector names, else `<html>` — watched so that a change of its `lang` made by other code
 * shows in the switcher too (`onChange`). A language applied as a remembered choice can be
 * undone ({@link undoRemembered}) while the reader has not chosen on this page.
 */
export class TargetLanguageController implements ReactiveController {
  readonly #selector: () => string | undefined;
  readonly #onChange: () => void;
  #observer?: MutationObserver;
  /** The target's `lang` and `dir` (name, value) before a remembered choice was applied. */
  #before?: [string, string | null][];

  constructor(
    host: ReactiveControllerHost,
    selector: () => string | undefined,
    onChange: () => void,
  ) {
    this.#selector = selector;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The target element: the selector's match, else `<html>`. */
  get element(): Element {
    const selector = this.#selector();
    return (selector ? document.querySelector(selector) : null) ?? document.documentElement;
  }

  /** The language the target is in (its own or inherited `lang`, else the page default). */
  get current(): LanguageCode {
    return resolveLanguage(findLangAttribute(this.element) ?? getDefaultLanguage());
  }

  hostConnected(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Watches the (possibly new) target's `lang` (called while connected, so in a browser). */
  observe(): void {
    this.#observer?.disconnect();
    this.#observer ??= new MutationObserver(this.#onChange);
    this.#observer.observe(this.element, { attributeFilter: ['lang'] });
  }

  /** Sets the target's `lang` and `dir`; `remembered` keeps what they were, to undo it. */
  apply(lang: LanguageCode, remembered = false): void {
    const target = this.element;
    if (remembered)
      this.#before ??= ['lang', 'dir'].map((name) => [name, target.getAttribute(name)]);
    target.setAttribute('lang', lang);
    target.setAttribute('dir', dirOf(lang));
  }

  /** Puts back the `lang` and `dir` a remembered choice replaced, if one did. */
  undoRemembered(): void {
    const target = this.element;
    for (const [name, value] of this.#before ?? []) {
      if (value === null) target.removeAttribute(name);
      else target.setAttribute(name, value);
    }
    this.#before = undefined;
  }
}
