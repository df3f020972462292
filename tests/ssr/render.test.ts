/**
 * The server renderer in Node (`@portal-kit/elements/ssr`, from source): hostile data stays
 * text — in the shadow root's markup and in the embedded state — the page gets its language,
 * `defer-hydration` and the hydration script, and the CSP hashes are those of the styles sent.
 */
import { createHash } from 'node:crypto';
import { createCoreClient } from '@portal-kit/sdk';
import { describe, expect, it } from 'vitest';
import {
  jsonForScript,
  readPage,
  renderElement,
  renderPage,
} from '../../packages/elements/src/ssr/index.js';
import { attributeText, parseAttributes } from '../../packages/elements/src/ssr/page-html.js';
import { NAUGHTY_STRINGS_SMALL } from '../support/naughty-strings.js';

const HOSTILE = '</script><script>alert(1)</script>';

/** A client whose `fetch` answers every news request with items titled `titles`. */
function newsClient(titles: readonly string[]) {
  const items = titles.map((title, i) => ({
    id: `item-${i}`,
    site: 'main',
    column: 'headlines',
    lang: 'zh-CN',
    title,
    summary: title,
    url: `https://www.example.gov.cn/${i}.html`,
    publishedAt: '2026-11-20T06:31:08.000Z',
  }));
  const fetch = (() =>
    Promise.resolve(
      new Response(JSON.stringify({ items, nextCursor: null }), {
        headers: { 'content-type': 'application/json' },
      }),
    )) as typeof globalThis.fetch;
  return createCoreClient({ baseUrl: 'http://portal.test', fetch });
}

/** The embedded state of a rendered element's content. */
function stateOf(content: string): {
  lang: string;
  loads: { data?: { items: { title: string }[] } }[];
} {
  const open = 'data-portal-state>';
  const start = content.indexOf(open) + open.length;
  const end = content.lastIndexOf('</script>');
  return JSON.parse(content.slice(start, end)) as ReturnType<typeof stateOf>;
}

describe('server rendering', () => {
  it('keeps hostile titles as text, in the markup and in the embedded state', async () => {
    const titles = [
      HOSTILE,
      ...NAUGHTY_STRINGS_SMALL.filter((s) => s.category === 'markup' && s.text.length < 500)
        .slice(0, 19)
        .map((s) => s.text),
    ];
    const { content } = await renderElement('portal-news-feed', [['page-size', '20']], {
      url: 'http://portal.test/page.html',
      client: newsClient(titles),
      lang: 'zh-CN',
    });
    // One script element only: the state, which ends the content.
    expect(content.match(/<script/gi)).toHaveLength(1);
    expect(content.match(/<\/script/gi)).toHaveLength(1);
    expect(content.endsWith('</script>')).toBe(true);
    expect(content).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const state = stateOf(content);
    expect(state.lang).toBe('zh-CN');
    expect(state.loads[0]?.data?.items.map((item) => item.title)).toEqual(titles);
  });

  it('writes JSON that no naughty string can break out of', () => {
    for (const { text, id } of NAUGHTY_STRINGS_SMALL) {
      const json = jsonForScript({ text });
      expect(json, id).not.toMatch(/[<>&\u2028\u2029]/);
      expect((JSON.parse(json) as { text: string }).text, id).toBe(text);
    }
  });

  it('serializes attributes that read back unchanged', () => {
    for (const { text, id } of NAUGHTY_STRINGS_SMALL) {
      const [[name, value] = []] = parseAttributes(attributeText([['heading', text]]));
      expect(name, id).toBe('heading');
      expect(value, id).toBe(text);
    }
    // A name that is not an attribute name is dropped, not written.
    expect(attributeText([['x" onclick="alert(1)', 'y']])).toBe('');
  });

  it('renders a page: its language, defer-hydration, the hydration script, the style hashes', async () => {
    const page = `<!doctype html><html lang="zh-CN"><head>
      <script type="module" src="/cdn/loader.js"></script></head>
      <body><!-- <portal-news-feed> in a comment is not an element -->
      <section lang="en"><portal-news-feed page-size="2"></portal-news-feed></section>
      <portal-news-feed page-size="2"></portal-news-feed></body></html>`;
    expect(readPage(page).tags.map((t) => t.lang)).toEqual(['en', null]);
    const rendered = await renderPage(page, {
      url: 'http://portal.test/page.html',
      lang: 'ar',
      client: newsClient(['一', '二']),
    });
    expect(rendered.html).toContain('<html lang="ar" dir="rtl">');
    expect(rendered.html).toContain(
      '<script type="module" src="/cdn/hydrate.js"></script>\n    <script type="module" src="/cdn/loader.js">',
    );
    expect(
      rendered.html.match(/<portal-news-feed page-size="2" defer-hydration="">/g),
    ).toHaveLength(2);
    const langs = [...rendered.html.matchAll(/data-portal-state>\{"lang":"([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(langs).toEqual(['en', 'ar']);
    const styles = [...rendered.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) => m[1] ?? '',
    );
    const hashes = new Set(
      styles.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`),
    );
    expect(new Set(rendered.styleHashes)).toEqual(hashes);
  });
});
