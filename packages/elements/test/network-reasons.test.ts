/**
 * What a data component says when a request gets no answer, against the real fixture API:
 * - from another origin that the API does not allow (CORS): the browser refuses the answer, and
 *   the component names the service and this page's origin — not "check your connection";
 * - on the same origin, a service that drops every connection: it names the service;
 * - with the browser offline: the offline notice, and the plain "check your connection" reason.
 *
 * The other origin is the test runner's own server under its other loopback name (`localhost`
 * and `127.0.0.1` are two origins), so the request really crosses origins and reaches a server
 * that answers it without `Access-Control-Allow-Origin`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { PortalNetworkError, createClient } from '@portal-kit/sdk';
import '../src/news-feed/define.js';
import type { PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { reasonOf } from '../src/status/status-views.js';
import type { CommonT } from '../src/status/status-views.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts, settled } from './support/api.js';
import './support/quiet.js';

/** A client without retries or cache, so a failure shows at once. */
const quickClient = (baseUrl: string) => createClient({ baseUrl, retries: 0, cache: false });

/** `base` (of this page's origin) on the other loopback name of the same server. */
function otherOrigin(base: string): string {
  const url = new URL(base);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

async function feedOf(client: ReturnType<typeof createClient>): Promise<PortalNewsFeed> {
  const feed = await fixture<PortalNewsFeed>(
    html`<portal-news-feed lang="en" .client=${client}></portal-news-feed>`,
  );
  await settled(feed);
  return feed;
}

describe('why a request got no answer', () => {
  it('another origin the API does not allow: names the service and this site, not the connection', async () => {
    const api = apiSession();
    const base = otherOrigin(api.base('ok'));
    const host = new URL(base).host;
    const feed = await feedOf(quickClient(base));
    expect(feed.state).to.equal('error');
    // The request reached the server, which answered; the browser withheld the answer (CORS).
    expect(await api.log()).to.have.length(1);
    const text = part(feed, '[part~="error"]').textContent ?? '';
    expect(text).to.contain(
      `Could not reach the portal service at ${host}. It may be down, or it may not allow requests from this site (${location.origin}).`,
    );
    expect(text).not.to.contain('Check your connection');
    await expectNoAxeViolations(feed, 'cross-origin refused');
  });

  it('the same other origin, once the API allows it, loads', async () => {
    const api = apiSession();
    const feed = await feedOf(quickClient(otherOrigin(api.base('cors'))));
    expect(feed.state).to.equal('ready');
    expect(parts(feed, '[part~="title"]').length).to.be.above(0);
  });

  it('a service on this origin that drops the connection: names the service', async () => {
    const api = apiSession();
    const feed = await feedOf(quickClient(api.base('down')));
    expect(feed.state).to.equal('error');
    // Reached (Chromium itself tries a reset connection again before giving up).
    expect((await api.log()).length).to.be.above(0);
    expect(part(feed, '[part~="error"]').textContent).to.contain(
      `Could not reach the portal service at ${location.host}. It may be down; try again later.`,
    );
  });

  it('in Chinese, with the host and origin in the sentence', async () => {
    const api = apiSession();
    const base = otherOrigin(api.base('ok'));
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="zh-CN" .client=${quickClient(base)}></portal-news-feed>`,
    );
    await settled(feed);
    expect(part(feed, '[part~="error"]').textContent).to.contain(
      `无法连接门户服务 ${new URL(base).host}。该服务可能已停止，或不允许本网站（${location.origin}）访问。`,
    );
  });

  describe('with the browser offline', () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    beforeEach(() => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    });
    afterEach(() => {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
      window.dispatchEvent(new Event('online'));
    });

    it('shows the offline notice, not an error box', async () => {
      const api = apiSession();
      const feed = await feedOf(quickClient(api.base('down')));
      expect(feed.state).to.equal('error');
      expect(part(feed, '[part~="offline"]').textContent).to.contain("You're offline.");
      expect(parts(feed, '[part~="error"]')).to.have.length(0);
    });

    it('gives the connection as the reason of a network failure, wherever the service is', () => {
      const keyOf: CommonT = (key) => key;
      for (const base of [location.origin, otherOrigin(location.origin)]) {
        const error = new PortalNetworkError(`${base}/api/v1/news`);
        expect(reasonOf(keyOf, error)).to.equal('reasons.network');
      }
    });
  });
});
