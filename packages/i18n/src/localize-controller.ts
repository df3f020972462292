/**
 * The per-element localize controller. It has the shape of a Lit reactive controller but does
 * not import Lit: the host only needs the small {@link ReactiveControllerHost} interface below.
 *
 * Language of an element: its own `lang` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots through their hosts), else `<html lang>`, else the page default
 * ({@link setDefaultLanguage}, initially {@link DEFAULT_LANGUAGE}); matched to one of the 19
 * portal languages by `resolveLanguage()` (or to the pseudo-locale `en-XA` once enabled).
 *
 * Watching for changes: ONE MutationObserver for the whole page watches `lang` attributes in the
 * document and in every shadow root on the way from a connected host up to the document
 * (`attributeFilter: ['lang']`, subtree), so a change of the host's own `lang`, of any ancestor's,
 * or of `<html lang>` re-resolves every connected controller. That is cheaper than an observer
 * per ancestor per element, and lang changes are rare. Shadow roots created later above an
 * already connected host (or any change the observer cannot see) are covered by
 * {@link notifyLanguageChange}, which also reaches other copies of this module on the page.
 */
import type { TFunction } from 'i18next';
import { FALLBACK_LANGUAGES, getFixedT, loadNamespace, onResourcesChange } from './i18n.js';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  type DateInput,
  type RelativeTimeOptions,
} from './format.js';
import { DEFAULT_LANGUAGE, dirOf, resolveLanguage, resolveUiLanguage } from './languages.js';
import type { LanguageCode, TextDirection, UiLanguageCode } from './languages.js';
import type { NamespaceDefinition, Resources, TranslationKey } from './namespace.js';

/** Name of the document event {@link notifyLanguageChange} dispatches. */
export const LANGUAGE_CHANGE_EVENT = 'portal-language-change';

/** A reactive controller (structurally Lit's `ReactiveController`). */
export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdate?(): void;
  hostUpdated?(): void;
}

