/**
 * `<portal-footer>` in Chromium: every fact rendered from a site record (given or loaded), the
 * exact addresses of the record links and of the error report, the refusal of an invalid record,
 * loading without layout shift, errors and retry, right to left — with axe in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import type { Site } from '@portal-kit/sdk';
import '../src/footer/define.js';
import type { PortalFooter } from '../src/footer/footer.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import { focused, settle, siteRecord, textOf } from './support/sites.js';
import './support/quiet.js';

const quickClient = (baseUrl: string) => createClient({ baseUrl, retries: 0 });

async function mount(
  site: Site | string,
  options: { lang?: string; mode?: string } = {},
): Promise<PortalFooter> {
  const api = apiSession();
  return fixture<PortalFooter>(
    html`<portal-footer
      lang=${options.lang ?? 'en'}
      sitemap-url="/sitemap.html"
      contact-url="/contact.html"
      .site=${site}
      .client=${quickClient(api.base(options.mode ?? 'ok'))}
    ></portal-footer>`,
  );
}

const REPORT = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';

describe('<portal-footer>', () => {
  it('renders every fact of the record, in the page language', async () => {
    const footer = await mount(await siteRecord('wms'));
    await settle(footer, ['ready']);
    expect(textOf(part(footer, '[part~="organizer"]'))).to.equal(
      "Organizer: Ministry of Commerce of the People's Republic of China",
    );
    expect(textOf(part(footer, '[part~="site-code"]'))).to.equal('bm30000102');
    const contact = textOf(part(footer, '[part~="contact"]'));
    expect(contact).to.contain('Phone: 12335');
    expect(contact).to.contain('Email: wms@mofcom.gov.cn');
    expect(textOf(part(footer, '[part~="address"]'))).to.equal('Address: 北京市东城区东长安街2号');
    const email = part<HTMLAnchorElement>(footer, '[part~="email-link"]');
    expect(email.getAttribute('href')).to.equal('mailto:wms@mofcom.gov.cn');
    expect(textOf(part(footer, '[part~="icp-link"]'))).to.equal('京ICP备05004093号-1');
    expect(textOf(part(footer, '[part~="public-security-link"]'))).to.equal(
      '京公网安备 11040102700068号',
    );
    expect(textOf(part(footer, '[part~="sitemap-link"]'))).to.equal('Sitemap');
    expect(part(footer, '[part~="sitemap-link"]').getAttribute('href')).to.equal('/sitemap.html');
    expect(part(footer, '[part~="contact-link"]').getAttribute('href')).to.equal('/contact.html');
    expect(textOf(part(footer, '[part~="report-link"]'))).to.equal('Report an error on this site');
    expect(part(footer, '[part~="mark"] svg').getAttribute('aria-hidden')).to.equal('true');
    expect(part(footer, '[part~="base"]').localName).to.equal('footer');
    await expectNoAxeViolations(footer, 'ready');
  });

  it('links to the record systems and the error report at their exact addresses, in the same tab', async () => {
    const footer = await mount(await siteRecord('wms'));
    await settle(footer, ['ready']);
    const href = (name: string) => part(footer, `[part~="${name}"]`).getAttribute('href');
    expect(href('icp-link')).to.equal('https://beian.miit.gov.cn/');
    expect(href('public-security-link')).to.equal(
      'https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11040102700068',
    );
    expect(href('report-link')).to.equal(
      `${REPORT}?site_code=bm30000102&url=${encodeURIComponent(location.href)}`,
    );
    for (const link of parts<HTMLAnchorElement>(footer, 'a')) {
      expect(link.hasAttribute('target'), link.href).to.equal(false);
    }
    // The outside services are described as such; the record numbers are read as Chinese.
    for (const name of ['icp-link', 'public-security-link', 'report-link']) {
      const link = part(footer, `[part~="${name}"]`);
      const description = footer.shadowRoot?.getElementById(link.getAttribute('aria-describedby')!);
      expect(textOf(description), name).to.equal('External site');
    }
    expect(part(footer, '[part~="icp-link"]').getAttribute('lang')).to.equal('zh-CN');
  });

  it("the error report carries the page's address as it is when followed", async () => {
    const footer = await mount(await siteRecord('wms'));
    await settle(footer, ['ready']);
    const before = location.href;
    history.replaceState(null, '', '?policy-category=foreign-trade&q=对外 贸易#top');
    try {
      const link = part<HTMLAnchorElement>(footer, '[part~="report-link"]');
      link.addEventListener('click', (event) => event.preventDefault());
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(link.getAttribute('href')).to.equal(
        `${REPORT}?site_code=bm30000102&url=${encodeURIComponent(location.href)}`,
      );
      expect(link.getAttribute('href')).to.contain(
        encodeURIComponent('?policy-category=foreign-trade&q='),
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('right to left in Arabic; an organizer without an Arabic name falls back to Chinese, marked so', async () => {
    const footer = await mount(await siteRecord('main'), { lang: 'ar' });
    await settle(footer, ['ready']);
    expect(part(footer, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    const organizer = part(footer, '[part~="organizer"] [lang="zh-CN"]');
    expect(textOf(organizer)).to.equal('中华人民共和国商务部');
    expect(textOf(part(footer, '[part~="report-link"]'))).to.equal('الإبلاغ عن خطأ في هذا الموقع');
    await expectNoAxeViolations(footer, 'ar');
  });

  it('in Chinese: 主办单位 and 我为政府网站找错', async () => {
    const footer = await mount(await siteRecord('wms'), { lang: 'zh-CN' });
    await settle(footer, ['ready']);
    expect(textOf(part(footer, '[part~="organizer"]'))).to.equal('主办单位： 中华人民共和国商务部');
    expect(textOf(part(footer, '[part~="report-link"]'))).to.equal('我为政府网站找错');
    await expectNoAxeViolations(footer, 'zh-CN');
  });

  it('loads the record by id, and reserves its final height while loading', async () => {
    const loading = await mount('wms', { mode: 'hang' });
    await settle(loading, ['loading']);
    expect(part(loading, '[part~="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(loading, 'loading');
    const reserved = loading.getBoundingClientRect().height;
    const ready = await mount('wms');
    await settle(ready, ['ready']);
    expect(textOf(part(ready, '[part~="site-code"]'))).to.equal('bm30000102');
    expect(Math.abs(ready.getBoundingClientRect().height - reserved)).to.be.below(1);
  });

  it('an invalid record: an alert naming every broken field, and no part of a footer', async () => {
    const inputs: (() => Promise<Site | string>)[] = [
      () => siteRecord('broken'),
      async () => 'broken',
      async () => ({ ...(await siteRecord('wms')), icp: 'ICP 1', contact: {} }),
    ];
    const expected = [
      ['names.en', 'siteCode'],
      ['names.en', 'siteCode'],
      ['icp', 'contact'],
    ];
    for (const [index, input] of inputs.entries()) {
      const footer = await mount(await input());
      await settle(footer, ['invalid']);
      const alert = part(footer, '[part~="invalid"]');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(parts(footer, '[part~="fields"] li').map(textOf)).to.deep.equal(expected[index]);
      for (const name of ['links', 'organizer', 'contact', 'address', 'records', 'mark']) {
        expect(parts(footer, `[part~="${name}"]`), name).to.have.length(0);
      }
      await expectNoAxeViolations(footer, 'invalid');
      footer.remove();
    }
  });

  it('a failed load: the error box; Retry by keyboard shows the footer and focuses its heading', async () => {
    const footer = await mount('wms', { mode: 'failonce' });
    await settle(footer, ['error']);
    expect(textOf(part(footer, '[part~="error"]'))).to.contain('(error 503)');
    await expectNoAxeViolations(footer, 'error');
    part(footer, '[part~="retry-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(footer, ['ready']);
    await waitUntil(() => focused() === 'h2[heading]', `focus went to ${focused()}`);
  });

  it('without a site: says so', async () => {
    const footer = await fixture<PortalFooter>(html`<portal-footer lang="en"></portal-footer>`);
    await waitUntil(() => parts(footer, '[part~="empty"]').length === 1);
    expect(footer.state).to.equal('idle');
    await expectNoAxeViolations(footer, 'idle');
  });
});
