/**
 * `<portal-news-feed>` languages: live switching through `<html lang>`, an ancestor's `lang` and
 * the element's own, right-to-left Arabic, and axe in each language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { disablePseudoLocale, enablePseudoLocale } from '@portal-kit/i18n';
import '../src/news-feed/define.js';
import type { PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, beijingDate, part, parts, settled } from './support/api.js';
import './support/quiet.js';

const headingOf = (feed: PortalNewsFeed) => part(feed, '[part~="heading"]').textContent?.trim();

describe('<portal-news-feed> languages', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('follows <html lang> live: strings, dates and the request switch language', async () => {
    document.documentElement.lang = 'zh-CN';
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        api-base=${api.base()}
        column="updates"
        page-size="2"
      ></portal-news-feed>`,
    );
    await settled(feed);
    expect(headingOf(feed)).to.equal('商务动态');
    expect(part(feed, '[part~="title"]').textContent).to.contain('新闻');

    document.documentElement.lang = 'en';
    await waitUntil(() => headingOf(feed) === 'Updates', 'heading switched to English');
    await waitUntil(() => parts(feed, '[part~="title"]')[0]?.textContent?.includes('news number'));
    const time = part<HTMLTimeElement>(feed, 'time');
    expect(time.textContent).to.equal(beijingDate(time.dateTime, 'en'));
    expect(part(feed, '[part~="base"]').getAttribute('lang')).to.equal('en');
    const log = await api.log();
    expect(log.map((r) => r.query.lang)).to.deep.equal(['zh-CN', 'en']);
    await expectNoAxeViolations(feed, 'en after switch');
  });

  it('follows an ancestor lang live, and its own lang wins over it', async () => {
    const api = apiSession();
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <portal-news-feed api-base=${api.base()} column="briefs" page-size="2"></portal-news-feed>
      </div>`,
    );
    const feed = container.querySelector('portal-news-feed') as PortalNewsFeed;
    await settled(feed);
    expect(headingOf(feed)).to.equal('Briefs');

    container.lang = 'fr';
    await waitUntil(() => headingOf(feed) === 'Brèves' || headingOf(feed) !== 'Briefs');
    await settled(feed);
    expect(part(feed, '[part~="base"]').getAttribute('lang')).to.equal('fr');
    expect(part(feed, '[part~="base"]').getAttribute('dir')).to.equal('ltr');

    feed.lang = 'ja';
    await waitUntil(() => part(feed, '[part~="base"]').getAttribute('lang') === 'ja');
    await settled(feed);
    const log = await api.log();
    expect(log.map((r) => r.query.lang)).to.deep.equal(['en', 'fr', 'ja']);
  });

  it('renders Arabic right to left with logical layout', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="ar" api-base=${api.base()} page-size="3"></portal-news-feed>`,
    );
    await settled(feed);
    const base = part(feed, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(headingOf(feed)).to.equal('الأخبار');
    expect(part(feed, '[part~="title"]').textContent).to.contain('خبر');
    // The column mark is on the inline start: the right side in RTL.
    const column = getComputedStyle(part(feed, '[part~="column"]'));
    expect(column.borderRightWidth).to.equal('3px');
    expect(column.borderLeftWidth).to.equal('0px');
    const time = part<HTMLTimeElement>(feed, 'time');
    expect(time.textContent).to.equal(beijingDate(time.dateTime, 'ar'));
    // The host itself gets no dir (the page's layout stays the page's).
    expect(feed.hasAttribute('dir')).to.equal(false);
    await expectNoAxeViolations(feed, 'ar');
  });

  it('uses the column names of every language it is given', async () => {
    const api = apiSession();
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed
        lang="ru"
        api-base=${api.base('empty')}
        column="headlines"
      ></portal-news-feed>`,
    );
    await settled(feed);
    expect(headingOf(feed)).to.not.equal('Headlines');
    expect(headingOf(feed)?.length).to.be.above(0);
    expect(parts(feed, '[part~="empty"]')).to.have.length(1);
  });

  it('asks for English news in the pseudo-locale (there is no en-XA content)', async () => {
    enablePseudoLocale();
    try {
      const api = apiSession();
      const feed = await fixture<PortalNewsFeed>(
        html`<portal-news-feed
          lang="en-XA"
          api-base=${api.base()}
          page-size="2"
        ></portal-news-feed>`,
      );
      await settled(feed, ['ready']);
      expect(part(feed, '[part~="base"]').getAttribute('lang')).to.equal('en-XA');
      expect(headingOf(feed)).to.match(/^\[.*\]$/);
      expect((await api.log()).map((r) => r.query.lang)).to.deep.equal(['en']);
    } finally {
      disablePseudoLocale();
    }
  });
});
