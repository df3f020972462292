/**
 * Addresses of a site's localized pages: the URL template placeholder and `localizedUrl()`. A
 * module of its own with no tables, so a component that only builds addresses (the language
 * switcher) does not carry the site registry's rules.
 */
import type { Site } from '../api/types.js';

/** The placeholder a URL template holds exactly once. */
export const LANG_PLACEHOLDER = '{lang}';

/**
 * The address of a site's page in another language, for the language switcher: the site's
 * `urlPattern` applied to `lang`, then `path` (default `/`) on that. Throws a
 * `RangeError` for a language the site does not publish in.
 *
 * @example
 * localizedUrl({ domain: 'wms.mofcom.gov.cn', languages: ['zh-CN', 'en'],
 *   urlPattern: { kind: 'path', template: '/{lang}/' } }, 'en', 'news/1.html')
 * // 'https://wms.mofcom.gov.cn/en/news/1.html'
 */
export function localizedUrl(
  site: Pick<Site, 'domain' | 'languages' | 'urlPattern'>,
  lang: string,
  path = '/',
): string {
  if (!site.languages.includes(lang)) {
    throw new RangeError(`The site ${site.domain} does not publish in ${JSON.stringify(lang)}.`);
  }
  const { kind, template } = site.urlPattern;
  const relative = path.replace(/^\/+/, '');
  if (kind === 'subdomain') {
    return new URL(relative, `https://${template.replace(LANG_PLACEHOLDER, lang.toLowerCase())}/`)
      .href;
  }
  if (kind === 'path') {
    const base = template.replace(LANG_PLACEHOLDER, encodeURIComponent(lang));
    return new URL(
      relative,
      new URL(base.endsWith('/') ? base : `${base}/`, `https://${site.domain}`),
    ).href;
  }
  const url = new URL(relative, `https://${site.domain}/`);
  const name = template.slice(1, template.indexOf('='));
  url.searchParams.set(name, lang);
  return url.href;
}