/** What a controller needs of its host (structurally Lit's `ReactiveControllerHost`). */
export interface ReactiveControllerHost {
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Options of {@link LocalizeController}. */
export interface LocalizeOptions<S extends Resources> {
  /** The component's namespace, e.g. `newsFeedNamespace`. */
  namespace: NamespaceDefinition<S>;
  /**
   * Namespaces the element also reads (e.g. `commonNamespace`, the strings every data component
   * shares): loaded with the own namespace, so a change of language switches them together, and
   * read through {@link LocalizeController.tOf}.
   */
  shared?: readonly NamespaceDefinition[];
}

/** Options of `t()`: `count` selects the plural form; other entries are interpolated. */
export interface TranslateOptions {
  count?: number;
  [value: string]: unknown;
}

type LooseT = (key: string, options?: object) => string;

const controllers = new Set<{ refresh(): void }>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;
let pageDefault: UiLanguageCode = DEFAULT_LANGUAGE;
let listening = false;

function refreshAll(): void {
  for (const controller of [...controllers]) controller.refresh();
}

/** Makes the observer watch the roots from `host` up to its document. */
function observeRootsOf(host: Element): void {
  observer ??= new MutationObserver(refreshAll);
  let root: Node = host.getRootNode();
  for (;;) {
    if (!observedRoots.has(root) && (root.nodeType === 9 || root.nodeType === 11)) {
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      observedRoots.add(root);
    }
    const shadowHost = (root as Partial<ShadowRoot>).host;
    if (!shadowHost) break;
    root = shadowHost.getRootNode();
  }
  if (!listening && typeof document !== 'undefined') {
    document.addEventListener(LANGUAGE_CHANGE_EVENT, refreshAll);
    listening = true;
  }
}

/**
 * The language tag that applies to an element: its own non-empty `lang`, else its nearest
 * ancestor's (crossing shadow roots), else `null`.
 */
export function findLangAttribute(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

/**
 * Tells every localized element on the page to resolve its language again — call it after
 * changing a `lang` attribute the shared observer cannot see (inside a shadow root created after
 * the elements connected). Dispatches `portal-language-change` on `document`.
 */
export function notifyLanguageChange(): void {
  if (typeof document !== 'undefined') document.dispatchEvent(new Event(LANGUAGE_CHANGE_EVENT));
  else refreshAll();
}

/**
 * Sets the language of elements that find no `lang` on themselves, their ancestors or
 * `<html>` (initially {@link DEFAULT_LANGUAGE}); any tag is resolved to a portal language.
 */
export function setDefaultLanguage(tag: string): void {
  pageDefault = resolveUiLanguage(tag);
  refreshAll();
}

/** The language of elements that find no `lang` anywhere. */
export function getDefaultLanguage(): UiLanguageCode {
  return pageDefault;
}

/**
 * Localizes one element: resolves and watches its language, loads its namespace in that
 * language, and gives typed `t()` and date formatting bound to the language. Every Portal Kit
 * element has one (`PortalElement`); {@link LocalizeController} adds number and relative-time
 * formatting, so only the elements that use those carry their code.
 */
export class BaseLocalizeController<S extends Resources = Resources> implements ReactiveController {
  /** The namespace whose strings `t()` returns. */
  readonly namespace: NamespaceDefinition<S>;

  /** The names of every namespace the element reads: its own first, then the shared ones. */
  readonly #names: readonly string[];
  readonly #host: ReactiveControllerHost & Element;
  #lang: UiLanguageCode = pageDefault;
  #target: UiLanguageCode | undefined;
  #isReady = false;
  #ready: Promise<void> = Promise.resolve();
  #t: LooseT | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element, options: LocalizeOptions<S>) {
    this.#host = host;
    this.namespace = options.namespace;
    this.#names = [options.namespace.name, ...(options.shared ?? []).map((ns) => ns.name)];
    host.addController(this);
  }

  /**
   * The language the element renders in. On a change of language it switches once the new
   * language's strings are loaded, so the element never shows a half-translated state.
   */
  get lang(): UiLanguageCode {
    return this.#lang;
  }

  /**
   * The language of the content to ask for (news, documents): {@link lang}, one of the 19 —
   * except in the pseudo-locale, whose content is English (there is no `en-XA` content).
   */
  get contentLang(): LanguageCode {
    return resolveLanguage(this.#lang);
  }

  /** Writing direction of {@link lang}. Render it on the element's inner `base` part. */
  get dir(): TextDirection {
    return dirOf(this.#lang);
  }

  /** Whether the strings of {@link lang} are loaded (render a skeleton until then). */
  get isReady(): boolean {
    return this.#isReady;
  }

  /** Settles when the strings of the language last resolved are loaded (never rejects). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  hostConnected(): void {
    controllers.add(this);
    observeRootsOf(this.#host);
    this.#unsubscribe ??= onResourcesChange((lang, namespace) => {
      if (!this.#names.includes(namespace)) return;
      if (lang === this.#lang || FALLBACK_LANGUAGES.includes(lang)) this.#host.requestUpdate();
    });
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Resolves the element's language again; loads and re-renders when it changed. */
  refresh(): void {
    const target = resolveUiLanguage(findLangAttribute(this.#host) ?? pageDefault);
    if (target === this.#target) return;
    this.#target = target;
    const loads = this.#names.map((name) =>
      loadNamespace(target, name).catch((error: unknown) => {
        console.error(`Portal Kit: could not load "${name}" strings in ${target}`, error);
      }),
    );
    this.#ready = Promise.all(loads).then(() => this.#apply(target));
  }

  /**
   * The string for `key` in the element's language. Interpolated values are NOT HTML-escaped
   * here (unlike the shared instance's default): Lit renders the result as text, and escaping
   * twice would show `&amp;` or `&#x2F;` to readers. Never put the result into `innerHTML`.
   */
  t(key: TranslationKey<S>, options: TranslateOptions = {}): string {
    this.#t ??= getFixedT(this.#lang, this.namespace.name) as TFunction as unknown as LooseT;
    return this.#t(key, { ...options, interpolation: { escapeValue: false } });
  }

  /**
   * The string for `key` of a shared namespace (one of {@link LocalizeOptions.shared}) in the
   * element's language, unescaped like {@link t}. Type it with that namespace's strings:
   * `localize.tOf<CommonStrings>(commonNamespace, 'retry')`.
   */
  tOf<C extends Resources>(
    namespace: NamespaceDefinition<C>,
    key: TranslationKey<C>,
    options: TranslateOptions = {},
  ): string {
    const t = getFixedT(this.#lang, namespace.name) as TFunction as unknown as LooseT;
    return t(key, { ...options, interpolation: { escapeValue: false } });
  }

  /** {@link formatDate} in the element's language and the portal's time zone. */
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.#lang, options);
  }

  /** {@link formatDateTime} in the element's language and the portal's time zone. */
  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDateTime(value, this.#lang, options);
  }

  #apply(target: UiLanguageCode): void {
    if (this.#target !== target) return;
    if (this.#lang !== target) this.#t = undefined;
    this.#lang = target;
    this.#isReady = true;
    this.#host.requestUpdate();
  }
}

/**
 * Localizes one element: resolves and watches its language, loads its namespace in that
 * language, and gives typed `t()` and formatting bound to the language.
 *
 * @example
 * class NewsFeed extends LitElement {
 *   private readonly localize = new LocalizeController(this, { namespace: newsFeedNamespace });
 *   render() {
 *     return this.localize.isReady ? html`<h2>${this.localize.t('heading')}</h2>` : skeleton;
 *   }
 * }
 */
export class LocalizeController<S extends Resources = Resources> extends BaseLocalizeController<S> {
  /** {@link formatNumber} in the element's language. */
  formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }

  /** {@link formatRelativeTime} in the element's language. */
  formatRelativeTime(value: DateInput, options?: RelativeTimeOptions): string {
    return formatRelativeTime(value, this.lang, options);
  }
}
