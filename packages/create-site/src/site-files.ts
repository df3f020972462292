/**
 * Every file of a new subsite, as paths relative to its folder and their contents: the site
 * record, the page strings, the pages, their script and styles, the server, `package.json`
 * and a README for the unit.
 */
import type { Site } from '@portal-kit/sdk';
import { renderPage, renderRootPage, type PageSources } from './page.js';
import { serveSource } from './serve-source.js';
import { pageStrings, type PageStrings } from './strings.js';

/** Path (slash-separated, relative to the site's folder) → contents. */
export type SiteFiles = Map<string, string>;

const SITE_SCRIPT = `// Gives the shared masthead and footer this site's own record (site.json), so they show the
// site as it is here even before the portal's registry lists it; until this runs, they load
// the record of their \`site\` attribute from the Portal API.
const response = await fetch(new URL('site.json', import.meta.url));
if (!response.ok) throw new Error(\`site.json: HTTP \${response.status}\`);
const site = await response.json();
for (const element of document.querySelectorAll('portal-masthead, portal-footer')) {
  element.site = site;
}
`;

const SITE_STYLES = `/* The site's own layout. The kit's components style themselves (theme them with the
   --portal-* custom properties and ::part); logical properties only, so right-to-left pages
   lay out by themselves. */
:root {
  color-scheme: light dark;
  font-family: system-ui, sans-serif;
  line-height: 1.5;
}
body {
  margin: 0;
}
main {
  display: grid;
  gap: 1.5rem;
  max-inline-size: 72rem;
  margin-inline: auto;
  padding-block: 1.5rem;
  padding-inline: 1rem;
}
main:focus {
  outline: none;
}
h1 {
  margin-block: 0;
  font-size: 1.75rem;
}
.intro {
  margin-block: 0;
}
.fallback-notice {
  margin-block: 0;
  padding-block: 0.5rem;
  padding-inline: 0.75rem;
  border-inline-start: 0.25rem solid currentColor;
}
.fallback-notice > span {
  display: block;
}
.languages {
  display: flex;
  flex-wrap: wrap;
  gap: 1rem;
  padding-inline-start: 0;
  list-style: none;
}
`;

/** A neutral placeholder icon: replace it with the site's own (favicon.svg). */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b7162d"/><circle cx="16" cy="16" r="7" fill="none" stroke="#fff" stroke-width="3"/></svg>\n';

function packageJson(site: Site, sources: PageSources): string {
  const pkg = {
    name: `${site.id}-site`,
    version: '0.1.0',
    private: true,
    description: `${site.names['zh-CN'] ?? site.id} (${site.domain}): a subsite of the portal's site group, made with @portal-kit/create-site.`,
    type: 'module',
    scripts: { start: 'node serve.mjs' },
    engines: { node: '>=20.19' },
    portalKit: { api: sources.api, cdn: sources.cdn },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function readme(site: Site, sources: PageSources): string {
  const languages = site.languages.map((lang) => `- \`${lang}/index.html\``).join('\n');
  return `# ${site.names['zh-CN'] ?? site.id} — ${site.domain}

A subsite of the portal's site group (kind \`${site.kind}\`, id \`${site.id}\`), made with
\`npm create @portal-kit/site\`.

## Run it

\`\`\`sh
npm start            # node serve.mjs: http://127.0.0.1:4174/ (PORT=8000 npm start for another port)
\`\`\`

The pages read the Portal API at ${sources.api} and load the kit from ${sources.cdn}; the
Portal API must be running there (in the Portal Kit repository: \`npm start\`) and allow this
site's origin (CORS; the demo portal allows every origin).

## What is here

- \`site.json\` — the site record. It follows the site group's naming conventions
  (\`validateSite()\` of \`@portal-kit/sdk\`); send it to the portal's operators to register the
  site. Edit it only by those rules.
- One page per language, at the site's URL pattern \`/{lang}/\`:
${languages}
- \`index.html\` — sends readers to the default language (${site.languages[0] ?? 'zh-CN'}).
- \`strings/<lang>.json\` — the page's own text (title, introduction, headings) per language.
  A language other than Chinese and English starts as a copy of the Chinese text
  (\`"lang": "zh-CN"\`) and its page says it is not translated yet: translate the texts, set
  \`"lang"\` to the language's code, then rewrite the pages from them with
  \`npx @portal-kit/create-site --pages --dir .\`.
- \`site.js\` — gives the masthead and footer this site's record; \`site.css\` — the layout;
  \`favicon.svg\` — a neutral placeholder icon to replace with the site's own.
- \`serve.mjs\` — a static server with no dependencies (content types, security headers).

## Deploy

The site is static: copy every file except \`serve.mjs\`, \`package.json\` and \`README.md\` to
the web server of ${site.domain}, serving \`index.html\` for directories. Send the
Content-Security-Policy of \`serve.mjs\` with the pages.
`;
}

/** Every file of the site `site` whose pages read `sources`. */
export function siteFiles(
  site: Site,
  sources: PageSources,
  strings: Record<string, PageStrings> = pageStrings(site),
): SiteFiles {
  const files: SiteFiles = new Map();
  files.set('site.json', `${JSON.stringify(site, null, 2)}\n`);
  for (const lang of site.languages) {
    const text = strings[lang];
    if (text === undefined) throw new RangeError(`No page strings for ${lang}.`);
    files.set(`strings/${lang}.json`, `${JSON.stringify(text, null, 2)}\n`);
    files.set(`${lang}/index.html`, renderPage(site, lang, text, sources));
  }
  files.set('index.html', renderRootPage(site));
  files.set('site.js', SITE_SCRIPT);
  files.set('site.css', SITE_STYLES);
  files.set('favicon.svg', FAVICON);
  files.set('serve.mjs', serveSource(sources));
  files.set('package.json', packageJson(site, sources));
  files.set('README.md', readme(site, sources));
  return files;
}
