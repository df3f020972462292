import type { Site } from '@portal-kit/sdk';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';
import { escapeHtml, renderPage, renderRootPage } from '../src/page.js';
import { checkSite } from '../src/record.js';
import { contentSecurityPolicy } from '../src/serve-source.js';
import { pageStrings, parsePageStrings } from '../src/strings.js';
import { SITE_CASES } from './sites.js';

const sources = { api: 'http://127.0.0.1:4173', cdn: 'http://127.0.0.1:4173/cdn/portal-kit.js' };

function siteOf(id: string, extra: string[] = []): Site {
  const check = checkSite(
    parseCommandLine([...SITE_CASES.find((c) => c.id === id)!.argv, ...extra]),
  );
  if (!check.ok) throw new Error(JSON.stringify(check.violations));
  return check.site;
}

describe('renderPage', () => {
  it('escapes the text of the record and the strings', () => {
    const site = siteOf('wms', ['--name-en', 'Department of "Trade" & Economy']);
    const strings = { ...pageStrings(site).en!, intro: '<script>alert(1)</script> & "more"' };
    const page = renderPage(site, 'en', strings, sources);
    expect(page).toContain('<h1>Department of &quot;Trade&quot; &amp; Economy</h1>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(page).not.toContain('<script>alert');
  });

  it('names the site on every component and the API on every data component', () => {
    const page = renderPage(siteOf('wms'), 'zh-CN', pageStrings(siteOf('wms'))['zh-CN']!, sources);
    for (const tag of [
      'portal-masthead',
      'portal-news-feed',
      'portal-policy-list',
      'portal-footer',
    ]) {
      expect(page).toMatch(
        new RegExp(`<${tag}\\s[^>]*site="wms"[^>]*api-base="http://127\\.0\\.0\\.1:4173"`),
      );
    }
    expect(page).toContain(
      '<portal-masthead site="wms" api-base="http://127.0.0.1:4173" main="#main">',
    );
    expect(page).toContain('<main id="main" tabindex="-1">');
    expect(page).toContain('<script type="module" src="http://127.0.0.1:4173/cdn/portal-kit.js">');
    expect(page).toContain('heading="对外贸易司新闻"');
  });

  it('links each language at its address on the site domain, and switches by path', () => {
    const site = siteOf('fr');
    const page = renderPage(site, 'en', pageStrings(site).en!, sources);
    expect(page).toContain('<link rel="canonical" href="https://fr.mofcom.gov.cn/en/" />');
    for (const lang of ['fr', 'zh-CN', 'en']) {
      expect(page).toContain(
        `<link rel="alternate" hreflang="${lang}" href="https://fr.mofcom.gov.cn/${lang}/" />`,
      );
    }
    expect(page).toMatch(
      /<portal-language-switcher\s+slot="languages"\s+mode="navigate"\s+url-pattern="\/\{lang\}\/"\s+languages="fr zh-CN en"/,
    );
  });

  it('has no language switcher for a site with one language', () => {
    const site = siteOf('tianjintb');
    expect(renderPage(site, 'zh-CN', pageStrings(site)['zh-CN']!, sources)).not.toContain(
      'portal-language-switcher',
    );
  });

  it('marks a fallback: Chinese text in lang="zh-CN", a notice, the kit headings', () => {
    const site = siteOf('fr');
    const strings = pageStrings(site);
    expect(strings.fr).toEqual({ ...strings['zh-CN'], lang: 'zh-CN' });
    const page = renderPage(site, 'fr', strings.fr!, sources);
    expect(page).toContain('<html lang="fr" dir="ltr">');
    expect(page).toContain('class="fallback-notice" role="note"');
    expect(page).toContain('<span lang="fr">Français</span>');
    expect(page).toContain('<p class="intro" lang="zh-CN">');
    expect(page).not.toContain('heading=');
    expect(renderPage(site, 'en', strings.en!, sources)).not.toContain('fallback-notice');
  });

  it('lays out right to left in Arabic', () => {
    const site = siteOf('main');
    const page = renderPage(site, 'ar', pageStrings(site).ar!, sources);
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain(`<h1>${site.names.ar}</h1>`);
  });
});

describe('renderRootPage', () => {
  it('refreshes to the default language and lists every language in its own name', () => {
    const page = renderRootPage(siteOf('fr'));
    expect(page).toContain('<html lang="fr" dir="ltr">');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=fr/" />');
    expect(page).toContain('<a href="zh-CN/" hreflang="zh-CN" lang="zh-CN" dir="ltr">简体中文</a>');
  });
});

describe('parsePageStrings', () => {
  it('takes a complete file and names the field that is missing or not text', () => {
    const good = { lang: 'fr', title: 't', intro: 'i', news: 'n', policies: 'p' };
    expect(parsePageStrings(good, 'fr.json')).toEqual(good);
    expect(() => parsePageStrings({ ...good, intro: ' ' }, 'fr.json')).toThrow(
      'fr.json: "intro" must be a non-empty string.',
    );
    expect(() => parsePageStrings([], 'fr.json')).toThrow('fr.json must hold a JSON object.');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from the CDN origin and requests to the API origin only', () => {
    const csp = contentSecurityPolicy({
      api: 'https://api.portal.example',
      cdn: 'https://cdn.portal.example/kit/portal-kit.js',
    });
    expect(csp).toContain("script-src 'self' https://cdn.portal.example;");
    expect(csp).toContain("connect-src 'self' https://api.portal.example;");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("require-trusted-types-for 'script'; trusted-types lit-html");
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters of HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
