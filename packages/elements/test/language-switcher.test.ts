/**
 * `<portal-language-switcher>`: the options in their own names and scripts, the current one
 * marked, in-page switching (a news feed on the page follows live), navigation through each URL
 * pattern, the cancelable event, the remembered choice, the first-visit suggestion, the keyboard
 * (disclosure pattern), right-to-left Arabic, and axe in every state.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsItem, Site } from '@portal-kit/sdk';
import '../src/language-switcher/define.js';
import '../src/news-feed/define.js';
import {
  LANGUAGE_STORAGE_KEY,
  LanguageChangeEvent,
  SUGGESTION_STORAGE_KEY,
} from '../src/language-switcher/language-switcher.js';
import type { PortalLanguageSwitcher } from '../src/language-switcher/language-switcher.js';
import type { PortalNewsFeed } from '../src/news-feed/news-feed.js';
import { expectNoAxeViolations } from './support/axe.js';
import { part, parts } from './support/api.js';
import './support/quiet.js';

const options = (el: HTMLElement) => parts<HTMLElement>(el, '[part~="option"]');
const button = (el: HTMLElement) => part<HTMLButtonElement>(el, '[part~="button"]');
const list = (el: HTMLElement) => part<HTMLUListElement>(el, '[part~="list"]');
const focused = (el: HTMLElement) => el.shadowRoot?.activeElement ?? null;

/** A switcher with no suggestion (no preferred languages) unless the test wants one. */
async function switcher(
  template: ReturnType<typeof html>,
  selector = 'portal-language-switcher',
): Promise<PortalLanguageSwitcher> {
  const root = await fixture<HTMLElement>(template);
  const el = (
    root.localName === 'portal-language-switcher' ? root : root.querySelector(selector)
  ) as PortalLanguageSwitcher;
  await waitUntil(() => button(el).querySelector('.visually-hidden'), 'switcher strings loaded');
  await el.updateComplete;
  return el;
}

async function openList(el: PortalLanguageSwitcher): Promise<void> {
  button(el).click();
  await el.updateComplete;
  expect(list(el).hidden).to.equal(false);
}

function option(el: PortalLanguageSwitcher, code: string): HTMLElement {
  return part<HTMLElement>(el, `[part~="option"][lang="${code}"]`);
}

const site = (
  urlPattern: Site['urlPattern'],
): Pick<Site, 'domain' | 'languages' | 'urlPattern'> => ({
  domain: 'wms.mofcom.gov.cn',
  languages: ['zh-CN', 'en', 'fr'],
  urlPattern,
});

