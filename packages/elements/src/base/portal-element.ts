import { isServer, LitElement } from 'lit';
import { BaseLocalizeController } from '@portal-kit/i18n';
import type { NamespaceDefinition, Resources } from '@portal-kit/i18n';
import { shared, tokens } from '../styles/tokens.styles.js';
import { connectOnServer } from './hydration.js';

/**
 * The thin base class of every Portal Kit element: the design tokens and shared helper styles,
 * and a localize controller over the component's i18n namespace ({@link BaseLocalizeController}:
 * strings, language, direction, dates; for numbers and relative times, call `formatNumber()` /
 * `formatRelativeTime()` of `@portal-kit/i18n` with `this.localize.lang`). Behaviour beyond that
 * comes from reactive controllers the component composes itself (data loading, focus…).
 *
 * The host never gets a `dir` attribute (that would override the page's layout); a component
 * renders `dir=${this.localize.dir}` and `lang=${this.localize.lang}` on its inner `base` part.
 *
 * Server rendering (`@portal-kit/elements/ssr`): on a server the element is connected (its
 * controllers' `hostConnected` and `hostUpdate` run, so they start their loads) and rendered
 * once the loads are done; in a browser, `hydrate.js` gives an element with that markup its
 * embedded state and strings before it hydrates (base/hydration.ts).
 *
 * @typeParam S - The shape of the component's strings, for typed `localize.t()` keys.
 */
export abstract class PortalElement<S extends Resources = Resources> extends LitElement {
  static override styles = [tokens, shared];

  /** The element's language, direction, strings and formatters. */
  protected readonly localize: BaseLocalizeController<S>;

  /**
   * @param namespace - The component's own strings.
   * @param shared - Namespaces it also reads, loaded with its own (a data component passes
   *   `[commonNamespace]`, the strings of the status views).
   */
  constructor(namespace: NamespaceDefinition<S>, shared: readonly NamespaceDefinition[] = []) {
    super();
    this.localize = new BaseLocalizeController<S>(this, { namespace, shared });
    if (isServer) connectOnServer(this);
  }
}
