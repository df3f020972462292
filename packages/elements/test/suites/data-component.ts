/**
 * The reusable browser suite of every data component (news feed, policy list, document, guide
 * navigator, and the masthead and footer over their site record): one call per component runs
 * every state —
 * loading, ready, empty, error + retry, stale, offline, not configured — with axe in each, the
 * keyboard (more, retry), right to left (`ar`), the pseudo-locale (`en-XA`), and properties set
 * the way React 19 and Vue 3 set them (a list-valued input as a string property, a number as a
 * string). The element is made with `document.createElement` and configured through
 * PROPERTIES, as a framework does; it loads from the fixture API (test/support/fixture-api.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import {
  PSEUDO_LANGUAGE,
  disablePseudoLocale,
  enablePseudoLocale,
  isPseudoLocalized,
} from '@portal-kit/i18n';
import { expectNoAxeViolations } from '../support/axe.js';
import { apiSession, part, parts } from '../support/api.js';
import type { ApiSession } from '../support/api.js';

/** What the suite needs of a data component. */
export interface DataElement extends HTMLElement {
  readonly state: string;
  readonly updateComplete: Promise<boolean>;
  retry(): void;
  client?: unknown;
}

/** A list-valued or numeric input, and what it must send to the API when set as a string. */
export interface PropertyCase {
  /** The property, e.g. `site` or `pageSize`. */
  readonly name: string;
  /** The string a framework assigns, e.g. `'main guangdong'` or `'3'`. */
  readonly value: string;
  /** The query parameter it becomes, and that parameter's value. */
  readonly param: string;
  readonly sent: string;
  /** The property's value read back (a list input reads back as an array). */
  readonly readBack?: unknown;
}

/** One data component, as the suite sees it. */
export interface DataComponentCase {
  /** The tag, e.g. `portal-news-feed` (defined before the suite runs). */
  readonly tag: string;
  /**
   * Property setting the page size (a number, or a numeric string from a framework). Omit it for
   * a component showing one record (a document): then there are no "empty" and "more" tests, and
   * the row is the record.
   */
  readonly pageSize?: string;
  /** A row of the list (with `data-index`), e.g. `[part~="item"]`. */
  readonly row: string;
  /** The API path the component lists, e.g. `/api/v1/news`. */
  readonly path: string;
  /** Properties set the way React and Vue set them: list-valued and numeric inputs as strings. */
  readonly frameworkProperties: readonly PropertyCase[];
  /** Properties the component needs besides its client (its column, its filter…). */
  readonly properties?: Readonly<Record<string, unknown>>;
  /**
   * The resource is never kept by the client (the server answers `Cache-Control: no-store`, as
   * for a message's status, which holds its asker's reply): a failed reload shows the error box
   * with Retry over the record still shown, never a stale copy.
   */
  readonly noStore?: boolean;
  /**
   * A failed reload keeps the record shown as it is, with no notice (the masthead and footer of
   * a page do not warn that the site's facts may be out of date); default: a stale notice.
   */
  readonly keepsRecord?: boolean;
  /** Where focus goes once Retry has shown the data. Default: the heading (`part~="heading"`). */
  readonly retryFocus?: string;
  /**
   * Shadow elements whose text is data besides titles and dates (a year select's years): left
   * out of the pseudo-locale check.
   */
  readonly data?: string;
}

/** A client that does not retry, so failures show at once. */
const quickClient = (baseUrl: string) => createClient({ baseUrl, retries: 0 });

/** Makes the element as a framework does — created, properties set, then connected. */
async function mount(
  spec: DataComponentCase,
  properties: Record<string, unknown>,
  lang = 'en',
): Promise<DataElement> {
  const element = document.createElement(spec.tag) as DataElement;
  element.setAttribute('lang', lang);
  Object.assign(element, spec.properties ?? {}, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function settle(element: DataElement, states: readonly string[]): Promise<void> {
  await waitUntil(() => states.includes(element.state), `stuck in state ${element.state}`, {
    timeout: 5000,
  });
  // A component whose load does not wait for its strings (the masthead's site record) can reach
  // a state before its language's strings arrive: until then it shows its skeleton, whose base
  // part carries no `dir` yet.
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part~="base"]')?.hasAttribute('dir') === true,
    'the strings never arrived',
    { timeout: 5000 },
  );
  await element.updateComplete;
}

/** Every text node of the shadow DOM outside `data` (titles, dates), trimmed, non-empty. */
function uiTexts(element: HTMLElement, data: string): string[] {
  const root = element.shadowRoot;
  if (!root) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text && !node.parentElement?.closest(data)) out.push(text);
  }
  return out;
}

