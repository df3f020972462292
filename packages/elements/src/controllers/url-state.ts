/**
 * The URL-state controller: keeps a filterable component's state (category, type, year, page
 * cursor, query text…) in the page's query string, so a filtered view can be bookmarked, shared
 * and walked with back/forward.
 *
 * - On connect it reads the query string and hands the state to `apply`.
 * - `push(state)` records a user's choice as a new history entry (`history.pushState`);
 *   `replace(state)` updates the current one (`history.replaceState`) — use it while typing.
 * - On `popstate` (back/forward) it reads the query string again and calls `apply`.
 * - Parameters are prefixed (`prefix: 'policies-'` → `?policies-year=2024`), so two components on
 *   one page never collide; parameters of others are kept as they are.
 * - Every value is parsed by its codec: a hostile or malformed query string gives the codec's
 *   default, never an exception, never markup (values are only ever rendered as text).
 * - A host with the `no-url-state` attribute (or `noUrlState = true`) opts out: nothing is read
 *   or written, the component keeps its state to itself.
 *
 * @example
 * readonly #url = new UrlStateController(this, {
 *   prefix: 'policies-',
 *   codecs: { year: integerCodec(1949, 2100), q: textCodec(200), category: oneOfCodec(CATEGORIES) },
 *   apply: (state) => Object.assign(this, state),
 * });
 * #onYear(year: number | null) { this.year = year; this.#url.push(this.#state()); }
 */
import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { serverSession } from '../base/hydration.js';

/** How one state value is read from and written to a query parameter. */
export interface UrlCodec<T> {
  /** The value of a parameter (`null`: absent). Must not throw; anything invalid → default. */
  parse(raw: string | null): T;
  /** The parameter's text, or `null` to leave it out (the default needs no parameter). */
  format(value: T): string | null;
}

/** The codecs of a state shape: one per key. */
export type UrlCodecs<S> = { readonly [K in keyof S]: UrlCodec<S[K]> };

/** Options of {@link UrlStateController}. */
export interface UrlStateOptions<S> {
  /**
   * Prefix of every parameter (`'feed-'`), unique per component on the page, or a function
   * giving it (read at each read and write: an attribute such as `url-key`). Default `''`.
   */
  prefix?: string | (() => string);
  /** How each key of the state is read and written. */
  codecs: UrlCodecs<S>;
  /** Applies a state read from the URL (on connect and on back/forward). */
  apply: (state: S) => void;
}

/** Longest parameter value read at all: longer ones are hostile, and give the default. */
const MAX_RAW = 2000;

/** Free text (a search query): trimmed, control characters removed, at most `max` characters. */
export function textCodec(max = 200): UrlCodec<string> {
  return {
    parse: (raw) =>
      raw === null || raw.length > MAX_RAW
        ? ''
        : raw
            .replace(/\p{Cc}/gu, '')
            .trim()
            .slice(0, max),
    format: (value) => (value === '' ? null : value),
  };
}

/** One of a fixed list of values (a category, a type), else `fallback`. */
export function oneOfCodec<T extends string>(
  values: readonly T[],
  fallback: T | null = null,
): UrlCodec<T | null> {
  return {
    parse: (raw) =>
      raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback,
    format: (value) => (value === null || value === fallback ? null : value),
  };
}

/** A whole number within [min, max] written in plain decimal digits (no `08`, no `1e3`), else `null`. */
export function integerCodec(min: number, max: number): UrlCodec<number | null> {
  return {
    parse: (raw) => {
      if (raw === null || !/^(?:0|-?[1-9]\d{0,15})$/.test(raw)) return null;
      const value = Number(raw);
      return value >= min && value <= max ? value : null;
    },
    format: (value) => (value === null ? null : String(value)),
  };
}

/** An opaque token such as a page cursor: `[A-Za-z0-9_.~-]`, at most `max` characters, else `null`. */
export function tokenCodec(max = 200): UrlCodec<string | null> {
  return {
    parse: (raw) => (raw !== null && raw.length <= max && /^[\w.~-]+$/.test(raw) ? raw : null),
    format: (value) => value,
  };
}

