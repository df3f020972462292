/**
 * Safe by construction: a link rendered from data is http(s) or relative, or it is no link.
 * `safeHref()` for each hostile variant, then `<portal-news-feed>` given such URLs from the API
 * (a real client over a fetch that answers them) and from the `items` property.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@portal-kit/sdk';
import type { NewsItem } from '@portal-kit/sdk';
import { safeHref } from '../src/base/safe-href.js';
import '../src/news-feed/define.js';
import type { PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { expectNoAxeViolations } from './support/axe.js';
import { part, parts } from './support/api.js';
import './support/quiet.js';

/** URLs a browser would run or load as something other than a web page: never links. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  '\u0001\u0008javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'jav\r\nascript:alert(1)',
  ' \t\njavascript:alert(1) ',
  // What `&#106;avascript:` and `javascript&colon;` decode to before they reach the element.
  'javascript:alert(document.domain)//&#x27;',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.gov.cn/1',
  'mailto:a@example.gov.cn',
  'http://[::1',
];

/** URLs that load a page over HTTP(S): links. */
const SAFE = [
  'https://www.mofcom.gov.cn/news/1.html',
  'HTTP://www.mofcom.gov.cn/',
  '//cdn.example.gov.cn/a',
  '/news/1.html',
  'news/1.html',
  '?page=2',
  '#top',
  './a:b',
];

describe('safeHref()', () => {
  for (const url of HOSTILE) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeHref(url)).to.equal(undefined);
    });
  }
  for (const url of SAFE) {
    it(`keeps ${JSON.stringify(url)}`, () => {
      expect(safeHref(url)).to.equal(url);
    });
  }
  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['https://a.example']]) {
      expect(safeHref(value)).to.equal(undefined);
    }
  });
  it('agrees with the browser: each refused URL parses to another scheme than http(s)', () => {
    const a = document.createElement('a');
    for (const url of HOSTILE.slice(0, 16)) {
      a.setAttribute('href', url);
      expect(['http:', 'https:']).to.not.include(a.protocol, url);
    }
  });
});

const item = (n: number, url: string): NewsItem => ({
  id: `safe-${n}`,
  site: 'main',
  column: 'updates',
  lang: 'en',
  title: `Item ${n}`,
  summary: '',
  url,
  publishedAt: '2024-05-01T02:00:00Z',
});

/** Checks that hostile rows show their title as text, and safe ones as links. */
function expectRows(feed: PortalNewsFeed, urls: readonly string[]): void {
  const rows = parts(feed, '[part~="item"]');
  expect(rows).to.have.length(urls.length);
  urls.forEach((url, i) => {
    const row = rows[i]!;
    const link = row.querySelector('a');
    expect(row.querySelector('[part~="title"]')?.textContent).to.equal(`Item ${i}`);
    if (safeHref(url) === undefined) {
      expect(link, `row ${i} (${JSON.stringify(url)}) is a link`).to.equal(null);
    } else {
      expect(link?.getAttribute('href')).to.equal(url);
    }
  });
}

describe('<portal-news-feed> with URLs from data', () => {
  const urls = [...HOSTILE, SAFE[0]!, SAFE[3]!];

  it('renders hostile URLs of the items property as plain text, never as links', async () => {
    const items = urls.map((url, i) => item(i, url));
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" .items=${items}></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '[part~="item"]').length === items.length);
    expectRows(feed, urls);
    await expectNoAxeViolations(feed, 'hostile items');
  });

  it('renders hostile URLs from the API as plain text, never as links', async () => {
    const body = JSON.stringify({ items: urls.map((url, i) => item(i, url)), nextCursor: null });
    const client = createClient({
      baseUrl: 'https://api.example.gov.cn',
      retries: 0,
      fetch: () =>
        Promise.resolve(
          new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
        ),
    });
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" .client=${client}></portal-news-feed>`,
    );
    await waitUntil(() => feed.state === 'ready');
    await feed.updateComplete;
    expectRows(feed, urls);
    expect(part(feed, '[part~="list"]').querySelectorAll('a')).to.have.length(2);
  });
});