/** Registers the suite's tests for one data component. */
export function runDataComponentSuite(spec: DataComponentCase): void {
  const mounted: HTMLElement[] = [];
  let api: ApiSession;
  const make = async (properties: Record<string, unknown>, lang?: string) => {
    const paging = spec.pageSize ? { [spec.pageSize]: 3 } : {};
    const element = await mount(spec, { ...paging, ...properties }, lang);
    mounted.push(element);
    return element;
  };

  /** A test of a copy the client kept: not for a resource the server marks `no-store`. */
  const cachedIt = (title: string, test: () => Promise<void>) => {
    if (!spec.noStore) it(title, test);
  };

  /** A test of paging and of the empty list: only for a list component. */
  const pagedIt = (title: string, test: () => Promise<void>) => {
    if (spec.pageSize) it(title, test);
  };

  describe(`<${spec.tag}> as a data component`, () => {
    beforeEach(() => {
      api = apiSession();
    });
    afterEach(() => {
      for (const element of mounted.splice(0)) element.remove();
      disablePseudoLocale();
    });

    it('loading: skeleton rows reserve the space of the rows to come, aria-busy', async () => {
      const element = await make({ client: quickClient(api.base('hang')) });
      await settle(element, ['loading']);
      const skeleton = part(element, '[part~="skeleton"]');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      await expectNoAxeViolations(element, 'loading');
      if (!spec.pageSize) return;
      expect(skeleton.querySelectorAll('.skeleton-row[aria-hidden="true"]')).to.have.length(3);
      // The skeleton is as tall as the rows that replace it: nothing below them moves.
      const reserved = skeleton.getBoundingClientRect().height;
      const ready = await make({ client: quickClient(api.base()) });
      await settle(ready, ['ready']);
      const rows = parts(ready, spec.row);
      expect(rows).to.have.length(3);
      const first = rows[0]!.getBoundingClientRect();
      const last = rows[2]!.getBoundingClientRect();
      expect(Math.abs(last.bottom - first.top - reserved)).to.be.below(2);
    });

    it('ready: rows with data-index, axe', async () => {
      const element = await make({ client: quickClient(api.base()) });
      await settle(element, ['ready']);
      if (spec.pageSize) {
        expect(parts(element, spec.row).map((r) => r.dataset.index)).to.deep.equal(['0', '1', '2']);
      } else {
        expect(parts(element, spec.row)).to.have.length(1);
      }
      await expectNoAxeViolations(element, 'ready');
    });

    pagedIt('empty: says there is nothing to show', async () => {
      const element = await make({ client: quickClient(api.base('empty')) });
      await settle(element, ['empty']);
      expect(part(element, '[part~="empty"]').textContent?.trim()).to.not.equal('');
      await expectNoAxeViolations(element, 'empty');
    });

    it('error: an alert with the reason; Retry by keyboard recovers and moves focus to the record', async () => {
      const element = await make({ client: quickClient(api.base('failonce')) });
      await settle(element, ['error']);
      const alert = part(element, '[part~="error"]');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('(error 503)');
      await expectNoAxeViolations(element, 'error');
      part(element, '[part~="retry-button"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(element, ['ready']);
      const focus = spec.retryFocus ?? '[part~="heading"]';
      await waitUntil(() => element.shadowRoot?.activeElement === part(element, focus), focus);
    });

    if (spec.noStore) {
      it('no-store: a failed reload keeps the record under the error box, never a stale copy', async () => {
        const element = await make({ client: quickClient(api.base('down-after-1')) });
        await settle(element, ['ready']);
        element.retry();
        await settle(element, ['error']);
        expect(part(element, '[part~="error"] [part~="retry-button"]').localName).to.equal(
          'button',
        );
        expect(parts(element, '[part~="notice"]')).to.have.length(0);
        expect(parts(element, spec.row)).to.have.length(spec.pageSize ? 3 : 1);
        await expectNoAxeViolations(element, 'error over the record');
      });
    }

    if (spec.keepsRecord) {
      it('a failed reload keeps the record shown, with no notice', async () => {
        const element = await make({ client: quickClient(api.base('down-after-1')) });
        await settle(element, ['ready']);
        element.retry();
        // The reload under way (its connection dropped by the fixture), to its end.
        await (element as DataElement & { loadComplete: Promise<void> }).loadComplete;
        await element.updateComplete;
        // The reload was sent (Chromium may send it twice on a dropped keep-alive connection).
        expect((await api.log()).length).to.be.at.least(2);
        expect(element.state).to.equal('ready');
        expect(parts(element, '[part~="notice"], [part~="error"]')).to.have.length(0);
        expect(parts(element, spec.row)).to.have.length(1);
        await expectNoAxeViolations(element, 'reload failed');
      });
    }

    if (!spec.keepsRecord)
      cachedIt('stale: saved content under a notice with Retry', async () => {
        const element = await make({ client: quickClient(api.base('down-after-1')) });
        await settle(element, ['ready']);
        element.retry();
        await settle(element, ['stale']);
        expect(part(element, '[part~="notice"] [part~="retry-button"]').localName).to.equal(
          'button',
        );
        expect(parts(element, spec.row)).to.have.length(spec.pageSize ? 3 : 1);
        await expectNoAxeViolations(element, 'stale');
      });

    it('offline: says so instead of an error, and loads again when back online', async () => {
      const element = await make({ client: quickClient(api.base('failonce')) });
      await settle(element, ['error']);
      window.dispatchEvent(new Event('offline'));
      await element.updateComplete;
      const notice = part(element, '[part~="offline"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(parts(element, '[part~="error"]')).to.have.length(0);
      await expectNoAxeViolations(element, 'offline');
      window.dispatchEvent(new Event('online'));
      await settle(element, ['ready']);
      expect(parts(element, '[part~="offline"]')).to.have.length(0);
      expect(await api.log()).to.have.length(2);
    });

    it('not configured: says so, sends nothing', async () => {
      const element = await make({});
      await waitUntil(() => parts(element, '[part~="empty"]').length === 1);
      expect(element.state).to.equal('idle');
      await expectNoAxeViolations(element, 'not configured');
    });

    pagedIt(
      'more by keyboard: appends a page, focuses its first row, announces it politely',
      async () => {
        const element = await make({ client: quickClient(api.base()) });
        await settle(element, ['ready']);
        part(element, '[part~="more-button"]').focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => parts(element, spec.row).length === 6, 'no second page');
        await waitUntil(
          () =>
            element.shadowRoot?.activeElement?.closest<HTMLElement>(spec.row)?.dataset.index ===
            '3',
          'focus did not move to the first new row',
        );
        const status = part(element, '[part~="status"]');
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent).to.contain('3');
        await expectNoAxeViolations(element, 'more');
      },
    );

    it('right to left in Arabic, in every state it reaches here', async () => {
      const element = await make({ client: quickClient(api.base('failonce')) }, 'ar');
      await settle(element, ['error']);
      const base = part(element, '[part~="base"]');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      await expectNoAxeViolations(element, 'ar error');
      element.retry();
      await settle(element, ['ready']);
      await expectNoAxeViolations(element, 'ar ready');
    });

    it('pseudo-locale: every UI text comes from the strings (error, offline, loading)', async () => {
      enablePseudoLocale();
      const element = await make({ client: quickClient(api.base('503')) }, PSEUDO_LANGUAGE);
      await settle(element, ['error']);
      const data = ['[part~="title"]', '[part~="date"]', ...(spec.data ? [spec.data] : [])];
      const texts = uiTexts(element, data.join(', '));
      expect(texts.length).to.be.above(2);
      for (const text of texts) expect(isPseudoLocalized(text), text).to.equal(true);
      window.dispatchEvent(new Event('offline'));
      await element.updateComplete;
      const offline = uiTexts(element, data.join(', '));
      // A list keeps its heading over the notice; a record without data shows the notice alone.
      expect(offline.length).to.be.above(spec.pageSize ? 1 : 0);
      for (const text of offline) expect(isPseudoLocalized(text), text).to.equal(true);
      element.remove();
      window.dispatchEvent(new Event('online'));
      const loading = await make({ client: quickClient(api.base('hang')) }, PSEUDO_LANGUAGE);
      await waitUntil(() => parts(loading, '[part~="skeleton"]').length === 1);
      for (const text of uiTexts(loading, data.join(', '))) {
        expect(isPseudoLocalized(text), text).to.equal(true);
      }
    });

    for (const input of spec.frameworkProperties) {
      it(`takes ${input.name} set as a string property, as React and Vue set it`, async () => {
        const element = await make({ apiBase: api.base(), [input.name]: input.value });
        await settle(element, ['ready', 'empty']);
        const [request] = await api.log();
        expect(request?.path).to.equal(spec.path);
        expect(request?.query[input.param]).to.equal(input.sent);
        if (input.readBack !== undefined) {
          expect((element as unknown as Record<string, unknown>)[input.name]).to.deep.equal(
            input.readBack,
          );
        }
      });
    }
  });
}
