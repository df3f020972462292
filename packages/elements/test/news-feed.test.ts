/**
 * `<portal-news-feed>` against the real fixture API over HTTP: rendering, requests, paging,
 * events, client sharing and aborts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsItem } from '@portal-kit/sdk';
import '../src/news-feed/define.js';
import { clientFor } from '../src/client.js';
import type { PortalLoadEvent, PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, beijingDate, part, parts, settled } from './support/api.js';
import './support/quiet.js';

describe('<portal-news-feed> with data from the server', () => {
  it('renders the column heading, links, titles, dates and column labels in zh-CN', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="zh-CN"
        api-base=${api.base()}
        column="headlines"
        page-size="3"
      ></portal-news-feed>`,
    );
    await settled(feed);
    expect(feed.state).to.equal('ready');
    expect(part(feed, '[part~="heading"]').textContent?.trim()).to.equal('商务要闻');
    const links = parts<HTMLAnchorElement>(feed, 'a[part~="link"]');
    expect(links).to.have.length(3);
    // zh-CN item 1 is site main, column headlines, published 2024-11-18T17:30Z.
    expect(links[0]?.href).to.equal('https://main.example.gov.cn/zh-CN/1.html');
    expect(links[0]?.querySelector('[part~="title"]')?.textContent).to.equal(
      'main headlines 新闻 第1条',
    );
    const time = part<HTMLTimeElement>(feed, 'time[part~="date"]');
    expect(time.dateTime).to.equal('2024-11-18T17:30:00.000Z');
    // 17:30 UTC is already the next day in Beijing.
    expect(time.textContent).to.equal('2024年11月19日');
    expect(time.textContent).to.equal(beijingDate(time.dateTime, 'zh-CN'));
    expect(part(feed, '[part~="column"]').textContent).to.equal('商务要闻');
    expect(part(feed, '[part~="base"]').getAttribute('lang')).to.equal('zh-CN');
    await expectNoAxeViolations(feed, 'ready zh-CN');
  });

  it('renders English dates and labels in Beijing time', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" api-base=${api.base()} page-size="4"></portal-news-feed>`,
    );
    await settled(feed);
    expect(part(feed, '[part~="heading"]').textContent?.trim()).to.equal('News');
    const dates = parts(feed, 'time[part~="date"]').map((t) => t.textContent);
    expect(dates[0]).to.equal('November 19, 2024');
    const columns = parts(feed, '[part~="column"]').map((c) => c.textContent);
    expect(columns).to.deep.equal(['Headlines', 'Updates', 'Briefs', 'Headlines']);
    const titles = parts(feed, '[part~="title"]').map((t) => t.textContent);
    expect(titles[0]).to.equal('main headlines news number 1');
    await expectNoAxeViolations(feed, 'ready en');
  });

  it('sends site, column, lang and page size with the request', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="en"
        api-base=${api.base()}
        site="us, main guangdong"
        column="briefs"
        page-size="3"
      ></portal-news-feed>`,
    );
    await settled(feed);
    const [request] = await api.log();
    expect(request?.path).to.equal('/api/v1/news');
    expect(request?.query).to.deep.equal({
      column: 'briefs',
      lang: 'en',
      limit: '3',
      site: 'guangdong,main,us',
    });
    expect(feed.site).to.deep.equal(['us', 'main', 'guangdong']);
  });

  it('clamps the page size to the API limits', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" api-base=${api.base()} page-size="500"></portal-news-feed>`,
    );
    await settled(feed);
    feed.pageSize = 0;
    await waitUntil(async () => (await api.log()).length === 2);
    await settled(feed);
    const log = await api.log();
    expect(log.map((r) => r.query.limit)).to.deep.equal(['100', '1']);
  });

  it('shows the items property without fetching', async () => {
    const api = apiSession();
    const items: NewsItem[] = [
      {
        id: 'x1',
        site: 'main',
        column: 'updates',
        lang: 'zh-CN',
        title: '属性提供的新闻',
        summary: '',
        url: 'https://www.example.gov.cn/x1.html',
        publishedAt: '2024-01-05T02:00:00Z',
      },
    ];
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="zh-CN"
        api-base=${api.base()}
        column="updates"
        .items=${items}
      ></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '[part~="title"]').length === 1);
    expect(part(feed, '[part~="title"]').textContent).to.equal('属性提供的新闻');
    expect(part(feed, '[part~="heading"]').textContent?.trim()).to.equal('商务动态');
    expect(part(feed, 'time').textContent).to.equal('2024年1月5日');
    expect(parts(feed, '[part~="more-button"]')).to.have.length(0);
    expect(feed.state).to.equal('ready');
    expect(await api.log()).to.deep.equal([]);
    await expectNoAxeViolations(feed, 'items property');
  });

  it('"more" appends the next page, moves focus to the first new link and announces it', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="zh-CN"
        api-base=${api.base()}
        page-size="10"
      ></portal-news-feed>`,
    );
    await settled(feed);
    expect(parts(feed, 'li[part~="item"]')).to.have.length(10);
    const first = parts(feed, '[part~="title"]').map((t) => t.textContent);

    // Keyboard: focus the button and press Enter.
    part(feed, '[part~="more-button"]').focus();
    const loaded = oneEvent(feed, 'portal-load');
    await sendKeys({ press: 'Enter' });
    const event = (await loaded) as PortalLoadEvent;
    expect(event.detail.page.items).to.have.length(10);
    expect(event.detail.items).to.have.length(20);
    await feed.updateComplete;
    await waitUntil(() => feed.shadowRoot?.activeElement?.closest('li')?.dataset.index === '10');
    const titles = parts(feed, '[part~="title"]').map((t) => t.textContent);
    expect(titles.slice(0, 10)).to.deep.equal(first);
    expect(new Set(titles).size).to.equal(20);
    expect(part(feed, '[part~="status"]').textContent).to.equal('又加载了 10 条。');
    expect(part(feed, '[part~="status"]').getAttribute('role')).to.equal('status');

    const log = await api.log();
    expect(log[1]?.query.cursor).to.be.a('string');
    expect(log[1]?.query.limit).to.equal('10');

    // The last page (3 items) removes the button.
    part(feed, '[part~="more-button"]').click();
    await oneEvent(feed, 'portal-load');
    await feed.updateComplete;
    expect(parts(feed, 'li[part~="item"]')).to.have.length(23);
    expect(parts(feed, '[part~="more-button"]')).to.have.length(0);
    await waitUntil(() => part(feed, '[part~="status"]').textContent === '又加载了 3 条。');
    await expectNoAxeViolations(feed, 'after more');
  });

  it('fires portal-load, bubbling and composed, with the items and the page', async () => {
    const api = apiSession();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const heard = oneEvent(document, 'portal-load');
    const feed = document.createElement('portal-news-feed');
    feed.setAttribute('lang', 'en');
    feed.setAttribute('page-size', '2');
    feed.apiBase = api.base();
    container.append(feed);
    const event = (await heard) as PortalLoadEvent;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(feed);
    expect(event.detail.items.map((i) => i.id)).to.deep.equal(['en-001', 'en-002']);
    expect(event.detail.page.nextCursor).to.be.a('string');
  });

  it('re-fetches once per update cycle when several inputs change together', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" api-base=${api.base()} page-size="2"></portal-news-feed>`,
    );
    await settled(feed);
    feed.setAttribute('site', 'us');
    feed.setAttribute('column', 'updates');
    feed.setAttribute('page-size', '5');
    await feed.updateComplete;
    await settled(feed);
    const log = await api.log();
    expect(log).to.have.length(2);
    expect(log[1]?.query).to.deep.equal({ column: 'updates', lang: 'en', limit: '5', site: 'us' });
  });

  it('aborts a request whose inputs changed: the older answer never shows', async () => {
    const api = apiSession();
    const loads: string[][] = [];
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="en"
        api-base=${api.base('slowfirst600')}
        column="headlines"
        @portal-load=${(e: PortalLoadEvent) => loads.push(e.detail.items.map((i) => i.column))}
      ></portal-news-feed>`,
    );
    await waitUntil(async () => (await api.log()).length === 1);
    feed.column = 'briefs';
    await settled(feed);
    expect(new Set(parts(feed, '[part~="column"]').map((c) => c.textContent))).to.deep.equal(
      new Set(['Briefs']),
    );
    await waitUntil(async () => (await api.log())[0]?.aborted === true, 'first request aborted');
    // Wait past the slow answer: it must not overwrite the newer one.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(loads).to.have.length(1);
    expect(new Set(loads[0])).to.deep.equal(new Set(['briefs']));
    expect(parts(feed, '[part~="column"]').every((c) => c.textContent === 'Briefs')).to.equal(true);
  });

  it('loads again from the new server when api-base changes', async () => {
    const first = apiSession();
    const second = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" api-base=${first.base()} page-size="2"></portal-news-feed>`,
    );
    await settled(feed);
    feed.setAttribute('api-base', second.base('empty'));
    await feed.updateComplete;
    await settled(feed, ['empty']);
    expect(await first.log()).to.have.length(1);
    expect(await second.log()).to.have.length(1);
  });

  it('aborts its request when disconnected', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" api-base=${api.base('hang')}></portal-news-feed>`,
    );
    await waitUntil(async () => (await api.log()).length === 1);
    feed.remove();
    await waitUntil(async () => (await api.log())[0]?.aborted === true, 'request aborted');
  });

  it('shares one client per API base: two feeds, one request', async () => {
    const api = apiSession();
    const base = api.base();
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <portal-news-feed api-base=${base} page-size="3"></portal-news-feed>
        <portal-news-feed api-base=${`${base}/`} page-size="3"></portal-news-feed>
      </div>`,
    );
    const feeds = [...container.querySelectorAll('portal-news-feed')];
    for (const feed of feeds) await settled(feed);
    expect(feeds.map((f) => parts(f, '[part~="title"]').length)).to.deep.equal([3, 3]);
    expect(await api.log()).to.have.length(1);
    expect(clientFor(base)).to.equal(clientFor(`${base}/`));
  });

  it('renders the heading at the asked level, with an optional text', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="en"
        api-base=${api.base()}
        heading-level="4"
        heading="Latest from Guangdong"
      ></portal-news-feed>`,
    );
    await settled(feed);
    const heading = part(feed, '[part~="heading"]');
    expect(heading.localName).to.equal('h4');
    expect(heading.textContent?.trim()).to.equal('Latest from Guangdong');
    feed.headingLevel = 9;
    await feed.updateComplete;
    expect(part(feed, '[part~="heading"]').localName).to.equal('h6');
    feed.headingLevel = 1;
    feed.heading = undefined;
    feed.column = 'updates';
    await feed.updateComplete;
    expect(part(feed, '[part~="heading"]').localName).to.equal('h2');
    expect(part(feed, '[part~="heading"]').textContent?.trim()).to.equal('Updates');
  });

  it('updates one row of a long list without touching the others', async () => {
    const items: NewsItem[] = Array.from({ length: 300 }, (_, i) => ({
      id: `long-${i}`,
      site: 'main',
      column: 'updates',
      lang: 'en',
      title: `Row ${i}`,
      summary: '',
      url: `https://www.example.gov.cn/${i}.html`,
      publishedAt: '2024-05-01T02:00:00Z',
    }));
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" .items=${items}></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '[part~="item"]').length === 300);
    expect(part(feed, '[part~="list"]').classList.contains('long')).to.equal(true);
    const before = parts(feed, '[part~="item"]');
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) changed.push(record.target);
    });
    observer.observe(feed.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const next = items.slice();
    next[150] = { ...items[150]!, title: 'Row 150, corrected' };
    feed.items = next;
    await feed.updateComplete;
    observer.disconnect();
    const after = parts(feed, '[part~="item"]');
    expect(after.every((row, i) => row === before[i])).to.equal(true);
    expect(after[150]?.querySelector('[part~="title"]')?.textContent).to.equal(
      'Row 150, corrected',
    );
    expect(changed.length).to.be.above(0);
    for (const node of changed)
      expect(after[150]!.contains(node), 'a mutation outside row 150').to.equal(true);
  });
});
