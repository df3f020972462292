// In Chromium, against the demo portal (built packages, in-memory database):
// - render: a 200-item <portal-news-feed> (items property) against the same DOM built by hand
//   in the same run, and a one-row update of a 2,000-row feed against a hand-made text update
//   (style and layout included, and the feed's script alone);
// - requests: several widgets asking for the same data make one request; a repeat view within
//   max-age makes none; one after max-age revalidates (304).
import { PORTAL_TIME_ZONE } from '@portal-kit/sdk';
import { launchChromium } from '../lib/chromium.mjs';

const RUNS = 15;
const WARMUP = 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs in the page: times mounting a feed of `count` items vs the same DOM made by hand. */
async function measureRender({ count, runs, warmup, timeZone }) {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    site: 'main',
    column: ['headlines', 'updates', 'briefs'][i % 3],
    lang: 'zh-CN',
    title: `商务部召开例行新闻发布会 第${i}期`,
    summary: '',
    url: `https://www.mofcom.gov.cn/news/${i}.html`,
    publishedAt: new Date(Date.UTC(2026, 10, 1) - i * 3_600_000).toISOString(),
  }));
  const stage = document.createElement('div');
  stage.lang = 'zh-CN';
  document.body.append(stage);

  const mountFeed = async (list) => {
    const feed = document.createElement('portal-news-feed');
    feed.setAttribute('column', 'updates');
    feed.items = list;
    stage.append(feed);
    await feed.updateComplete;
    void stage.offsetHeight; // style and layout included
    return feed;
  };
  // Strings and formatters loaded once, as on any page after its first widget.
  const first = await mountFeed(items);
  await new Promise((resolve) => setTimeout(resolve, 200));
  first.remove();

  const date = new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'medium' });
  const byHand = (list) => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const heading = document.createElement('h2');
    heading.textContent = '商务动态';
    const ul = document.createElement('ul');
    for (const item of list) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      const title = document.createElement('span');
      title.textContent = item.title;
      a.append(title);
      const time = document.createElement('time');
      time.dateTime = item.publishedAt;
      time.textContent = date.format(new Date(item.publishedAt));
      const column = document.createElement('span');
      column.textContent = item.column;
      li.append(a, time, column);
      ul.append(li);
    }
    root.append(heading, ul);
    stage.append(host);
    void stage.offsetHeight;
    return host;
  };

  const time = async (fn) => {
    const samples = [];
    for (let i = 0; i < warmup + runs; i++) {
      const start = performance.now();
      const node = await fn();
      const elapsed = performance.now() - start;
      node.remove();
      if (i >= warmup) samples.push(elapsed);
    }
    return samples;
  };
  const lit = await time(() => mountFeed(items));
  const hand = await time(() => byHand(items));
  stage.remove();
  return { lit, hand };
}

/** Runs in the page: one changed row in a feed of `count` items vs one text node set by hand. */
async function measureUpdate({ count, runs }) {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `row-${i}`,
    site: 'main',
    column: 'updates',
    lang: 'zh-CN',
    title: `第${i}条`,
    summary: '',
    url: `https://www.mofcom.gov.cn/news/${i}.html`,
    publishedAt: new Date(Date.UTC(2026, 10, 1) - i * 60_000).toISOString(),
  }));
  const feed = document.createElement('portal-news-feed');
  feed.lang = 'zh-CN';
  feed.items = items;
  document.body.append(feed);
  await feed.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 200));
  await feed.updateComplete;

  const lit = [];
  const script = [];
  let current = items;
  for (let i = 0; i < runs; i++) {
    const next = current.slice();
    const at = (i * 97) % count;
    next[at] = { ...next[at], title: `${next[at].title} (${i})` };
    const start = performance.now();
    feed.items = next;
    await feed.updateComplete;
    script.push(performance.now() - start); // Lit's render and commit, before style and layout
    void document.body.offsetHeight;
    lit.push(performance.now() - start);
    current = next;
  }
  feed.remove();

  const list = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item.title;
    list.append(li);
  }
  document.body.append(list);
  const hand = [];
  for (let i = 0; i < runs; i++) {
    const li = list.children[(i * 97) % count];
    const start = performance.now();
    li.textContent = `${li.textContent} (${i})`;
    void document.body.offsetHeight;
    hand.push(performance.now() - start);
  }
  list.remove();
  return { lit, hand, script };
}

