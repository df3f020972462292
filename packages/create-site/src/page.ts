/**
 * The HTML of a new subsite: one static page per language at `/<lang>/` (the site's
 * `urlPattern` is `/{lang}/`), and a root page sending readers to the default language. Each
 * page carries the shared masthead (with the language switcher in its `languages` slot), a
 * `<main id="main">` with the unit's news feed and policy list, and the shared footer, all
 * loaded from the kit's CDN bundle and reading the Portal API.
 */
import { localizedUrl, MINISTRY_NAMES, PORTAL_LANGUAGE_TABLE, type Site } from '@portal-kit/sdk';
import { isFallback, type PageStrings } from './strings.js';

/** Where the pages get the kit and their data. */
export interface PageSources {
  /** Origin of the Portal API (`http://127.0.0.1:4173`). */
  api: string;
  /** Address of the kit's CDN bundle (`<api>/cdn/portal-kit.js`). */
  cdn: string;
}

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A language's name in itself and its direction (the portal's table; the code otherwise). */
function languageInfo(lang: string): { name: string; dir: 'ltr' | 'rtl' } {
  const info = PORTAL_LANGUAGE_TABLE.find((entry) => entry.code === lang);
  return { name: info?.name ?? lang, dir: info?.dir ?? 'ltr' };
}

/** `<link rel="alternate">` for each language of the site, at its address on its domain. */
function alternates(site: Site): string {
  const links = site.languages.map(
    (lang) =>
      `    <link rel="alternate" hreflang="${escapeHtml(lang)}" href="${escapeHtml(localizedUrl(site, lang))}" />`,
  );
  return links.join('\n');
}

/** The masthead's language switcher: real links to the other languages' pages. */
function switcher(site: Site): string {
  if (site.languages.length < 2) return '';
  return `
        <portal-language-switcher
          slot="languages"
          mode="navigate"
          url-pattern="/{lang}/"
          languages="${escapeHtml(site.languages.join(' '))}"
        ></portal-language-switcher>
      `;
}

/** The notice of a page whose own text is not yet translated, in Chinese and in English. */
function fallbackNotice(lang: string): string {
  const { name } = languageInfo(lang);
  return `
      <p class="fallback-notice" role="note">
        <span lang="zh-CN">本页文字尚未译成 <span lang="${escapeHtml(lang)}">${escapeHtml(name)}</span>，暂以中文显示。</span>
        <span lang="en">This page's own text is not yet translated into <span lang="${escapeHtml(lang)}">${escapeHtml(name)}</span>; it is shown in Chinese.</span>
      </p>`;
}

/**
 * The page of `site` in `lang`, with its own text from `strings`. When the strings are a
 * fallback (written in Chinese), that text is marked `lang="zh-CN"`, the page says it is not
 * translated yet, and the components keep their own headings (the kit translates them).
 */
export function renderPage(
  site: Site,
  lang: string,
  strings: PageStrings,
  sources: PageSources,
): string {
  const { dir } = languageInfo(lang);
  const fallback = isFallback(strings, lang);
  const textLang = fallback ? ` lang="${escapeHtml(strings.lang)}"` : '';
  const unit = site.names[lang] ?? site.names['zh-CN'] ?? site.id;
  const ministry = (MINISTRY_NAMES as Readonly<Record<string, string>>)[lang] ?? '';
  const title =
    site.kind === 'main' || ministry === '' ? strings.title : `${strings.title} — ${ministry}`;
  const id = escapeHtml(site.id);
  const api = escapeHtml(sources.api);
  const heading = (text: string) => (fallback ? '' : `\n        heading="${escapeHtml(text)}"`);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="canonical" href="${escapeHtml(localizedUrl(site, lang))}" />
${alternates(site)}
    <link rel="icon" type="image/svg+xml" href="../favicon.svg" />
    <link rel="stylesheet" href="../site.css" />
    <!-- The kit: every Portal Kit element, from the portal's CDN. -->
    <script type="module" src="${escapeHtml(sources.cdn)}"></script>
    <!-- Gives the masthead and footer this site's own record (../site.json). -->
    <script type="module" src="../site.js"></script>
  </head>
  <body>
    <portal-masthead site="${id}" api-base="${api}" main="#main">${switcher(site)}</portal-masthead>
    <main id="main" tabindex="-1">
      <h1>${escapeHtml(unit)}</h1>${fallback ? fallbackNotice(lang) : ''}
      <p class="intro"${textLang}>${escapeHtml(strings.intro)}</p>
      <portal-news-feed
        site="${id}"
        api-base="${api}"
        page-size="8"
        heading-level="2"${heading(strings.news)}
      ></portal-news-feed>
      <portal-policy-list
        site="${id}"
        api-base="${api}"
        page-size="6"
        heading-level="2"${heading(strings.policies)}
      ></portal-policy-list>
    </main>
    <portal-footer site="${id}" api-base="${api}"></portal-footer>
  </body>
</html>
`;
}

/**
 * The root page (`/index.html`): sends readers to the default language's page at once, and
 * lists every language's page for those whose browser does not follow the refresh.
 */
export function renderRootPage(site: Site): string {
  const first = site.languages[0] ?? 'zh-CN';
  const { dir } = languageInfo(first);
  const name = site.names[first] ?? site.names['zh-CN'] ?? site.id;
  const items = site.languages
    .map((lang) => {
      const info = languageInfo(lang);
      const code = escapeHtml(lang);
      return `        <li><a href="${code}/" hreflang="${code}" lang="${code}" dir="${info.dir}">${escapeHtml(info.name)}</a></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(first)}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(first)}/" />
    <title>${escapeHtml(name)}</title>
    <link rel="icon" type="image/svg+xml" href="favicon.svg" />
    <link rel="stylesheet" href="site.css" />
  </head>
  <body>
    <main id="main">
      <h1>${escapeHtml(name)}</h1>
      <ul class="languages">
${items}
      </ul>
    </main>
  </body>
</html>
`;
}
