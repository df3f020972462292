/**
 * `<portal-policy-list>` against the fixture API over HTTP (test/support/fixture-documents.mjs):
 * the query each filter sends, facet counts, the announcement, the URL state (round trip,
 * back/forward, opt-out, two lists on a page), rows (file number, badges and their links,
 * highlighted snippets safe against markup), the narrow-screen disclosure and hostile input.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DocumentsPage, DocumentSummary } from '@portal-kit/sdk';
import { render } from 'lit';
import '../src/policy-list/define.js';
import { checkGroupView } from '../src/policy-list/policy-filters.js';
import type { PortalLoadEvent } from '../src/base/events.js';
import type { PortalPolicyList } from '../src/policy-list/policy-list.js';
import { expectNoAxeViolations } from './support/axe.js';
import { apiSession, part, parts, settled } from './support/api.js';
import './support/quiet.js';

/** The fixture's number of documents (support/fixture-documents.mjs). */
const TOTAL = 30;

const settle = (list: PortalPolicyList) =>
  settled(list as never, ['ready', 'empty', 'error', 'stale']);

/** The query of the last request the session received. */
async function lastQuery(api: ReturnType<typeof apiSession>): Promise<Record<string, string>> {
  const log = await api.log();
  return log.at(-1)?.query ?? {};
}

/** Checks the checkbox of `value` in the filter `name`, as a reader does (a click). */
async function check(list: PortalPolicyList, name: string, value: string) {
  part<HTMLInputElement>(list, `input[name="${name}"][value="${value}"]`).click();
  await list.updateComplete;
  await settle(list);
}

const doc = (over: Partial<DocumentSummary>): DocumentSummary => ({
  id: 'x-1',
  site: 'main',
  fileNumber: {
    canonical: '商资发〔2006〕123号',
    key: 'k',
    form: 'standard',
    issuer: '商资发',
    year: 2006,
    sequence: 123,
  },
  indexNumber: null,
  type: 'notice',
  category: 'foreign-investment',
  organs: [{ id: 'mofcom', name: '商务部' }],
  lang: 'zh-CN',
  title: '关于外资的通知',
  summary: '',
  writtenOn: '2006-05-01',
  publishedOn: '2006-05-08',
  effectiveOn: null,
  validity: 'in-force',
  replacedBy: [],
  url: 'https://www.example.gov.cn/1.html',
  ...over,
});

