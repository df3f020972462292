/**
 * `<portal-news-feed>` in every state — loading, empty, error (+ retry), stale — against the real
 * fixture API, with axe in each.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PortalHttpError, PortalNetworkError, createClient } from '@portal-kit/sdk';
import '../src/news-feed/define.js';
import type { PortalErrorEvent, PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts, settled } from './support/api.js';
import './support/quiet.js';

/** A client without retries, so failures show at once. */
const quickClient = (baseUrl: string) => createClient({ baseUrl, retries: 0 });

describe('<portal-news-feed> states', () => {
  it('loading: skeleton rows, aria-busy and a visually hidden loading text', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="zh-CN" api-base=${api.base('hang')}></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '[part~="heading"]').length === 1);
    expect(feed.state).to.equal('loading');
    const skeleton = part(feed, '[part~="skeleton"]');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('.visually-hidden')?.textContent).to.equal('正在加载…');
    expect(skeleton.querySelectorAll('.skeleton-row[aria-hidden="true"]').length).to.be.above(0);
    expect(part(feed, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
    expect(parts(feed, '[part~="list"]')).to.have.length(0);
    await expectNoAxeViolations(feed, 'loading');
  });

  it('empty: says there is no news', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" api-base=${api.base('empty')}></portal-news-feed>`,
    );
    await settled(feed);
    expect(feed.state).to.equal('empty');
    expect(part(feed, '[part~="empty"]').textContent).to.equal('No news to show.');
    expect(parts(feed, '[part~="more-button"]')).to.have.length(0);
    await expectNoAxeViolations(feed, 'empty');
  });

  it('error: says what went wrong, fires portal-error, and retry recovers', async () => {
    const api = apiSession();
    const client = quickClient(api.base('failonce'));
    const errors: unknown[] = [];
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="en"
        .client=${client}
        @portal-error=${(e: PortalErrorEvent) => errors.push(e.detail.error)}
      ></portal-news-feed>`,
    );
    await settled(feed);
    expect(feed.state).to.equal('error');
    const box = part(feed, '[part~="error"]');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain("The content couldn't be loaded.");
    expect(box.textContent).to.contain('The server had a problem (error 503).');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(PortalHttpError);
    await expectNoAxeViolations(feed, 'error');

    // Retry with the keyboard.
    part(feed, '[part~="retry-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await settled(feed, ['ready']);
    expect(parts(feed, '[part~="error"]')).to.have.length(0);
    expect(parts(feed, '[part~="title"]').length).to.equal(10);
    // Focus went to the heading, not lost to the body.
    expect(feed.shadowRoot?.activeElement).to.equal(part(feed, '[part~="heading"]'));
    expect(await api.log()).to.have.length(2);
  });

  it('error: portal-error bubbles and is composed; network errors say so in plain words', async () => {
    const api = apiSession();
    // A port nothing listens on: the connection is refused.
    const client = quickClient('http://127.0.0.1:9');
    const heard = oneEvent(document, 'portal-error');
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="zh-CN" .client=${client}></portal-news-feed>`,
    );
    const event = (await heard) as PortalErrorEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.error).to.be.instanceOf(PortalNetworkError);
    await settled(feed);
    // Online, so not the reader's connection: the service, and this page's origin (CORS).
    expect(part(feed, '[part~="error"]').textContent).to.contain(
      `无法连接门户服务 127.0.0.1:9。该服务可能已停止，或不允许本网站（${location.origin}）访问。`,
    );
    expect(await api.log()).to.deep.equal([]);
  });

  it('error: an invalid setting is reported as a set-up problem', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="en"
        .client=${quickClient(api.base())}
        column="sports"
      ></portal-news-feed>`,
    );
    await settled(feed);
    expect(feed.state).to.equal('error');
    expect(part(feed, '[part~="error"]').textContent).to.contain(
      'This component is not set up correctly.',
    );
    expect(await api.log()).to.deep.equal([]);
  });

  it('stale: after a cached success, a network failure shows the saved news with a notice', async () => {
    const api = apiSession();
    const client = quickClient(api.base('down-after-1'));
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" .client=${client} page-size="3"></portal-news-feed>`,
    );
    await settled(feed, ['ready']);
    const before = parts(feed, '[part~="title"]').map((t) => t.textContent);

    feed.retry();
    await settled(feed, ['stale']);
    const notice = part(feed, '[part~="notice"]');
    expect(notice.textContent).to.contain("Showing saved content; couldn't refresh.");
    expect(parts(feed, '[part~="title"]').map((t) => t.textContent)).to.deep.equal(before);
    expect(notice.querySelector('[part~="retry-button"]')).to.not.equal(null);
    await expectNoAxeViolations(feed, 'stale');
  });

  it('stale: a 503 after a success also answers from the cache; retry is offered', async () => {
    const api = apiSession();
    const client = quickClient(api.base('flaky'));
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="zh-CN" .client=${client} page-size="2"></portal-news-feed>`,
    );
    await settled(feed, ['ready']);
    part(feed, '[part~="heading"]');
    feed.retry();
    await settled(feed, ['stale']);
    expect(part(feed, '[part~="notice"]').textContent).to.contain(
      '正在显示已保存的内容；无法刷新。',
    );
    part(feed, '[part~="retry-button"]').click();
    await settled(feed, ['stale']);
    expect(await api.log()).to.have.length(3);
  });

  it('keeps the shown news when "more" fails, and says so', async () => {
    const api = apiSession();
    const client = quickClient(api.base('flaky'));
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en" .client=${client} page-size="4"></portal-news-feed>`,
    );
    await settled(feed, ['ready']);
    const failed = oneEvent(feed, 'portal-error');
    part(feed, '[part~="more-button"]').click();
    await failed;
    await feed.updateComplete;
    expect(parts(feed, '[part~="title"]')).to.have.length(4);
    expect(part(feed, '[part~="error"]').textContent).to.contain("More items couldn't be loaded.");
    expect(parts(feed, '[part~="more-button"]')).to.have.length(1);
    await expectNoAxeViolations(feed, 'more failed');
  });

  it('says when no news source is configured', async () => {
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="en"></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '[part~="empty"]').length === 1);
    expect(feed.state).to.equal('idle');
    expect(part(feed, '[part~="empty"]').textContent).to.equal('No news source is configured.');
    await expectNoAxeViolations(feed, 'not configured');
  });
});
