/**
 * `<portal-masthead>` in Chromium: the skip link by keyboard, every part rendered from a site
 * record (given or loaded), the refusal of an invalid record, loading without layout shift,
 * errors and retry, right to left, and care mode — toggled, remembered, on the document, and
 * followed by another component's tokens — with axe in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import type { Site } from '@portal-kit/sdk';
import '../src/masthead/define.js';
import '../src/news-feed/define.js';
import type { PortalMasthead } from '../src/masthead/masthead.js';
import { CARE_MODE_ATTRIBUTE, CARE_MODE_STORAGE_KEY } from '../src/masthead/care-mode.js';
import type { CareModeChangeEvent } from '../src/masthead/care-mode.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import { focused, settle, siteRecord, textOf } from './support/sites.js';
import './support/quiet.js';

const quickClient = (baseUrl: string) => createClient({ baseUrl, retries: 0 });

/** A masthead with `site` (a record or an id) in `lang`, and a main element after it. */
async function mount(
  site: Site | string,
  options: { lang?: string; mode?: string; attrs?: Record<string, string> } = {},
): Promise<PortalMasthead> {
  const api = apiSession();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <portal-masthead
        lang=${options.lang ?? 'en'}
        .site=${site}
        .client=${quickClient(api.base(options.mode ?? 'ok'))}
      >
        <button slot="languages" type="button">Languages</button>
      </portal-masthead>
      <main id="main">
        <h1>Page</h1>
        <a href="#top">A link in the page</a>
      </main>
    </div>`,
  );
  const masthead = wrapper.querySelector('portal-masthead')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    masthead.setAttribute(name, value);
  }
  return masthead;
}

function resetCareMode(): void {
  document.documentElement.removeAttribute(CARE_MODE_ATTRIBUTE);
  localStorage.removeItem(CARE_MODE_STORAGE_KEY);
}

describe('<portal-masthead>', () => {
  beforeEach(resetCareMode);
  afterEach(resetCareMode);

  it('the first Tab lands on the skip link, and Enter moves focus to the main content', async () => {
    const masthead = await mount(await siteRecord('wms'));
    await settle(masthead, ['ready']);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const skip = part<HTMLAnchorElement>(masthead, '[part~="skip-link"]');
    expect(focused()).to.equal('a[skip-link]');
    expect(document.activeElement === masthead).to.equal(true);
    expect(textOf(skip)).to.equal('Skip to main content');
    expect(skip.getAttribute('href')).to.equal('#main');
    // Visible while focused (not clipped to 1px).
    expect(skip.getBoundingClientRect().width).to.be.above(20);
    await sendKeys({ press: 'Enter' });
    const main = document.getElementById('main')!;
    expect(focused()).to.equal('main#main');
    expect(main.getAttribute('tabindex')).to.equal('-1');
    // The next Tab continues from the main content, not from the masthead.
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('a');
    expect(document.activeElement === main.querySelector('a')).to.equal(true);
  });

  it('the skip link is hidden until focused, and follows the main attribute', async () => {
    const masthead = await mount(await siteRecord('wms'), { attrs: { main: '#content' } });
    await settle(masthead, ['ready']);
    const skip = part<HTMLAnchorElement>(masthead, '[part~="skip-link"]');
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    expect(skip.getAttribute('href')).to.equal('#content');
  });

  it('renders every part from the record: names in the page language, emblem, tools', async () => {
    const masthead = await mount(await siteRecord('wms'), {
      attrs: { 'search-url': '/search', 'accessibility-url': '/accessibility.html' },
    });
    await settle(masthead, ['ready']);
    expect(textOf(part(masthead, '[part~="ministry"]'))).to.equal(
      "Ministry of Commerce of the People's Republic of China",
    );
    expect(textOf(part(masthead, '[part~="unit"]'))).to.equal('Department of Foreign Trade');
    expect(part(masthead, '[part~="unit"]').getAttribute('lang')).to.equal('en');
    const emblem = part(masthead, '[part~="emblem"] svg');
    expect(emblem.getAttribute('aria-hidden')).to.equal('true');
    const form = part<HTMLFormElement>(masthead, 'form[part~="search"]');
    expect(form.getAttribute('method')).to.equal('get');
    expect(form.getAttribute('action')).to.equal('/search');
    expect(form.getAttribute('role')).to.equal('search');
    const input = part<HTMLInputElement>(masthead, '[part~="search-input"]');
    expect(input.name).to.equal('q');
    expect(textOf(input.labels?.[0])).to.equal('Search this site');
    const a11y = part<HTMLAnchorElement>(masthead, '[part~="accessibility-link"]');
    expect(a11y.getAttribute('href')).to.equal('/accessibility.html');
    expect(textOf(a11y)).to.equal('Accessibility');
    const slot = part<HTMLSlotElement>(masthead, 'slot[name="languages"]');
    expect(slot.assignedElements()).to.have.length(1);
    await expectNoAxeViolations(masthead, 'ready');
  });

  it('in Chinese: 中华人民共和国商务部 and the unit; no search or accessibility entry unless set', async () => {
    const masthead = await mount(await siteRecord('wms'), { lang: 'zh-CN' });
    await settle(masthead, ['ready']);
    expect(textOf(part(masthead, '[part~="names"]'))).to.equal('中华人民共和国商务部 对外贸易司');
    expect(textOf(part(masthead, '[part~="care-button"]'))).to.equal('关怀版');
    expect(parts(masthead, '[part~="search"]')).to.have.length(0);
    expect(parts(masthead, '[part~="accessibility-link"]')).to.have.length(0);
    await expectNoAxeViolations(masthead, 'zh-CN');
  });

  it('the main site shows the ministry alone', async () => {
    const masthead = await mount(await siteRecord('main'));
    await settle(masthead, ['ready']);
    expect(textOf(part(masthead, '[part~="names"]'))).to.equal(
      "Ministry of Commerce of the People's Republic of China",
    );
    expect(parts(masthead, '[part~="unit"]')).to.have.length(0);
  });

  it('right to left in Arabic; a unit without an Arabic name falls back to Chinese, marked so', async () => {
    const masthead = await mount(await siteRecord('wms'), { lang: 'ar' });
    await settle(masthead, ['ready']);
    const base = part(masthead, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(textOf(part(masthead, '[part~="ministry"]'))).to.equal(
      'وزارة التجارة لجمهورية الصين الشعبية',
    );
    const unit = part(masthead, '[part~="unit"]');
    expect(unit.getAttribute('lang')).to.equal('zh-CN');
    expect(textOf(unit)).to.equal('对外贸易司');
    // The tools sit at the inline end: on the left in right-to-left.
    const bar = part(masthead, '[part~="bar"]').getBoundingClientRect();
    const care = part(masthead, '[part~="care-button"]').getBoundingClientRect();
    expect(care.left - bar.left).to.be.below(bar.right - care.right);
    await expectNoAxeViolations(masthead, 'ar');
  });

  it('loads the record by id, and reserves its final height while loading', async () => {
    const api = apiSession();
    const loading = await fixture<PortalMasthead>(
      html`<portal-masthead lang="en" site="wms" .client=${quickClient(api.base('hang'))}
        ><button slot="languages" type="button">Languages</button></portal-masthead
      >`,
    );
    await settle(loading, ['loading']);
    expect(part(loading, '[part~="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    expect(parts(loading, '[part~="care-button"]')).to.have.length(0);
    await expectNoAxeViolations(loading, 'loading');
    const reserved = loading.getBoundingClientRect().height;
    const ready = await fixture<PortalMasthead>(
      html`<portal-masthead lang="en" site="wms" .client=${quickClient(api.base())}
        ><button slot="languages" type="button">Languages</button></portal-masthead
      >`,
    );
    await settle(ready, ['ready']);
    expect(textOf(part(ready, '[part~="unit"]'))).to.equal('Department of Foreign Trade');
    expect(Math.abs(ready.getBoundingClientRect().height - reserved)).to.be.below(1);
    const requests = (await api.log()).map((r) => r.path);
    expect(requests).to.include('/api/v1/sites/wms');
  });

  it('an invalid record: an alert naming every broken field, and no part of a masthead', async () => {
    const inputs: (() => Promise<Site | string>)[] = [
      () => siteRecord('broken'),
      async () => 'broken',
      async () => ({ id: 'x' }) as unknown as Site,
    ];
    for (const input of inputs) {
      const masthead = await mount(await input());
      await settle(masthead, ['invalid']);
      const alert = part(masthead, '[part~="invalid"]');
      expect(alert.getAttribute('role')).to.equal('alert');
      const fields = parts(masthead, '[part~="fields"] li').map(textOf);
      expect(fields.length).to.be.above(1);
      for (const name of ['bar', 'brand', 'names', 'emblem', 'care-button', 'search']) {
        expect(parts(masthead, `[part~="${name}"]`), name).to.have.length(0);
      }
      expect(masthead.shadowRoot?.querySelector('slot[name="languages"]') ?? null).to.equal(null);
      await expectNoAxeViolations(masthead, 'invalid');
      masthead.parentElement?.remove();
    }
    const broken = await mount(await siteRecord('broken'));
    await settle(broken, ['invalid']);
    expect(parts(broken, '[part~="fields"] li').map(textOf)).to.deep.equal([
      'names.en',
      'siteCode',
    ]);
    expect(textOf(part(broken, '[part~="invalid"]'))).to.contain('breaks the naming rules');
  });

  it('a failed load: the error box; Retry by keyboard shows the masthead and focuses the names', async () => {
    const masthead = await mount('wms', { mode: 'failonce' });
    await settle(masthead, ['error']);
    const alert = part(masthead, '[part~="error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(textOf(alert)).to.contain('(error 503)');
    await expectNoAxeViolations(masthead, 'error');
    part(masthead, '[part~="retry-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(masthead, ['ready']);
    await waitUntil(() => focused() === 'p[names]', `focus went to ${focused()}`);
  });

  it('without a site: says so', async () => {
    const masthead = await fixture<PortalMasthead>(
      html`<portal-masthead lang="en"></portal-masthead>`,
    );
    await waitUntil(() => parts(masthead, '[part~="empty"]').length === 1);
    expect(masthead.state).to.equal('idle');
    await expectNoAxeViolations(masthead, 'idle');
  });
});

describe('care mode', () => {
  beforeEach(resetCareMode);
  afterEach(resetCareMode);

  it('toggles by keyboard: aria-pressed, the document attribute, storage and the event', async () => {
    const masthead = await mount(await siteRecord('wms'));
    await settle(masthead, ['ready']);
    const button = part<HTMLButtonElement>(masthead, '[part~="care-button"]');
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const events: boolean[] = [];
    masthead.addEventListener('portal-care-mode-change', (e: CareModeChangeEvent) =>
      events.push(e.detail.on),
    );
    button.focus();
    await sendKeys({ press: 'Enter' });
    await masthead.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(document.documentElement.getAttribute(CARE_MODE_ATTRIBUTE)).to.equal('on');
    expect(localStorage.getItem(CARE_MODE_STORAGE_KEY)).to.equal('on');
    await expectNoAxeViolations(masthead, 'care mode on');
    await sendKeys({ press: 'Space' });
    await masthead.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(document.documentElement.hasAttribute(CARE_MODE_ATTRIBUTE)).to.equal(false);
    expect(localStorage.getItem(CARE_MODE_STORAGE_KEY)).to.equal('off');
    expect(events).to.deep.equal([true, false]);
  });

  it('is remembered: a new masthead applies it before its first render', async () => {
    localStorage.setItem(CARE_MODE_STORAGE_KEY, 'on');
    const masthead = document.createElement('portal-masthead');
    masthead.site = await siteRecord('wms');
    masthead.lang = 'en';
    document.body.append(masthead);
    // Connected, not yet rendered: the document is already in care mode.
    expect(masthead.shadowRoot?.querySelector('[part~="base"]') ?? null).to.equal(null);
    expect(document.documentElement.getAttribute(CARE_MODE_ATTRIBUTE)).to.equal('on');
    await settle(masthead, ['ready']);
    expect(part(masthead, '[part~="care-button"]').getAttribute('aria-pressed')).to.equal('true');
    masthead.remove();
  });

  it("changes the tokens inside another component's shadow root: text size, contrast, motion", async () => {
    const api = apiSession();
    const feed = await fixture<HTMLElement>(
      html`<portal-news-feed
        lang="en"
        .client=${quickClient(api.base('hang'))}
      ></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '.bone').length > 0, 'no skeleton');
    // Read afresh each time: the feed may render again.
    const size = () => getComputedStyle(part(feed, '[part~="base"]')).fontSize;
    const muted = () =>
      getComputedStyle(part(feed, '[part~="base"]')).getPropertyValue('--_color-text-muted').trim();
    const motion = () => getComputedStyle(parts(feed, '.bone')[0]!).animationDuration;
    const before = { size: size(), muted: muted(), motion: motion() };
    expect(before.size).to.equal('16px');
    expect(before.motion).to.equal('1.5s');
    const masthead = await mount(await siteRecord('wms'));
    await settle(masthead, ['ready']);
    part(masthead, '[part~="care-button"]').click();
    await masthead.updateComplete;
    expect(size()).to.equal('20px');
    expect(muted()).to.not.equal(before.muted);
    expect(motion()).to.equal('0s');
    // The masthead itself grows with the text.
    expect(getComputedStyle(masthead).fontSize).to.equal('20px');
    part(masthead, '[part~="care-button"]').click();
    await masthead.updateComplete;
    expect(size()).to.equal('16px');
    expect(motion()).to.equal('1.5s');
  });

  it('prefers-reduced-motion stops motion whatever the mode', async () => {
    const api = apiSession();
    const feed = await fixture<HTMLElement>(
      html`<portal-news-feed
        lang="en"
        .client=${quickClient(api.base('hang'))}
      ></portal-news-feed>`,
    );
    await waitUntil(() => parts(feed, '.bone').length > 0, 'no skeleton');
    const animation = () => getComputedStyle(parts(feed, '.bone')[0]!).animationName;
    expect(animation()).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(animation()).to.equal('none');
      localStorage.setItem(CARE_MODE_STORAGE_KEY, 'off');
      const masthead = await mount(await siteRecord('wms'));
      await settle(masthead, ['ready']);
      expect(animation()).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