async function openBundlePage(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/examples/`);
  await page.addScriptTag({ url: '/cdn/portal-kit.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('portal-news-feed') !== undefined);
  return page;
}

export async function benchBrowser(origin) {
  const browser = await launchChromium();
  try {
    const page = await openBundlePage(browser, origin);
    const render = await page.evaluate(measureRender, {
      count: 200,
      runs: RUNS,
      warmup: WARMUP,
      timeZone: PORTAL_TIME_ZONE,
    });
    const update = await page.evaluate(measureUpdate, { count: 2000, runs: RUNS });
    await page.close();

    const ms = (n) => n.toFixed(2).padStart(9);
    console.log(`\nRender time in Chromium (median of ${RUNS} runs, ms)`);
    console.log(
      `${'case'.padEnd(44)} ${'feed'.padStart(9)} ${'by hand'.padStart(9)}  ratio  budget`,
    );
    const renderRatio = median(render.lit) / median(render.hand);
    console.log(
      `${'mount 200 items (incl. style + layout)'.padEnd(44)} ${ms(median(render.lit))} ${ms(median(render.hand))}  ${renderRatio.toFixed(2).padStart(5)}  ≤ 1.5× ${renderRatio <= 1.5 ? 'OK' : 'OVER'}`,
    );
    const updateMs = median(update.lit);
    console.log(
      `${'update 1 row of 2,000'.padEnd(44)} ${ms(updateMs)} ${ms(median(update.hand))}  ${(updateMs / median(update.hand)).toFixed(2).padStart(5)}  ≤ 1 ms ${updateMs <= 1 ? 'OK' : 'OVER'}`,
    );
    // The feed's own code alone (Lit's render and commit, before style and layout). Layout is
    // small in the total because a long feed lays out only the rows near the viewport
    // (`content-visibility: auto`); the list made by hand lays out all 2,000.
    console.log(
      `${'  of which script (render + commit)'.padEnd(44)} ${ms(median(update.script))} ${'—'.padStart(9)}`,
    );

    // Requests: three identical widgets and one other, then the same view again.
    const requests = await browser.newPage();
    // The page's clock, so the view after max-age needs no waiting (the SDK reads Date.now()).
    await requests.clock.install();
    const seen = [];
    requests.on('response', async (response) => {
      if (!response.url().includes('/api/v1/')) return;
      const entry = { url: response.url(), status: response.status() };
      seen.push(entry);
      // A revalidation made by the browser's HTTP cache (its own If-None-Match) reaches the page
      // as the cached 200; the server answered 304 exactly when the tag it was sent still
      // matches the representation's.
      const sent = (await response.request().allHeaders())['if-none-match'];
      if (sent && sent === (await response.allHeaders()).etag) entry.status = 304;
    });
    await requests.goto(`${origin}/examples/`);
    await requests.addScriptTag({ url: '/cdn/portal-kit.js', type: 'module' });
    const mount = () =>
      requests.evaluate(async () => {
        document.body.innerHTML = `
          <portal-news-feed lang="zh-CN" site="guangdong" column="updates"></portal-news-feed>
          <portal-news-feed lang="zh-CN" site="guangdong" column="updates"></portal-news-feed>
          <portal-news-feed lang="zh-CN" site="guangdong" column="updates"></portal-news-feed>
          <portal-news-feed lang="zh-CN" column="headlines"></portal-news-feed>`;
        await customElements.whenDefined('portal-news-feed');
        const feeds = [...document.querySelectorAll('portal-news-feed')];
        const deadline = performance.now() + 15_000;
        while (performance.now() < deadline) {
          const done = feeds.every((feed) => feed.shadowRoot?.querySelector('a[part~="link"]'));
          if (done) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error('the feeds did not render their items within 15 s');
      });
    await mount();
    const firstView = seen.splice(0);
    await mount();
    const repeatView = seen.splice(0);
    // Past every list's max-age (30 s): the SDK revalidates, the browser sends the ETag.
    await requests.clock.fastForward(60_000);
    await mount();
    const staleView = seen.splice(0);
    await requests.close();

    const statuses = (list) => [...new Set(list.map((r) => r.status))].join(',') || '—';
    console.log('\nRequests (3 identical widgets + 1 other)');
    console.log(`${'view'.padEnd(44)} ${'requests'.padStart(9)} ${'statuses'.padStart(9)}  budget`);
    console.log(
      `${'first view'.padEnd(44)} ${String(firstView.length).padStart(9)} ${statuses(firstView).padStart(9)}  2 requests ${firstView.length === 2 ? 'OK' : 'OVER'}`,
    );
    console.log(
      `${'repeat view within max-age'.padEnd(44)} ${String(repeatView.length).padStart(9)} ${statuses(repeatView).padStart(9)}  no request ${repeatView.length === 0 ? 'OK' : 'OVER'}`,
    );
    const all304 = staleView.length === 2 && staleView.every((r) => r.status === 304);
    console.log(
      `${'repeat view after max-age'.padEnd(44)} ${String(staleView.length).padStart(9)} ${statuses(staleView).padStart(9)}  2 × 304 ${all304 ? 'OK' : 'OVER'}`,
    );
  } finally {
    await browser.close();
  }
}