describe('<portal-language-switcher>', () => {
  const html0 = document.documentElement;
  const saved = { lang: html0.getAttribute('lang'), dir: html0.getAttribute('dir') };

  beforeEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    localStorage.removeItem(SUGGESTION_STORAGE_KEY);
    html0.setAttribute('lang', 'zh-CN');
    html0.removeAttribute('dir');
  });

  afterEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    localStorage.removeItem(SUGGESTION_STORAGE_KEY);
    for (const name of ['lang', 'dir'] as const) {
      const value = saved[name];
      if (value === null) html0.removeAttribute(name);
      else html0.setAttribute(name, value);
    }
  });

  it('lists the offered languages in their own names with lang and dir, the current marked', async () => {
    const el = await switcher(
      html`<portal-language-switcher
        languages="zh-CN, en fr ar xx"
        .preferredLanguages=${[]}
      ></portal-language-switcher>`,
    );
    expect(options(el).map((o) => o.textContent?.trim())).to.deep.equal([
      '简体中文',
      'English',
      'Français',
      'العربية',
    ]);
    expect(options(el).map((o) => o.getAttribute('lang'))).to.deep.equal([
      'zh-CN',
      'en',
      'fr',
      'ar',
    ]);
    expect(options(el).map((o) => o.getAttribute('dir'))).to.deep.equal([
      'ltr',
      'ltr',
      'ltr',
      'rtl',
    ]);
    expect(options(el).every((o) => o.localName === 'button')).to.equal(true);
    const current = parts(el, '[part~="current"]');
    expect(current).to.have.length(1);
    expect(current[0]?.getAttribute('lang')).to.equal('zh-CN');
    expect(current[0]?.getAttribute('aria-current')).to.equal('true');
    expect(options(el).filter((o) => o.hasAttribute('aria-current'))).to.have.length(1);
    // Closed: a disclosure button naming the current language, the list hidden.
    const b = button(el);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(b.getAttribute('aria-controls')).to.equal(list(el).id);
    expect(b.textContent?.replace(/\s+/g, ' ').trim()).to.equal('语言： 简体中文');
    expect(list(el).hidden).to.equal(true);
    expect(getComputedStyle(list(el)).display).to.equal('none');
    await expectNoAxeViolations(el, 'closed');
    await openList(el);
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(list(el)).display).to.not.equal('none');
    for (const o of options(el)) {
      const box = o.getBoundingClientRect();
      expect(box.height, `${o.lang} target height`).to.be.at.least(24);
      expect(box.width, `${o.lang} target width`).to.be.at.least(24);
    }
    await expectNoAxeViolations(el, 'open');
  });

  it("offers the site record's languages when no attribute is set", async () => {
    const el = await switcher(
      html`<portal-language-switcher
        .site=${site({ kind: 'path', template: '/{lang}/' })}
        .preferredLanguages=${[]}
      ></portal-language-switcher>`,
    );
    expect(options(el).map((o) => o.lang)).to.deep.equal(['zh-CN', 'en', 'fr']);
  });

  it('switches the page in place: <html lang> and dir change and a news feed re-renders', async () => {
    const items: NewsItem[] = [
      {
        id: 'n1',
        site: 'main',
        column: 'updates',
        lang: 'zh-CN',
        title: '新闻',
        summary: '',
        url: 'https://www.example.gov.cn/n1.html',
        publishedAt: '2024-01-05T02:00:00Z',
      },
    ];
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <portal-language-switcher
          languages="zh-CN en ar"
          .preferredLanguages=${[]}
        ></portal-language-switcher>
        <portal-news-feed column="updates" .items=${items}></portal-news-feed>
      </div>`,
    );
    const el = root.querySelector('portal-language-switcher') as PortalLanguageSwitcher;
    const feed = root.querySelector('portal-news-feed') as PortalNewsFeed;
    const heading = () => feed.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
    await waitUntil(() => heading() === '商务动态', 'feed in Chinese');
    await waitUntil(() => button(el).textContent?.includes('简体中文'));

    await openList(el);
    option(el, 'en').click();
    await el.updateComplete;
    expect(html0.lang).to.equal('en');
    expect(html0.dir).to.equal('ltr');
    await waitUntil(() => heading() === 'Updates', 'feed switched to English');
    expect(list(el).hidden).to.equal(true);
    await waitUntil(() => button(el).textContent?.includes('Language'));
    expect(part(el, '[part~="current"]').lang).to.equal('en');

    await openList(el);
    option(el, 'ar').click();
    expect(html0.lang).to.equal('ar');
    expect(html0.dir).to.equal('rtl');
    await waitUntil(() => heading() === 'المستجدات', 'feed switched to Arabic');
  });

  it('switches the lang of a target element instead of <html>', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <main id="content" lang="zh-CN"></main>
        <portal-language-switcher
          target="#content"
          languages="zh-CN fa"
          .preferredLanguages=${[]}
        ></portal-language-switcher>
      </div>`,
    );
    const el = root.querySelector('portal-language-switcher') as PortalLanguageSwitcher;
    await el.updateComplete;
    expect(el.select('fa')).to.equal(true);
    const main = root.querySelector('main') as HTMLElement;
    expect(main.lang).to.equal('fa');
    expect(main.dir).to.equal('rtl');
    expect(html0.lang).to.equal('zh-CN');
    expect(el.current).to.equal('fa');
  });

  it("follows a change of its target's lang made by other code", async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <main id="content" lang="zh-CN"></main>
        <portal-language-switcher
          target="#content"
          languages="zh-CN en ar"
          lang="en"
          .preferredLanguages=${[]}
        ></portal-language-switcher>
      </div>`,
    );
    const el = root.querySelector('portal-language-switcher') as PortalLanguageSwitcher;
    await waitUntil(() => button(el).querySelector('.visually-hidden'), 'strings loaded');
    expect(part(el, '[part~="current"]').lang).to.equal('zh-CN');
    root.querySelector('main')!.setAttribute('lang', 'ar');
    await waitUntil(() => part(el, '[part~="current"]').lang === 'ar', 'current follows');
    expect(button(el).textContent).to.contain('العربية');
  });

  it('fires a typed, bubbling, composed, cancelable portal-language-change before switching', async () => {
    const el = await switcher(
      html`<portal-language-switcher languages="zh-CN en" .preferredLanguages=${[]}>
      </portal-language-switcher>`,
    );
    await openList(el);
    setTimeout(() => option(el, 'en').click());
    const event = await oneEvent(document, 'portal-language-change');
    expect(event).to.be.instanceOf(LanguageChangeEvent);
    expect(event.detail).to.deep.equal({
      lang: 'en',
      previous: 'zh-CN',
      mode: 'in-page',
      url: null,
    });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(html0.lang).to.equal('en');

    // Cancelled: nothing switches, nothing is remembered; the list closes (the choice is made,
    // the page switches by itself) and focus goes back to the button.
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('portal-language-change', cancel);
    await openList(el);
    option(el, 'zh-CN').focus();
    expect(el.select('zh-CN')).to.equal(false);
    el.removeEventListener('portal-language-change', cancel);
    expect(html0.lang).to.equal('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal(null);
    await el.updateComplete;
    expect(list(el).hidden, 'closed after a cancelled choice').to.equal(true);
    expect(focused(el)).to.equal(button(el));
    // Choosing the current language is no change: no event.
    let fired = 0;
    el.addEventListener('portal-language-change', () => fired++);
    expect(el.select('en')).to.equal(false);
    expect(fired).to.equal(0);
  });

  describe('navigate mode', () => {
    const cases: [string, Site['urlPattern'], string, string][] = [
      [
        'subdomain',
        { kind: 'subdomain', template: '{lang}.wms.mofcom.gov.cn' },
        '/news/1.html',
        'https://en.wms.mofcom.gov.cn/news/1.html',
      ],
      [
        'path',
        { kind: 'path', template: '/{lang}/' },
        '/zh-CN/news/1.html',
        'https://wms.mofcom.gov.cn/en/news/1.html',
      ],
      [
        'query',
        { kind: 'query', template: '?lang={lang}' },
        '/news/1.html',
        'https://wms.mofcom.gov.cn/news/1.html?lang=en',
      ],
    ];
    for (const [kind, pattern, path, expected] of cases) {
      it(`goes to the ${kind} URL of the site's pattern (event first, then the hook)`, async () => {
        const visited: string[] = [];
        const el = await switcher(
          html`<portal-language-switcher
            mode="navigate"
            .site=${site(pattern)}
            .path=${path}
            .navigate=${(url: string) => visited.push(url)}
            .preferredLanguages=${[]}
          ></portal-language-switcher>`,
        );
        expect(option(el, 'en').localName).to.equal('a');
        expect(option(el, 'en').getAttribute('href')).to.equal(expected);
        expect(option(el, 'en').getAttribute('hreflang')).to.equal('en');
        await openList(el);
        await expectNoAxeViolations(el, `navigate ${kind} open`);
        setTimeout(() => option(el, 'en').click());
        const event = await oneEvent(el, 'portal-language-change');
        expect(event.detail).to.deep.equal({
          lang: 'en',
          previous: 'zh-CN',
          mode: 'navigate',
          url: expected,
        });
        expect(visited).to.deep.equal([expected]);
        expect(html0.lang, 'the page itself is left alone').to.equal('zh-CN');
        expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('en');
      });
    }

    it("keeps the page's query in every pattern, the site record's as the attribute's", async () => {
      const el = await switcher(
        html`<portal-language-switcher
          mode="navigate"
          .site=${site({ kind: 'path', template: '/{lang}/' })}
          .path=${'/zh-CN/search.html?q=%E5%95%86%E5%8A%A1&page=2'}
          .preferredLanguages=${[]}
        ></portal-language-switcher>`,
      );
      expect(el.urlFor('en')).to.equal(
        'https://wms.mofcom.gov.cn/en/search.html?q=%E5%95%86%E5%8A%A1&page=2',
      );
      el.site = site({ kind: 'query', template: '?lang={lang}' });
      el.path = '/search.html?q=a&lang=zh-CN';
      expect(el.urlFor('fr')).to.equal('https://wms.mofcom.gov.cn/search.html?q=a&lang=fr');
      el.site = site({ kind: 'subdomain', template: '{lang}.wms.mofcom.gov.cn' });
      expect(el.urlFor('en')).to.equal('https://en.wms.mofcom.gov.cn/search.html?q=a&lang=zh-CN');
      el.site = undefined;
      el.urlPattern = '/{lang}/';
      el.path = '/zh-CN/a.html?x=1';
      expect(el.urlFor('fr')).to.equal(`${location.origin}/fr/a.html?x=1`);
    });

    it('follows a url-pattern attribute without a site record', async () => {
      const visited: string[] = [];
      const el = await switcher(
        html`<portal-language-switcher
          mode="navigate"
          languages="zh-CN en fr"
          url-pattern="/{lang}/"
          .path=${'/zh-CN/a/b.html'}
          .navigate=${(url: string) => visited.push(url)}
          .preferredLanguages=${[]}
        ></portal-language-switcher>`,
      );
      expect(el.urlFor('fr')).to.equal(`${location.origin}/fr/a/b.html`);
      el.urlPattern = '?hl={lang}';
      expect(new URL(el.urlFor('en')).searchParams.get('hl')).to.equal('en');
      expect(new URL(el.urlFor('en')).pathname).to.equal('/zh-CN/a/b.html');
      el.urlPattern = '{lang}.example.gov.cn';
      expect(el.urlFor('zh-CN')).to.equal(
        `${location.protocol}//zh-cn.example.gov.cn/zh-CN/a/b.html`,
      );
      el.urlPattern = undefined;
      expect(new URL(el.urlFor('fr')).searchParams.get('lang')).to.equal('fr');

      // A cancelled choice does not navigate.
      el.addEventListener('portal-language-change', (e) => e.preventDefault(), { once: true });
      expect(el.select('en')).to.equal(false);
      expect(visited).to.deep.equal([]);
    });
  });

  it('checks a remembered choice again when the site record comes after the element', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    html0.lang = 'zh-CN';
    // Connected before its site record: all 19 languages are offered, French is restored.
    const el = await switcher(
      html`<portal-language-switcher .preferredLanguages=${[]}></portal-language-switcher>`,
    );
    expect(html0.lang).to.equal('fr');
    // The site (fetched later) publishes in Chinese and English only: the page goes back.
    el.site = site({ kind: 'path', template: '/{lang}/' });
    el.site = { ...el.site, languages: ['zh-CN', 'en'] };
    await el.updateComplete;
    expect(html0.lang, 'restored language undone').to.equal('zh-CN');
    expect(html0.hasAttribute('dir')).to.equal(false);
    expect(options(el).map((o) => o.lang)).to.deep.equal(['zh-CN', 'en']);
    // A choice of the reader is never undone by a later record.
    el.select('en');
    el.site = { ...el.site, languages: ['zh-CN'] };
    await el.updateComplete;
    expect(html0.lang).to.equal('en');
  });

  it('remembers the choice and restores it on a new element; no-remember opts out', async () => {
    const first = await switcher(
      html`<portal-language-switcher languages="zh-CN en fr" .preferredLanguages=${[]}>
      </portal-language-switcher>`,
    );
    first.select('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('fr');
    first.remove();

    html0.lang = 'zh-CN';
    const second = await switcher(
      html`<portal-language-switcher languages="zh-CN en fr" .preferredLanguages=${[]}>
      </portal-language-switcher>`,
    );
    expect(html0.lang, 'restored').to.equal('fr');
    expect(html0.dir).to.equal('ltr');
    await waitUntil(() => parts(second, '[part~="current"]')[0]?.lang === 'fr');
    second.remove();

    html0.lang = 'zh-CN';
    const third = await switcher(
      html`<portal-language-switcher no-remember languages="zh-CN en fr" .preferredLanguages=${[]}>
      </portal-language-switcher>`,
    );
    expect(html0.lang, 'not restored with no-remember').to.equal('zh-CN');
    third.select('en');
    expect(html0.lang).to.equal('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY), 'not written').to.equal('fr');
  });

  describe('first-visit suggestion', () => {
    it('proposes the preferred language in that language; Switch switches', async () => {
      const el = await switcher(
        html`<portal-language-switcher
          languages="zh-CN en fr"
          .preferredLanguages=${['de-DE', 'fr-FR', 'en']}
        ></portal-language-switcher>`,
      );
      await waitUntil(() => parts(el, '[part~="suggestion"]').length === 1, 'suggestion shown');
      const suggestion = part(el, '[part~="suggestion"]');
      expect(suggestion.lang).to.equal('fr');
      expect(suggestion.dir).to.equal('ltr');
      expect(suggestion.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'Cette page est aussi disponible en Français. Changer de langue Non merci',
      );
      expect(html0.lang, 'never switches by itself').to.equal('zh-CN');
      await expectNoAxeViolations(el, 'with suggestion');
      part<HTMLButtonElement>(el, '[part~="switch-button"]').focus();
      part<HTMLButtonElement>(el, '[part~="switch-button"]').click();
      await el.updateComplete;
      expect(html0.lang).to.equal('fr');
      expect(parts(el, '[part~="suggestion"]')).to.have.length(0);
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('fr');
      await waitUntil(() => focused(el) === button(el), 'focus moves to the button, not lost');
    });

    it('is dismissible, returns focus to the button, and stays dismissed', async () => {
      const el = await switcher(
        html`<portal-language-switcher languages="zh-CN ar" .preferredLanguages=${['ar-EG']}>
        </portal-language-switcher>`,
      );
      await waitUntil(() => parts(el, '[part~="suggestion"]').length === 1);
      const suggestion = part(el, '[part~="suggestion"]');
      expect(suggestion.lang).to.equal('ar');
      expect(suggestion.dir).to.equal('rtl');
      expect(suggestion.textContent).to.contain('هذه الصفحة متاحة أيضًا باللغة العربية.');
      part<HTMLButtonElement>(el, '[part~="dismiss-button"]').click();
      await el.updateComplete;
      expect(parts(el, '[part~="suggestion"]')).to.have.length(0);
      await waitUntil(() => focused(el) === button(el), 'focus on the button');
      expect(html0.lang).to.equal('zh-CN');
      expect(localStorage.getItem(SUGGESTION_STORAGE_KEY)).to.equal('dismissed');
      el.remove();

      const again = await switcher(
        html`<portal-language-switcher languages="zh-CN ar" .preferredLanguages=${['ar-EG']}>
        </portal-language-switcher>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(parts(again, '[part~="suggestion"]')).to.have.length(0);
    });

    it('proposes nothing when the preferred language is current, not offered, or a choice is remembered', async () => {
      const same = await switcher(
        html`<portal-language-switcher
          languages="zh-CN en"
          .preferredLanguages=${['zh-Hans-CN', 'en']}
        >
        </portal-language-switcher>`,
      );
      const notOffered = await switcher(
        html`<portal-language-switcher languages="zh-CN en" .preferredLanguages=${['xx', 'de']}>
        </portal-language-switcher>`,
      );
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh-CN');
      const remembered = await switcher(
        html`<portal-language-switcher languages="zh-CN en" .preferredLanguages=${['en']}>
        </portal-language-switcher>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      for (const el of [same, notOffered, remembered]) {
        expect(parts(el, '[part~="suggestion"]')).to.have.length(0);
      }
    });
  });

  describe('keyboard (disclosure pattern)', () => {
    it('Enter and Space toggle, Escape closes and returns focus, Tab walks the options, focus out closes', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <portal-language-switcher
            languages="zh-CN en fr"
            .preferredLanguages=${[]}
          ></portal-language-switcher>
          <button id="after">after</button>
        </div>`,
      );
      const el = root.querySelector('portal-language-switcher') as PortalLanguageSwitcher;
      await waitUntil(() => button(el).textContent?.includes('简体中文'));
      button(el).focus();

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      expect(focused(el), 'focus stays on the button').to.equal(button(el));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.expanded).to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(option(el, 'zh-CN'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(option(el, 'en'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(focused(el), 'Escape returns focus to the button').to.equal(button(el));

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(html0.lang, 'Enter on an option chooses it').to.equal('en');
      expect(el.expanded).to.equal(false);
      expect(focused(el)).to.equal(button(el));

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('after');
      expect(el.expanded, 'focus leaving closes the list').to.equal(false);
    });
  });

  it('renders right to left in Arabic, and passes axe closed and open', async () => {
    html0.lang = 'ar';
    html0.dir = 'rtl'; // an Arabic page: the switcher sits at its right edge
    const el = await switcher(
      html`<portal-language-switcher languages="zh-CN en ar" .preferredLanguages=${[]}>
      </portal-language-switcher>`,
    );
    await waitUntil(() => part(el, '[part~="base"]').getAttribute('lang') === 'ar');
    const base = part(el, '[part~="base"]');
    expect(base.dir).to.equal('rtl');
    expect(getComputedStyle(button(el)).direction).to.equal('rtl');
    expect(button(el).textContent?.replace(/\s+/g, ' ').trim()).to.equal('اللغة: العربية');
    expect(part(el, '[part~="current"]').lang).to.equal('ar');
    await expectNoAxeViolations(el, 'ar closed');
    await openList(el);
    // The list hangs from the inline start: the right edge in RTL.
    const b = button(el).getBoundingClientRect();
    const l = list(el).getBoundingClientRect();
    expect(Math.abs(l.right - b.right)).to.be.below(1);
    expect(getComputedStyle(option(el, 'en')).direction).to.equal('ltr');
    await expectNoAxeViolations(el, 'ar open');
  });

  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`keeps the open list in the viewport at the inline end of a ${dir} page`, async () => {
      html0.lang = lang;
      const root = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="display: flex; justify-content: flex-end; inline-size: 100%">
          <portal-language-switcher .preferredLanguages=${[]}></portal-language-switcher>
        </div>`,
      );
      const el = root.querySelector('portal-language-switcher') as PortalLanguageSwitcher;
      await waitUntil(() => button(el).querySelector('.visually-hidden'), 'strings loaded');
      await openList(el);
      const viewport = document.documentElement.clientWidth;
      const l = list(el).getBoundingClientRect();
      const b = button(el).getBoundingClientRect();
      expect(l.left, 'not past the left edge').to.be.at.least(0);
      expect(l.right, 'not past the right edge').to.be.at.most(viewport);
      // Aligned with the button's inline-end edge instead of its start.
      const edge = dir === 'rtl' ? l.left - b.left : b.right - l.right;
      expect(Math.abs(edge)).to.be.below(1);
    });
  }
});