describe('<portal-policy-list>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('sends the filter of its attributes, checked and sorted like the SDK, and shows facet counts', async () => {
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list
        lang="en"
        api-base=${api.base()}
        category="foreign-trade"
        validity="in-force amended"
        year-from="2010"
        page-size="5"
      ></portal-policy-list>`,
    );
    await settle(list);
    expect(await lastQuery(api)).to.deep.equal({
      category: 'foreign-trade',
      validity: 'amended,in-force',
      yearFrom: '2010',
      lang: 'en',
      limit: '5',
    });
    // The facet of a filter counts its values under every OTHER filter.
    // The fixture (support/fixture-documents.mjs): 5 domestic-trade documents in force or
    // amended from 2010 on.
    const expected = 5;
    const label = part(list, 'input[name="category"][value="domestic-trade"]').closest('label')!;
    expect(label.textContent).to.contain('Domestic trade');
    expect(label.querySelector('[part~="facet-count"]')?.textContent).to.equal(String(expected));
    expect(part<HTMLInputElement>(list, 'input[value="foreign-trade"]').checked).to.equal(true);
    await expectNoAxeViolations(list, 'filters');
  });

  it('a checkbox, a year, the sort and a search each load again with the new filter', async () => {
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list lang="en" api-base=${api.base()} no-url-state></portal-policy-list>`,
    );
    await settle(list);
    await check(list, 'type', 'order');
    expect((await lastQuery(api)).type).to.equal('order');
    const from = part<HTMLSelectElement>(list, 'select[name="from"]');
    from.value = '2021';
    from.dispatchEvent(new Event('change'));
    await settle(list);
    expect((await lastQuery(api)).yearFrom).to.equal('2021');
    const input = part<HTMLInputElement>(list, 'input[name="q"]');
    input.focus();
    await sendKeys({ type: 'filing' });
    expect((await api.log()).length, 'no request per keystroke').to.equal(3);
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await lastQuery(api)).q === 'filing');
    await settle(list);
    const marks = parts(list, '[part~="mark"]');
    expect(marks.length).to.be.above(0);
    expect(marks[0]!.textContent?.toLowerCase()).to.equal('filing');
    const sort = part<HTMLSelectElement>(list, 'select[name="sort"]');
    expect(sort.value, 'relevance is the order of a search').to.equal('relevance');
    sort.value = 'newest';
    sort.dispatchEvent(new Event('change'));
    await settle(list);
    expect(await lastQuery(api)).to.include({ q: 'filing', sort: 'newest', type: 'order' });
  });

  it('announces the number found once per settled load, politely', async () => {
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list lang="en" api-base=${api.base()} no-url-state></portal-policy-list>`,
    );
    const loaded = oneEvent(list, 'portal-load') as Promise<
      PortalLoadEvent<DocumentSummary, DocumentsPage>
    >;
    await settle(list);
    const event = await loaded;
    expect(event.detail.page.total).to.equal(TOTAL);
    const status = part(list, '[part~="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal(`${TOTAL} documents found`);
    expect(part(list, '[part~="total"]').textContent).to.equal(`${TOTAL} documents found`);
    await check(list, 'validity', 'repealed');
    expect(part(list, '[part~="status"]').textContent).to.equal('1 document found');
  });

  it('keeps the filter in the URL: a shareable link, and back/forward restore it', async () => {
    history.replaceState(null, '', '?policy-type=order&policy-q=%E9%80%9A%E7%9F%A5&other=1');
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list lang="en" api-base=${api.base()}></portal-policy-list>`,
    );
    await settle(list);
    expect(await lastQuery(api)).to.include({ type: 'order', q: '通知' });
    await check(list, 'category', 'foreign-trade');
    const params = new URLSearchParams(location.search);
    expect(params.get('policy-category')).to.equal('foreign-trade');
    expect(params.get('other'), "other components' parameters are kept").to.equal('1');
    history.back();
    await waitUntil(() => !location.search.includes('policy-category'));
    await waitUntil(async () => (await lastQuery(api)).category === undefined);
    expect(list.filter.category).to.deep.equal([]);
    history.forward();
    await waitUntil(async () => (await lastQuery(api)).category === 'foreign-trade');
    expect(list.filter.category).to.deep.equal(['foreign-trade']);
  });

  it('a cleared attribute filter is a choice too: ?policy-category= (empty) overrides the attribute', async () => {
    history.replaceState(null, '', '?policy-category=');
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list
        api-base=${api.base()}
        category="foreign-trade"
      ></portal-policy-list>`,
    );
    await settle(list);
    expect((await lastQuery(api)).category).to.equal(undefined);
  });

  it('no-url-state reads and writes nothing; url-key keeps two lists apart', async () => {
    history.replaceState(null, '', '?policy-type=order&a-type=notice');
    const api = apiSession();
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <portal-policy-list
          id="off"
          lang="en"
          api-base=${api.base()}
          no-url-state
        ></portal-policy-list>
        <portal-policy-list
          id="a"
          lang="en"
          url-key="a"
          api-base=${api.base()}
        ></portal-policy-list>
      </div>`,
    );
    const [off, a] = [...container.querySelectorAll<PortalPolicyList>('portal-policy-list')];
    await settle(off!);
    await settle(a!);
    expect(off!.filter.type).to.deep.equal([]);
    expect(a!.filter.type).to.deep.equal(['notice']);
    const before = location.search;
    await check(off!, 'category', 'foreign-trade');
    expect(location.search).to.equal(before);
    await check(a!, 'category', 'domestic-trade');
    expect(new URLSearchParams(location.search).get('a-category')).to.equal('domestic-trade');
    expect(new URLSearchParams(location.search).get('policy-type')).to.equal('order');
  });

  it('hostile URL values read as nothing, never as markup or a request error', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    history.replaceState(
      null,
      '',
      `?policy-type=${hostile}&policy-from=08&policy-q=${'x'.repeat(3000)}`,
    );
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list api-base=${api.base()}></portal-policy-list>`,
    );
    await settle(list);
    expect(list.state).to.equal('ready');
    expect(await lastQuery(api)).to.not.have.any.keys('type', 'yearFrom', 'q');
    expect(parts(list, 'img')).to.have.length(0);
  });

  it('rows: file number isolated LTR in Arabic, badges that say and show amended/repealed, links to the later documents', async () => {
    const items = [
      doc({
        id: 'a',
        validity: 'repealed',
        replacedBy: [{ id: 'b', fileNumber: null, title: '新办法' }],
      }),
      doc({
        id: 'c',
        validity: 'amended',
        replacedBy: [{ id: 'new-1', fileNumber: doc({}).fileNumber, title: 't' }],
      }),
      doc({ id: 'd' }),
    ];
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list
        lang="ar"
        document-href="/policy/{id}.html"
        .items=${items}
      ></portal-policy-list>`,
    );
    await waitUntil(() => parts(list, '[part~="item"]').length === 3);
    const number = part(list, '[part~="file-number"]');
    expect(number.localName).to.equal('bdi');
    expect(number.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(part(list, '[part~="base"]')).direction).to.equal('rtl');
    const badges = parts(list, '[part~="validity"]');
    expect(badges.map((b) => b.textContent)).to.deep.equal(['ملغى', 'معدَّل', 'سارٍ']);
    const repealed = getComputedStyle(badges[0]!);
    const inForce = getComputedStyle(badges[2]!);
    expect(repealed.color).to.not.equal(inForce.color);
    expect(getComputedStyle(badges[1]!).backgroundColor).to.not.equal(inForce.backgroundColor);
    const refs = parts<HTMLAnchorElement>(list, '[part~="ref-link"]');
    expect(refs.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/policy/b.html',
      '/policy/new-1.html',
    ]);
    expect(refs[1]!.textContent).to.equal('商资发〔2006〕123号');
    await expectNoAxeViolations(list, 'rows ar');
  });

  it('snippets: highlights as <mark> text nodes; markup in the data stays text; bad ranges are skipped', async () => {
    const text = '<script>alert(1)</script> 外资<b>备案</b> 外资';
    const items = [
      doc({
        title: '<img src=x onerror=alert(1)>',
        url: 'javascript:alert(1)',
        snippet: {
          field: 'body',
          text,
          highlights: [
            { start: 26, end: 28 },
            { start: 27, end: 29 }, // overlaps the one before: skipped
            { start: 38, end: 40 },
            { start: 39, end: 9999 }, // past the end: skipped
          ],
        },
      }),
    ];
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list lang="zh-CN" .items=${items}></portal-policy-list>`,
    );
    await waitUntil(() => parts(list, '[part~="item"]').length === 1);
    const snippet = part(list, '[part~="snippet"]');
    expect(snippet.textContent?.trim()).to.equal(text);
    expect(parts(list, '[part~="mark"]').map((m) => m.textContent)).to.deep.equal(['外资', '外资']);
    expect(parts(list, 'script, b, img')).to.have.length(0);
    expect(parts(list, 'a[part~="link"]'), 'a javascript: URL is no link').to.have.length(0);
    expect(part(list, '[part~="title"]').textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('hostile attributes: 1 MB of words, script, zero-width — no markup, at most 100 characters sent', async () => {
    const api = apiSession();
    const q = `<script>x</script>\u200b外资${'备'.repeat(1_000_000)}`;
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list api-base=${api.base()} no-url-state .q=${q}></portal-policy-list>`,
    );
    await settle(list);
    const sent = (await lastQuery(api)).q!;
    expect(sent.length).to.equal(100);
    expect(sent.startsWith('<script>x</script>\u200b外资')).to.equal(true);
    expect(parts(list, 'script')).to.have.length(0);
    const bad = await fixture<PortalPolicyList>(
      html`<portal-policy-list
        api-base=${api.base()}
        no-url-state
        category="<b>x</b>"
      ></portal-policy-list>`,
    );
    await settle(bad);
    expect(bad.state, 'an invalid attribute is a set-up error, not a request').to.equal('error');
    expect(parts(bad, 'b')).to.have.length(0);
  });

  it('empty: "clear filters" clears them, loads everything and focuses the heading', async () => {
    const api = apiSession();
    const list = await fixture<PortalPolicyList>(
      html`<portal-policy-list
        lang="en"
        api-base=${api.base()}
        no-url-state
        q="nothing-matches"
      ></portal-policy-list>`,
    );
    await settle(list);
    expect(list.state).to.equal('empty');
    await expectNoAxeViolations(list, 'empty with clear');
    part(list, '[part~="clear-button"]').click();
    await waitUntil(() => list.state === 'ready');
    expect((await lastQuery(api)).q).to.equal(undefined);
    expect(list.shadowRoot?.activeElement).to.equal(part(list, '[part~="heading"]'));
  });

  it('on a narrow container the filters fold behind a "Filters" disclosure', async () => {
    const api = apiSession();
    const box = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 360px">
        <portal-policy-list lang="en" api-base=${api.base()} no-url-state></portal-policy-list>
      </div>`,
    );
    const list = box.firstElementChild as PortalPolicyList;
    await settle(list);
    const button = part(list, '[part~="filters-button"]');
    const panel = part(list, '[part~="filters"]');
    expect(getComputedStyle(button).display).to.not.equal('none');
    expect(getComputedStyle(panel).display).to.equal('none');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).to.not.equal('none');
    await expectNoAxeViolations(list, 'narrow open');
    part(list, 'input[name="category"]').focus();
    await sendKeys({ press: 'Escape' });
    await list.updateComplete;
    expect(getComputedStyle(panel).display).to.equal('none');
    expect(list.shadowRoot?.activeElement).to.equal(button);
    // Wide: no button, the panel always shown.
    box.style.inlineSize = '900px';
    await waitUntil(() => getComputedStyle(panel).display !== 'none');
    expect(getComputedStyle(button).display).to.equal('none');
  });
});

describe('<portal-policy-list> long filters', () => {
  it('shows 8 values and the chosen ones; the rest fold into "N more", keyboard-reachable', async () => {
    const values = Array.from({ length: 12 }, (_, i) => ({
      value: `organ-${i}`,
      label: `Organ ${i}`,
      count: 100 - i,
    }));
    const group = {
      key: 'organ' as const,
      legend: 'Issuing organ',
      values,
      chosen: ['organ-10'],
      data: true,
    };
    const element = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      checkGroupView(
        group,
        String,
        () => undefined,
        (n) => `${n} more`,
      ),
      element,
    );
    const details = element.querySelector('details')!;
    const visible = [...element.querySelectorAll(':scope fieldset > label input')].map(
      (input) => (input as HTMLInputElement).value,
    );
    expect(visible).to.deep.equal([...values.slice(0, 8).map((v) => v.value), 'organ-10']);
    expect(details.querySelector('summary')!.textContent).to.equal('3 more');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelectorAll('input')).to.have.length(3);
  });
});
