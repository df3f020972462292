/**
 * Localization checks run against EVERY component (the table below; add yours when you add a
 * component):
 * - hard-coded text: in the pseudo-locale `en-XA` every UI text node and label attribute of the
 *   shadow DOM must be pseudo-localized (`[Ñéŵš~~]`), in each state the test can reach — a text
 *   that stays plain does not come from the resources;
 * - direction: in `ar` the base part computes `direction: rtl` and the layout mirrors the `en`
 *   layout (the same part sits at the same distance from the inline-start edge, on the other
 *   side). Screenshots of every component in `en`, `ar` and `en-XA` are saved for review in
 *   reports/screenshots/<component>-<lang>[-<state>].png.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient } from '@portal-kit/sdk';
import type { DocumentSummary, NewsItem } from '@portal-kit/sdk';
import { PSEUDO_LANGUAGE, dirOf, disablePseudoLocale, enablePseudoLocale } from '@portal-kit/i18n';
import { definedTags } from './support/defined-tags.js';
import '../src/all.js';
import { apiSession } from './support/api.js';
import './support/quiet.js';

/** One state of a component to check: how to set the element up, and when it has settled. */
interface ComponentState {
  readonly name: string;
  /** Sets properties/attributes on the element before it is connected. */
  readonly setup: (element: HTMLElement) => void;
  /** Whether the element shows this state (checked after its strings are loaded). */
  readonly reached: (element: HTMLElement) => boolean;
  /** What the reader does once it is rendered to get to this state (open a list…). */
  readonly act?: (element: HTMLElement) => Promise<void>;
}

/** One component of the kit, as the localization checks see it. */
interface ComponentCase {
  readonly tag: string;
  /**
   * Shadow elements whose text is data (news titles, dates from `Intl`, language names in their
   * own script), not UI strings: excluded from the hard-coded text check.
   */
  readonly data: string;
  /** The states to render in the pseudo-locale. The first one is used for direction. */
  readonly states: readonly ComponentState[];
  /** Parts whose inline position must mirror between `en` and `ar` (none: direction only). */
  readonly mirrored: readonly string[];
  /**
   * Known hard-coded texts still to fix, each with where it comes from. Keep it empty: an entry
   * is a localization bug tolerated for now, never a design.
   */
  readonly knownPlain?: readonly string[];
}

const ITEMS: NewsItem[] = [1, 2, 3].map((n) => ({
  id: `l10n-${n}`,
  site: 'main',
  column: n === 2 ? 'updates' : 'headlines',
  lang: 'en',
  title: `Trade news ${n}`,
  summary: `Summary ${n}`,
  url: `https://www.example.gov.cn/news/${n}`,
  publishedAt: `2024-03-0${n}T09:30:00+08:00`,
}));

const POLICIES: DocumentSummary[] = ['in-force', 'amended', 'repealed'].map((validity, i) => ({
  id: `l10n-doc-${i}`,
  site: 'main',
  fileNumber: {
    canonical: `商资发〔2024〕${i + 1}号`,
    key: `k${i}`,
    form: 'standard',
    issuer: '商资发',
    year: 2024,
    sequence: i + 1,
  },
  indexNumber: null,
  type: 'notice',
  category: 'foreign-trade',
  organs: [{ id: 'mofcom', name: 'MOFCOM' }],
  lang: 'en',
  title: `Trade notice ${i + 1}`,
  summary: '',
  writtenOn: '2024-03-01',
  publishedOn: `2024-03-0${i + 1}`,
  effectiveOn: null,
  validity: validity as DocumentSummary['validity'],
  replacedBy: i === 0 ? [] : [{ id: 'l10n-doc-0', fileNumber: null, title: 'Trade notice 1' }],
  url: `https://www.example.gov.cn/policies/${i + 1}`,
}));

const shadow = (element: HTMLElement, selector: string): HTMLElement | null =>
  element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

const feedState = (element: HTMLElement): string =>
  (element as HTMLElement & { state: string }).state;

const switcherSetup = {
  languages: ['zh-CN', 'en', 'ar'],
  noRemember: true,
  preferredLanguages: [] as string[],
};