/**
 * A list of values (`category=a,b`): the comma-separated items `accept` takes, unique, at most
 * `max` of them (the rest are dropped), in the order written; `[]` when absent. The empty list
 * needs no parameter.
 */
export function listCodec(accept: (item: string) => boolean, max = 20): UrlCodec<string[]> {
  return {
    parse: (raw) =>
      raw === null || raw.length > MAX_RAW
        ? []
        : [...new Set(raw.split(','))].filter((item) => item !== '' && accept(item)).slice(0, max),
    format: (value) => (value.length === 0 ? null : value.join(',')),
  };
}

/**
 * `codec`, with an absent parameter read as `undefined` ("not chosen here: the component's own
 * default") and a present one — even empty — as the codec reads it. So a component whose
 * attributes give a default filter can tell "the reader cleared it" (`?x=`) from "the URL says
 * nothing" (no `x`), and back/forward restores either.
 */
export function optionalCodec<T>(codec: UrlCodec<T>): UrlCodec<T | undefined> {
  return {
    parse: (raw) => (raw === null ? undefined : codec.parse(raw)),
    format: (value) => (value === undefined ? null : (codec.format(value) ?? '')),
  };
}

/** Whether a host opted out of URL state (`no-url-state` attribute or `noUrlState` property). */
export function optedOut(host: HTMLElement): boolean {
  return (
    (host as { noUrlState?: unknown }).noUrlState === true || host.hasAttribute('no-url-state')
  );
}

/** Keeps a component's state in the query string (see the module's documentation). */
export class UrlStateController<S extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: UrlStateOptions<S>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: UrlStateOptions<S>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the controller reads and writes the URL (not when the host opted out). */
  get enabled(): boolean {
    return !optedOut(this.#host);
  }

  hostConnected(): void {
    if (isServer) {
      // A server render: the state of the page's own query string.
      const session = serverSession();
      if (this.enabled && session) this.#options.apply(this.read(session.search));
      return;
    }
    window.addEventListener('popstate', this.#onPopState);
    if (this.enabled) this.#options.apply(this.read());
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The state the current query string describes (defaults where it says nothing valid). */
  read(search: string = location.search): S {
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(search);
    } catch {
      params = new URLSearchParams();
    }
    const prefix = this.#prefix();
    const state = {} as Record<string, unknown>;
    for (const [key, codec] of Object.entries(this.#options.codecs) as [
      string,
      UrlCodec<unknown>,
    ][]) {
      try {
        state[key] = codec.parse(params.get(prefix + key));
      } catch {
        state[key] = codec.parse(null);
      }
    }
    return state as S;
  }

  /** The page's URL with `state` written into this component's parameters. */
  urlFor(state: S): URL {
    const url = new URL(location.href);
    const prefix = this.#prefix();
    for (const [key, codec] of Object.entries(this.#options.codecs) as [
      string,
      UrlCodec<unknown>,
    ][]) {
      const text = codec.format((state as Record<string, unknown>)[key]);
      if (text === null) url.searchParams.delete(prefix + key);
      else url.searchParams.set(prefix + key, text);
    }
    return url;
  }

  /** Records a user's choice as a new history entry (nothing when the URL would not change). */
  push(state: S): void {
    this.#write(state, false);
  }

  /** Updates the current history entry (while the user types). */
  replace(state: S): void {
    this.#write(state, true);
  }

  #prefix(): string {
    const { prefix = '' } = this.#options;
    return typeof prefix === 'function' ? prefix() : prefix;
  }

  #write(state: S, replace: boolean): void {
    if (!this.enabled) return;
    const url = this.urlFor(state);
    if (url.href === location.href) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  readonly #onPopState = (): void => {
    if (this.enabled) this.#options.apply(this.read());
  };
}
