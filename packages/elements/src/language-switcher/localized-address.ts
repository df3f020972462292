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
  /** The current page's path and query. Default: the location's `pathname` and `search`. */
  readonly path?: string | undefined;
  /** The language shown now (its path prefix is replaced). */
  readonly current: string;
  /** The languages offered (those of the site record count only when it offers them). */
  readonly offered: readonly { readonly code: string }[];
}

/**
 * The address of the current page in `lang`: the site record's pattern on its domain, else the
 * attribute's pattern (its kind by its first character; a host without a scheme or a trailing
 * slash) on the current host, with the current protocol.
 */
export function localizedAddress(
  lang: string,
  context: AddressContext,
  location: Pick<Location, 'host' | 'protocol' | 'pathname' | 'search'>,
): string {
  const { site } = context;
  const path = context.path ?? location.pathname + location.search;
  const template = context.urlPattern || `?lang=${LANG_PLACEHOLDER}`;
  const urlPattern: Site['urlPattern'] =
    site?.urlPattern ??
    (template.startsWith('?')
      ? { kind: 'query', template }
      : template.startsWith('/')
        ? { kind: 'path', template }
        : { kind: 'subdomain', template: template.replace(/^[a-z]+:\/\/|\/+$/gi, '') });
  const rest =
    urlPattern.kind === 'path' ? stripPrefix(path, urlPattern.template, context.current) : path;
  const url = new URL(
    localizedUrl(
      {
        domain: site?.domain ?? location.host,
        languages: context.offered.map((l) => l.code),
        urlPattern,
      },
      lang,
      rest,
    ),
  );
  if (!site) url.protocol = location.protocol;
  return url.href;
}

/**
 * `path` without the `current` language's prefix of a path `template` (`/en/a` → `/a`), its
 * query kept (`/en/a?x=1` → `/a?x=1`). A path without that prefix is returned as it is.
 */
export function stripPrefix(path: string, template: string, current: string): string {
  const prefix = template.replace(LANG_PLACEHOLDER, current).replace(/\/+$/, '');
  const rest = path.slice(prefix.length);
  const head = path.slice(0, prefix.length);
  if (head.toLowerCase() !== prefix.toLowerCase() || !/^([/?#]|$)/.test(rest)) return path;
  return rest.startsWith('/') ? rest : `/${rest}`;
}