/** Every component of the kit: add each new one here, with every state it can show. */
const COMPONENTS: ComponentCase[] = [
  {
    tag: 'portal-news-feed',
    data: '[part~="title"], [part~="date"]',
    states: [
      {
        name: 'ready',
        setup: (el) => Object.assign(el, { items: ITEMS }),
        reached: (el) => feedState(el) === 'ready',
      },
      {
        name: 'empty',
        setup: (el) => Object.assign(el, { items: [] }),
        reached: (el) => feedState(el) === 'empty',
      },
      {
        name: 'loading',
        setup: (el) => el.setAttribute('api-base', apiSession().base('hang')),
        reached: (el) => feedState(el) === 'loading',
      },
      {
        name: 'paged',
        setup: (el) => {
          el.setAttribute('api-base', apiSession().base());
          el.setAttribute('page-size', '2');
        },
        reached: (el) => feedState(el) === 'ready' && shadow(el, '[part~="more-button"]') !== null,
      },
      {
        name: 'stale',
        setup: (el) =>
          Object.assign(el, {
            client: createClient({ baseUrl: apiSession().base('down-after-1'), retries: 0 }),
            pageSize: 3,
          }),
        reached: (el) => feedState(el) === 'ready',
        act: async (el) => {
          (el as HTMLElement & { retry: () => void }).retry();
          await waitUntil(() => feedState(el) === 'stale', 'stale after the network went down');
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        },
      },
      {
        name: 'not-configured',
        setup: () => {},
        reached: (el) => feedState(el) === 'idle',
      },
      {
        name: 'error',
        setup: (el) => el.setAttribute('api-base', apiSession().base('403')),
        reached: (el) => feedState(el) === 'error' && shadow(el, '[part~="error"]') !== null,
      },
    ],
    mirrored: ['[part~="date"]', '[part~="title"]'],
  },
  {
    tag: 'portal-policy-list',
    // Data: titles, dates, file numbers, organ names, counts and years from the server.
    data: [
      '[part~="title"]',
      '[part~="date"]',
      '[part~="file-number"]',
      '[part~="issuer"]',
      '[part~="organ"]',
      '[part~="facet-count"]',
      '[part~="ref"]',
      '.ref',
      'option:not([value=""])',
    ].join(', '),
    states: [
      {
        name: 'ready',
        setup: (el) => Object.assign(el, { items: POLICIES }),
        reached: (el) => feedState(el) === 'ready',
      },
      {
        name: 'empty',
        setup: (el) => Object.assign(el, { items: [] }),
        reached: (el) => feedState(el) === 'empty',
      },
      {
        name: 'loading',
        setup: (el) => el.setAttribute('api-base', apiSession().base('hang')),
        reached: (el) => feedState(el) === 'loading',
      },
      {
        name: 'filters',
        setup: (el) => {
          el.setAttribute('api-base', apiSession().base());
          el.setAttribute('page-size', '2');
          el.setAttribute('no-url-state', '');
        },
        reached: (el) => feedState(el) === 'ready' && shadow(el, '[part~="more-button"]') !== null,
        act: async (el) => {
          shadow(el, '[part~="filters-button"]')!.click();
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        },
      },
      {
        name: 'empty-filtered',
        setup: (el) => {
          el.setAttribute('api-base', apiSession().base());
          el.setAttribute('q', 'nothing-matches');
          el.setAttribute('no-url-state', '');
        },
        reached: (el) => feedState(el) === 'empty',
      },
      {
        name: 'not-configured',
        setup: () => {},
        reached: (el) => feedState(el) === 'idle',
      },
      {
        name: 'error',
        setup: (el) => el.setAttribute('api-base', apiSession().base('403')),
        reached: (el) => feedState(el) === 'error' && shadow(el, '[part~="error"]') !== null,
      },
    ],
    mirrored: ['[part~="title"]'],
  },
  {
    tag: 'portal-language-switcher',
    // Language names in their own script carry their own `lang`: data, not UI strings.
    data: '[lang]:not([part~="base"])',
    states: [
      {
        name: 'closed',
        setup: (el) => Object.assign(el, switcherSetup),
        reached: () => true,
      },
      {
        name: 'open',
        setup: (el) => Object.assign(el, switcherSetup),
        reached: () => true,
        act: async (el) => {
          shadow(el, '[part~="button"]')!.click();
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(shadow(el, '[part~="list"]')!.hidden, 'list shown').to.equal(false);
        },
      },
      {
        // The proposal is in the language it proposes (data here); its frame is still checked.
        name: 'suggestion',
        setup: (el) => Object.assign(el, { ...switcherSetup, preferredLanguages: ['ar'] }),
        reached: (el) => shadow(el, '[part~="suggestion"]') !== null,
      },
    ],
    mirrored: ['[part~="button"]'],
  },
  ...formComponents(),
  ...documentComponents(),
  messageFormComponent(),
  messageStatusComponent(),
  messageInboxComponent(),
  ...messageListComponents(),
  guideNavigatorComponent(),
  ...siteChromeComponents(),
];

