/**
 * Where `<portal-language-switcher>` goes in `navigate` mode: the address of the current page in
 * another language, from the site record's URL pattern (through the SDK's `localizedUrl`) or
 * from a `url-pattern` attribute. Pure functions of their inputs, so every pattern is tested
 * without a page to leave.
 */
import { localizedUrl } from '@portal-kit/sdk';
import type { Site } from '@portal-kit/sdk';

const LANG_PLACEHOLDER = '{lang}';

/** What the address depends on. */
export interface AddressContext {
  /** The site record: its `urlPattern` wins over `urlPattern` below. */
  readonly site?: Pick<Site, 'domain' | 'languages' | 'urlPattern'> | undefined;
  /** The `url-pattern` attribute: `?name={lang}`, `/{lang}/` or `{lang}.host`; default `?lang={lang}`. */
  readonly urlPattern?: string | undefined;
  /** The current page's path and query. */
  readonly path: string;
  /** The language shown now (its path prefix is replaced). */
  readonly current: string;
  /** The languages offered (those of the site record count only when it offers them). */
  readonly offered: readonly string[];
  /** The current page's location (origin and protocol for the attribute's patterns). */
  readonly location: Pick<Location, 'href' | 'origin' | 'protocol'>;
}

/** The address of the current page in `lang`. */
export function localizedAddress(lang: string, context: AddressContext): string {
  const { site, path, location } = context;
  if (site) {
    const { urlPattern } = site;
    const rest =
      urlPattern.kind === 'path' ? stripPrefix(path, urlPattern.template, context.current) : path;
    return localizedUrl({ ...site, languages: [...context.offered] }, lang, rest);
  }
  const template = context.urlPattern || `?lang=${LANG_PLACEHOLDER}`;
  const filled = template.replace(LANG_PLACEHOLDER, encodeURIComponent(lang));
  if (template.startsWith('?')) {
    const url = new URL(path, location.href);
    const name = template.slice(1, template.indexOf('='));
    url.searchParams.set(name, lang);
    return url.href;
  }
  if (template.startsWith('/')) {
    const rest = stripPrefix(path, template, context.current).replace(/^\/+/, '');
    const base = filled.endsWith('/') ? filled : `${filled}/`;
    return new URL(rest, new URL(base, location.origin)).href;
  }
  const host = filled.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  return new URL(path, `${location.protocol}//${host.replace(lang, lang.toLowerCase())}/`).href;
}

/**
 * `path` without the `current` language's prefix of a path `template` (`/en/a` → `/a`), its
 * query kept (`/en/a?x=1` → `/a?x=1`). A path without that prefix is returned as it is.
 */
export function stripPrefix(path: string, template: string, current: string): string {
  const at = path.search(/[?#]/);
  const [pathname, query] = at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
  const prefix = template.replace(LANG_PLACEHOLDER, current).replace(/\/+$/, '');
  const lower = pathname.toLowerCase();
  const start = prefix.toLowerCase();
  if (lower === start || lower.startsWith(`${start}/`)) {
    return (pathname.slice(prefix.length) || '/') + query;
  }
  return path;
}
