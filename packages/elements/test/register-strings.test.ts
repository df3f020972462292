/**
 * An overseas office's own strings (`registerStrings`, re-exported by the elements package and
 * so by the CDN bundle): they override the kit's wording on elements already shown, live; they
 * add a language the kit does not ship; and they are text, never markup.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsItem } from '@portal-kit/sdk';
import { getFixedT } from '@portal-kit/i18n';
import { registerStrings } from '../src/index.js';
import '../src/language-switcher/define.js';
import '../src/news-feed/define.js';
import type { PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { expectNoAxeViolations } from './support/axe.js';
import { part } from './support/api.js';
import './support/quiet.js';

const items: NewsItem[] = [
  {
    id: 'office-1',
    site: 'fr',
    column: 'updates',
    lang: 'fr',
    title: 'Forum économique franco-chinois à Lyon',
    summary: 'Le bureau économique organise un forum.',
    url: 'https://fr.mofcom.gov.cn/article/1.shtml',
    publishedAt: '2024-03-01T09:30:00+08:00',
  },
];

/** The trimmed text of a shadow part, or `undefined` while it is not rendered. */
const text = (el: HTMLElement, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.trim();

describe('registerStrings() for an office page', () => {
  it('overrides the kit’s wording of an element already shown, live', async () => {
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="fr" column="updates" .items=${items}></portal-news-feed>`,
    );
    await waitUntil(() => text(feed, '[part~="heading"]') === 'Dernières nouvelles');
    registerStrings('fr', 'news-feed', { columns: { updates: 'Actualités du bureau' } });
    await waitUntil(
      () => text(feed, '[part~="heading"]') === 'Actualités du bureau',
      'heading re-rendered with the office wording',
    );
    // The same key labels each item's column; the namespace's other strings stay the kit's.
    expect(text(feed, '[part~="column"]')).to.equal('Actualités du bureau');
    expect(getFixedT('fr', 'news-feed')('empty')).to.equal('Aucune actualité à afficher.');
    await expectNoAxeViolations(feed, 'overridden');
  });

  it('renders registered strings as text, never as markup', async () => {
    registerStrings('de', 'news-feed', { heading: '<img src=x onerror="window.__pwned=1">News' });
    const feed = await fixture<PortalNewsFeed>(
      html`<portal-news-feed lang="de" .items=${items}></portal-news-feed>`,
    );
    await waitUntil(() => text(feed, '[part~="heading"]')?.endsWith('News'));
    expect(part(feed, '[part~="heading"]').querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