/** The staff inbox: signed out, its list (a token of the fixture), an opened message, an error. */
function messageInboxComponent(): ComponentCase {
  type Inbox = HTMLElement & { state: string; message: unknown; open(tn: string): void };
  const state = (el: HTMLElement) => (el as Inbox).state;
  const signedIn = (mode: string) => (el: HTMLElement) =>
    Object.assign(el, {
      client: createClient({ baseUrl: apiSession().base(mode), retries: 0 }),
      token: `pks_${'W'.repeat(43)}`,
    });
  return {
    tag: 'portal-message-inbox',
    data: '[part~="tracking-number"], [part~="site"], [part~="open-button"], [part~="detail-heading"], [part~="facts"] dd, [part~="body"], [part~="history"] time, time',
    states: [
      {
        name: 'signed-out',
        setup: (el) =>
          Object.assign(el, { client: createClient({ baseUrl: apiSession().base() }) }),
        reached: (el) => state(el) === 'signed-out',
      },
      { name: 'list', setup: signedIn('ok'), reached: (el) => state(el) === 'ready' },
      { name: 'error', setup: signedIn('503'), reached: (el) => state(el) === 'error' },
    ],
    mirrored: ['[part~="sign-in-button"]'],
  };
}

/** The message form: its own strings, the form layer's and the status views'; codes are data. */
function messageFormComponent(): ComponentCase {
  const state = (el: HTMLElement) => (el as HTMLElement & { state: string }).state;
  const updated = (el: HTMLElement) =>
    (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const setup = (mode: string) => (el: HTMLElement) =>
    Object.assign(el, {
      site: `l10n-${Math.random().toString(36).slice(2)}`,
      client: createClient({ baseUrl: apiSession().base(mode), retries: 0 }),
    });
  const enter = (el: HTMLElement, name: string, value: string) => {
    const control = shadow(el, `[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement>(
      '#control',
    )!;
    control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  const send = (body: string, until: string) => async (el: HTMLElement) => {
    await waitUntil(() => shadow(el, '[name="body"]') !== null, 'no form');
    enter(el, 'kind', 'consultation');
    enter(el, 'subject', 'Export licences');
    enter(el, 'body', body);
    if (until === 'editing') {
      await waitUntil(() => shadow(el, '[part~="pii-warning"]')?.textContent?.trim() !== '');
      return;
    }
    (el as HTMLElement & { requestSubmit(): void }).requestSubmit();
    await waitUntil(() => state(el) === until, `message form not ${until}`, { timeout: 5000 });
    await updated(el);
  };
  return {
    tag: 'portal-message-form',
    data: '[part~="tracking-number"], [part~="access-code"]',
    states: [
      { name: 'editing', setup: setup('ok'), reached: () => true },
      {
        name: 'invalid',
        setup: setup('ok'),
        reached: () => true,
        act: async (el) => {
          (el as HTMLElement & { requestSubmit(): void }).requestSubmit();
          const summary = shadow(el, 'portal-error-summary') as HTMLElement & { errors: [] };
          await waitUntil(() => summary.errors.length > 0, 'no error summary');
          await updated(el);
        },
      },
      {
        name: 'warning',
        setup: setup('ok'),
        reached: () => true,
        act: send('Call me: 138 1234 5678, ada@example.com', 'editing'),
      },
      { name: 'error', setup: setup('503'), reached: () => true, act: send('Hello', 'error') },
      { name: 'sent', setup: setup('ok'), reached: () => true, act: send('Hello', 'sent') },
    ],
    mirrored: ['[part~="submit"]'],
  };
}

/** The message status: its own strings, the form layer's and the status views'; the message is data. */
function messageStatusComponent(): ComponentCase {
  const state = (el: HTMLElement) => (el as HTMLElement & { state: string }).state;
  // A message of the fixture (fixture-message-status.mjs), replied: every part of the view.
  const shown = (mode: string) => (el: HTMLElement) =>
    Object.assign(el, {
      client: createClient({ baseUrl: apiSession().base(mode), retries: 0 }),
      trackingNumber: 'M26-S4FT-5GVG',
      accessCode: '7KQ4-9XHC-2M5R-PWZ8',
    });
  return {
    tag: 'portal-message-status',
    data: '[part~="tracking-number"], [part~="subject"], [part~="reply-text"], time',
    states: [
      {
        name: 'empty',
        setup: (el) =>
          Object.assign(el, { client: createClient({ baseUrl: apiSession().base() }) }),
        reached: () => true,
      },
      { name: 'replied', setup: shown('ok'), reached: (el) => state(el) === 'ready' },
      { name: 'error', setup: shown('503'), reached: (el) => state(el) === 'error' },
    ],
    mirrored: ['[part~="submit"]'],
  };
}

/**
 * The published messages and the year's statistics: subjects, texts, dates, months, numbers and
 * years are data (fixture-published-messages.mjs).
 */
function messageListComponents(): ComponentCase[] {
  const state = (el: HTMLElement) => (el as HTMLElement & { state: string }).state;
  const client = (mode: string) => createClient({ baseUrl: apiSession().base(mode), retries: 0 });
  const list =
    (mode: string, q = '') =>
    (el: HTMLElement) =>
      Object.assign(el, { client: client(mode), noUrlState: true, pageSize: 4, q });
  const stats =
    (mode: string, year = 2025) =>
    (el: HTMLElement) =>
      Object.assign(el, { client: client(mode), site: 'main', year });
  return [
    {
      tag: 'portal-message-list',
      data: '[part~="subject"], [part~="received"], [part~="replied"], .body',
      states: [
        { name: 'ready', setup: list('ok'), reached: (el) => state(el) === 'ready' },
        { name: 'search', setup: list('ok', 'licence'), reached: (el) => state(el) === 'ready' },
        {
          name: 'empty-search',
          setup: list('ok', 'nothing-matches'),
          reached: (el) => state(el) === 'empty',
        },
        { name: 'loading', setup: list('hang'), reached: (el) => state(el) === 'loading' },
        { name: 'error', setup: list('403'), reached: (el) => state(el) === 'error' },
        { name: 'not-configured', setup: () => {}, reached: (el) => state(el) === 'idle' },
      ],
      mirrored: ['[part~="kind"]'],
    },
    {
      tag: 'portal-message-stats',
      data: 'td, th[scope="row"], option',
      states: [
        { name: 'ready', setup: stats('ok'), reached: (el) => state(el) === 'ready' },
        { name: 'empty', setup: stats('ok', 2023), reached: (el) => state(el) === 'empty' },
        { name: 'loading', setup: stats('hang'), reached: (el) => state(el) === 'loading' },
        { name: 'error', setup: stats('403'), reached: (el) => state(el) === 'error' },
      ],
      mirrored: ['[part~="select"]'],
    },
  ];
}

/**
 * The masthead and the footer: the names, the organizer, the contact, the record numbers and the
 * field paths of an invalid record are data (fixture-sites.mjs).
 */
function siteChromeComponents(): ComponentCase[] {
  const state = (el: HTMLElement) => (el as HTMLElement & { state: string }).state;
  const site =
    (mode: string, id = 'wms') =>
    (el: HTMLElement) =>
      Object.assign(el, {
        client: createClient({ baseUrl: apiSession().base(mode), retries: 0 }),
        site: id,
      });
  const states: ComponentState[] = [
    { name: 'ready', setup: site('ok'), reached: (el) => state(el) === 'ready' },
    { name: 'invalid', setup: site('ok', 'broken'), reached: (el) => state(el) === 'invalid' },
    { name: 'loading', setup: site('hang'), reached: (el) => state(el) === 'loading' },
    { name: 'error', setup: site('503'), reached: (el) => state(el) === 'error' },
    { name: 'not-configured', setup: () => {}, reached: (el) => state(el) === 'idle' },
  ];
  return [
    {
      tag: 'portal-masthead',
      data: '[part~="names"], [part~="fields"] code',
      states,
      mirrored: ['[part~="emblem"]'],
    },
    {
      tag: 'portal-footer',
      data: '.fact > *, [part~="fields"] code',
      states,
      mirrored: ['[part~="mark"]', '[part~="report-link"]'],
    },
  ];
}

/** The document page and the lookup: titles, numbers, names and dates are data. */
function documentComponents(): ComponentCase[] {
  const state = (el: HTMLElement) => (el as HTMLElement & { state: string }).state;
  const docData =
    '[part~="heading"], [part~="file-number"], [part~="ref"], [part~="body"], ' +
    '[part~="attachments"], [part~="interpretations"] li, dd:not(:has([part~="validity"]))';
  const lookupData =
    '[part~="title"], [part~="file-number"], [part~="ref"], time, .organs, option, ' +
    '[part~="suggestion"]';
  const lookup = (mode: string, number: string) => async (el: HTMLElement) => {
    (el as HTMLElement & { lookup(n: string): void }).lookup(number);
    await waitUntil(() => !['idle', 'loading'].includes(state(el)), `lookup in ${mode}`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  };
  const client = (mode: string) => createClient({ baseUrl: apiSession().base(mode), retries: 0 });
  return [
    {
      tag: 'portal-document',
      data: docData,
      states: [
        {
          // A document only in Chinese: the fallback notice shows in every other language.
          name: 'ready',
          setup: (el) =>
            Object.assign(el, { client: client('ok'), documentId: 'mofcom-order-2004-14' }),
          reached: (el) => state(el) === 'ready',
        },
        {
          name: 'fallback',
          setup: (el) => Object.assign(el, { client: client('ok'), documentId: 'mofcom-2018-486' }),
          reached: (el) => state(el) === 'ready',
        },
        {
          name: 'not-found',
          setup: (el) => Object.assign(el, { client: client('ok'), documentId: 'no-such-doc' }),
          reached: (el) => state(el) === 'error',
        },
        {
          name: 'loading',
          setup: (el) => Object.assign(el, { client: client('hang'), documentId: 'x' }),
          reached: (el) => state(el) === 'loading',
        },
        {
          name: 'error',
          setup: (el) => Object.assign(el, { client: client('503'), documentId: 'x' }),
          reached: (el) => state(el) === 'error',
        },
        { name: 'not-configured', setup: () => {}, reached: (el) => state(el) === 'idle' },
      ],
      mirrored: ['[part~="validity"]'],
    },
    {
      tag: 'portal-document-lookup',
      data: lookupData,
      states: [
        {
          name: 'idle',
          setup: (el) => Object.assign(el, { client: client('ok') }),
          reached: () => true,
        },
        {
          name: 'invalid',
          setup: (el) => Object.assign(el, { client: client('ok') }),
          reached: () => true,
          act: async (el) => {
            shadow(el, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          },
        },
        {
          name: 'found',
          setup: (el) => Object.assign(el, { client: client('ok') }),
          reached: () => true,
          act: lookup('ok', '商资发〔2006〕123号'),
        },
        {
          name: 'not-found',
          setup: (el) => Object.assign(el, { client: client('ok') }),
          reached: () => true,
          act: lookup('ok', '商资发〔2006〕125号'),
        },
        {
          name: 'unreadable',
          setup: (el) => Object.assign(el, { client: client('unreadable') }),
          reached: () => true,
          act: lookup('unreadable', '商资发〔2006〕125号'),
        },
        {
          name: 'error',
          setup: (el) => Object.assign(el, { client: client('503') }),
          reached: () => true,
          act: lookup('503', '商资发〔2006〕125号'),
        },
      ],
      mirrored: ['[part~="submit"]'],
    },
  ];
}

/** The form layer's elements: a field's label and hint are the page's (data), its messages ours. */
function formComponents(): ComponentCase[] {
  const field = { label: 'Full name', hint: 'As on your passport', required: true };
  const submitted = async (el: HTMLElement) => {
    (el as HTMLElement & { markSubmitted(): void }).markSubmitted();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  };
  const pageText = '[part~="label"], [part~="hint"], option';
  return [
    {
      tag: 'portal-text-field',
      data: pageText,
      states: [
        {
          name: 'count',
          setup: (el) => Object.assign(el, field, { multiline: true, maxlength: 20 }),
          reached: () => true,
        },
        {
          name: 'invalid',
          setup: (el) =>
            Object.assign(el, field, { multiline: true, maxlength: 5, value: 'abcdefg' }),
          reached: () => true,
          act: submitted,
        },
      ],
      mirrored: [],
    },
    {
      tag: 'portal-select',
      data: pageText,
      states: [
        {
          name: 'invalid',
          setup: (el) => Object.assign(el, field, { options: [{ value: '', label: 'Any' }] }),
          reached: () => true,
          act: submitted,
        },
      ],
      mirrored: [],
    },
    {
      tag: 'portal-error-summary',
      data: '[part~="link"]',
      states: [
        {
          name: 'errors',
          setup: (el) =>
            Object.assign(el, { errors: [{ message: 'Enter full name', target: document.body }] }),
          reached: () => true,
        },
      ],
      mirrored: [],
    },
  ];
}

/**
 * Renders `tag` inside a 640px wide container in `lang` and waits for `state`. The container has
 * the `dir` of its language, as an Arabic page has: where an inline element sits is the page's
 * layout; the element's own `dir` (asserted) comes from its language alone.
 */
async function render(c: ComponentCase, state: ComponentState, lang: string) {
  const container = await fixture<HTMLDivElement>(
    html`<div
      lang=${lang}
      dir=${dirOf(lang)}
      style="inline-size: 640px; padding: 8px; background: #fff"
    ></div>`,
  );
  const element = document.createElement(c.tag);
  state.setup(element);
  container.append(element);
  const base = () => shadow(element, '[part~="base"]');
  await waitUntil(
    () => base()?.getAttribute('lang') === lang && state.reached(element),
    `<${c.tag}> did not reach "${state.name}" in ${lang}`,
    { timeout: 5000 },
  );
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await state.act?.(element);
  return { container, element, base: base()! };
}

/** The UI texts of a shadow root (and nested ones): text nodes and label attributes, not data. */
function uiTexts(root: ShadowRoot, data: string): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text !== '' && !node.parentElement?.closest(data)) texts.push(text);
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.closest(data)) continue;
    for (const name of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(name)?.trim();
      if (value) texts.push(value);
    }
    if (element.shadowRoot) texts.push(...uiTexts(element.shadowRoot, data));
  }
  return texts;
}

/** Saves a PNG of `container` and of whatever its components show outside it (an open list). */
async function saveScreenshot(name: string, container: Element): Promise<void> {
  const rects = [container.getBoundingClientRect()];
  const collect = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const r = element.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) rects.push(r);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(container);
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const clip = { x: left, y: top, width: right - left, height: bottom - top };
  await executeServerCommand('save-screenshot', { name, clip });
}

const isPseudo = (text: string): boolean => /^\[[\s\S]*\]$/.test(text);
const componentName = (tag: string): string => tag.replace(/^portal-/, '');

describe('localization of every component', () => {
  it('covers every Portal Kit element defined by all.js', () => {
    const portalTags = definedTags.filter((tag) => tag.startsWith('portal-')).sort();
    expect(portalTags).to.include.members(['portal-language-switcher', 'portal-news-feed']);
    expect(COMPONENTS.map((c) => c.tag).sort()).to.deep.equal(portalTags);
  });

  for (const c of COMPONENTS) {
    describe(`<${c.tag}>`, () => {
      before(() => enablePseudoLocale());
      after(() => disablePseudoLocale());

      for (const state of c.states) {
        it(`renders only resource strings in ${PSEUDO_LANGUAGE} (${state.name})`, async () => {
          const { container, element } = await render(c, state, PSEUDO_LANGUAGE);
          const texts = uiTexts(element.shadowRoot!, c.data);
          expect(texts.length, 'some UI text is rendered').to.be.above(0);
          const plain = texts.filter((text) => !isPseudo(text) && !c.knownPlain?.includes(text));
          expect(plain, 'texts not from the resources (hard-coded)').to.deep.equal([]);
          await saveScreenshot(
            `${componentName(c.tag)}-${PSEUDO_LANGUAGE}-${state.name}`,
            container,
          );
        });
      }

      it('lays out right to left in ar and left to right in en, mirrored', async () => {
        const [state] = c.states;
        const positions: Record<string, number[]> = {};
        for (const lang of ['en', 'ar'] as const) {
          const { container, element, base } = await render(c, state!, lang);
          expect(getComputedStyle(base).direction, `${lang} direction`).to.equal(
            lang === 'ar' ? 'rtl' : 'ltr',
          );
          expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          // The frame is the container the element sits in (the element may be inline).
          const box = container.getBoundingClientRect();
          positions[lang] = c.mirrored.map((selector) => {
            const part = shadow(element, selector);
            expect(part, `${selector} in ${lang}`).to.not.equal(null);
            const r = part!.getBoundingClientRect();
            // Distance from the inline-start edge: the left edge in en, the right edge in ar.
            const fromStart = lang === 'ar' ? box.right - r.right : r.left - box.left;
            // Where its middle is, as a share of the width: left half in en, right half in ar.
            const middle = (r.left + r.width / 2 - box.left) / box.width;
            expect(middle, `${selector} side in ${lang}`).to.be[lang === 'ar' ? 'above' : 'below'](
              0.5,
            );
            return fromStart;
          });
          await saveScreenshot(`${componentName(c.tag)}-${lang}`, container);
        }
        c.mirrored.forEach((selector, i) => {
          expect(positions.ar![i], `${selector} mirrors`).to.be.closeTo(positions.en![i]!, 2);
        });
      });
    });
  }
});

/** The guide navigator: titles, texts and the fields of a service item are data. */
function guideNavigatorComponent(): ComponentCase {
  type Navigator = HTMLElement & { state: string; serviceState: string; show(id: string): void };
  const state = (el: HTMLElement) => (el as Navigator).state;
  const client = (mode: string) => createClient({ baseUrl: apiSession().base(mode), retries: 0 });
  const setup = (mode: string) => (el: HTMLElement) =>
    Object.assign(el, { client: client(mode), guide: 'investment', noUrlState: true });
  const show = (id: string) => async (el: HTMLElement) => {
    (el as Navigator).show(id);
    await waitUntil(() => ['idle', 'ready'].includes((el as Navigator).serviceState));
    await waitUntil(() => !shadow(el, '[part~="panel"] [part~="skeleton"]'), `${id} shown`);
  };
  return {
    tag: 'portal-guide-navigator',
    data:
      '[part~="title"], [part~="overview"], [part~="children"] a, [part~="breadcrumbs"] a, ' +
      '[part~="panel-heading"], [part~="body"], [part~="summary"] dd, [data-field] li, td, ' +
      '[part~="step"] summary, [part~="step"] > details > p:not([part~="step-mode"]), ' +
      '[data-field] > p, [part~="faq"], [part~="withdrawn"] p:not(.error-title)',
    states: [
      { name: 'ready', setup: setup('ok'), reached: (el) => state(el) === 'ready' },
      {
        name: 'section',
        setup: setup('ok'),
        reached: (el) => state(el) === 'ready',
        act: show('investment.fdi.entry'),
      },
      {
        name: 'service',
        setup: setup('ok'),
        reached: (el) => state(el) === 'ready',
        act: show('foreign-investment-report'),
      },
      {
        name: 'withdrawn',
        setup: setup('ok'),
        reached: (el) => state(el) === 'ready',
        act: show('foreign-trade-operator-registration'),
      },
      { name: 'empty', setup: setup('empty'), reached: (el) => state(el) === 'empty' },
      { name: 'loading', setup: setup('hang'), reached: (el) => state(el) === 'loading' },
      { name: 'error', setup: setup('503'), reached: (el) => state(el) === 'error' },
      { name: 'not-configured', setup: () => {}, reached: (el) => state(el) === 'idle' },
    ],
    mirrored: ['[part~="toggle"]'],
  };
}
