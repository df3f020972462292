/**
 * `<portal-document>` against the fixture API: metadata, body, attachments, links, the Chinese
 * fallback and its notice, "no such document", hostile data, a number without a year — with axe.
 * (Loading, error + retry, stale, offline, RTL and the pseudo-locale: the data-component suite.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@portal-kit/sdk';
import '../src/document/define.js';
import type { PortalDocument } from '../src/document/document.js';
import { fileSize } from '../src/document/document.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts } from './support/api.js';
import './support/quiet.js';

async function show(id: string, lang = 'en', mode = 'ok'): Promise<PortalDocument> {
  const api = apiSession();
  const element = await fixture<PortalDocument>(
    html`<portal-document
      lang=${lang}
      document-id=${id}
      document-href="/policies/{id}.html"
      .client=${createClient({ baseUrl: api.base(mode), retries: 0 })}
    ></portal-document>`,
  );
  await waitUntil(() => ['ready', 'error'].includes(element.state), `stuck in ${element.state}`);
  await element.updateComplete;
  return element;
}

const text = (element: HTMLElement, selector: string) =>
  part(element, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<portal-document>', () => {
  it('shows the metadata: LTR-isolated number, organs, type, category, dates, validity with its replacing document', async () => {
    const element = await show('mofcom-order-2004-14');
    expect(text(element, '[part~="heading"]')).to.equal(
      'Measures for the Registration of Foreign Trade Operators',
    );
    const number = part(element, '[part~="meta"] [part~="file-number"]');
    expect(number.localName).to.equal('bdi');
    expect(number.getAttribute('dir')).to.equal('ltr');
    expect(number.textContent).to.equal('商务部令2004年第14号');
    const meta = text(element, '[part~="meta"]');
    for (const label of [
      'Index number',
      'Issued by',
      'Ministry of Commerce',
      'Order',
      'Foreign trade',
    ])
      expect(meta).to.contain(label);
    expect(meta).to.contain('June 25, 2004');
    expect(text(element, '[part~="validity"]')).to.equal('Amended');
    const replacing = part<HTMLAnchorElement>(element, '[part~="meta"] a');
    expect(replacing.getAttribute('href')).to.equal('/policies/mofcom-order-2016-2.html');
    await expectNoAxeViolations(element, 'ready');
  });

  it('renders the body as text: headings and paragraphs', async () => {
    const element = await show('mofcom-order-2004-14');
    const body = part(element, '[part~="body"]');
    expect(body.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('3');
    expect(body.querySelectorAll('p')).to.have.length(2);
  });

  it('lists attachments with their format and size in the reader’s language, interpretations and relations', async () => {
    const element = await show('mofcom-order-2004-14', 'de');
    const items = parts(element, '[part~="attachments"] li');
    expect(items).to.have.length(2);
    expect(items[0]!.textContent).to.contain('PDF');
    expect(items[0]!.textContent).to.contain(fileSize(1_450_000, 'de'));
    expect(fileSize(1_450_000, 'de')).to.match(/1,5\sMB/);
    expect(items[1]!.textContent).to.contain('DOCX');
    expect(items[1]!.textContent).to.contain(fileSize(35_800, 'de'));
    expect(parts(element, '[part~="interpretations"] a')).to.have.length(1);
    expect(text(element, '[part~="relations"]')).to.contain('Geändert durch');
  });

  it('falls back to Chinese and says so, with lang="zh-CN" on the Chinese text', async () => {
    const element = await show('mofcom-order-2004-14', 'ar');
    const notice = part(element, '[part~="fallback"]');
    expect(notice.textContent).to.contain('باللغة الصينية');
    expect(part(element, '[part~="heading"]').closest('[lang]')?.getAttribute('lang')).to.equal(
      'zh-CN',
    );
    expect(part(element, '[part~="body"]').getAttribute('lang')).to.equal('zh-CN');
    expect(part(element, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect(part(element, '[part~="file-number"]').getAttribute('dir')).to.equal('ltr');
    await expectNoAxeViolations(element, 'ar fallback');
  });

  it('says nothing of a fallback in the language the document has, or in Chinese', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const element = await show('mofcom-order-2004-14', lang);
      expect(parts(element, '[part~="fallback"]'), lang).to.have.length(0);
      expect(part(element, '[part~="body"]').hasAttribute('lang'), lang).to.equal(false);
    }
  });

  it('404: "There is no such document", no retry', async () => {
    const element = await show('no-such-document');
    expect(element.state).to.equal('error');
    const box = part(element, '[part~="error"]');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('There is no such document.');
    expect(parts(element, '[part~="retry-button"]')).to.have.length(0);
    await expectNoAxeViolations(element, '404');
  });

  it('a number of a series without years (国务院令第792号) reads as it is', async () => {
    const element = await show('state-council-order-792', 'zh-CN');
    expect(part(element, '[part~="file-number"]').textContent).to.equal('国务院令第792号');
  });

  it('hostile data: markup shown as text, javascript: and data: URLs are no links', async () => {
    const element = await show('hostile-1', 'zh-CN');
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('script, img, b')).to.have.length(0);
    expect(text(element, '[part~="heading"]')).to.contain('<script>');
    expect(text(element, '[part~="body"]')).to.contain('<b>bold?</b>');
    for (const a of root.querySelectorAll('a')) {
      expect(a.getAttribute('href')).to.match(/^(https:|\/)/);
    }
    expect(parts(element, '[part~="interpretations"] a')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes document-id and heading-level set as properties, as React and Vue set them', async () => {
    const api = apiSession();
    const element = document.createElement('portal-document');
    Object.assign(element, {
      apiBase: api.base(),
      documentId: 'mofcom-2006-123',
      headingLevel: '4',
    });
    element.lang = 'en';
    document.body.append(element);
    await waitUntil(() => element.state === 'ready');
    await element.updateComplete;
    expect(part(element, '[part~="heading"]').localName).to.equal('h4');
    const [request] = await api.log();
    expect(request?.path).to.equal('/api/v1/documents/mofcom-2006-123');
    element.remove();
  });
});
