/**
 * `<portal-language-switcher>` in every state. In-page stories switch a demo page of their own
 * (a `<div>` the switcher targets, holding a news feed that follows the language live), never the
 * Storybook document; navigate stories show the address they would go to instead of leaving.
 * Every story sets `no-remember`, so a choice made in one story does not follow you to the next.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Site } from '@portal-kit/sdk';
import { PSEUDO_LANGUAGE, enablePseudoLocale } from '@portal-kit/i18n';
import '@portal-kit/elements/language-switcher/define';
import '@portal-kit/elements/news-feed/define';
import type { LanguageChangeEvent, PortalLanguageSwitcher } from '@portal-kit/elements';
import type { PortalClient } from '@portal-kit/sdk';
import { newsClient, offlineClient } from './fixtures/clients.js';
import { newsIn } from './fixtures/news.js';

/** The controls of the stories. */
interface SwitcherArgs {
  /** Codes of the offered languages, separated by spaces. */
  languages: string;
}

/** A feed whose (fixture) server answers in the language each request asks for. */
const multilingualClient = newsClient(newsIn);

let demoCount = 0;

/**
 * A demo page: the switcher targets its `<div>` (not the Storybook page), and a news feed inside
 * follows the switch without reload. The `<output>` logs each `portal-language-change`.
 */
function demoPage(
  args: SwitcherArgs,
  options: { feed?: boolean; lang?: string; client?: PortalClient } = {},
) {
  const id = `language-demo-${++demoCount}`;
  const log = (event: LanguageChangeEvent) => {
    const output = document.querySelector<HTMLOutputElement>(`#${id}-log`);
    if (output) output.value = `portal-language-change → ${event.detail.lang}`;
  };
  return html`<div id=${id} lang=${options.lang ?? nothing}>
    <portal-language-switcher
      languages=${args.languages}
      target=${`#${id}`}
      no-remember
      .preferredLanguages=${[]}
      @portal-language-change=${log}
    ></portal-language-switcher>
    <p><output id=${`${id}-log`} lang="en" dir="ltr"></output></p>
    ${
      options.feed === false
        ? nothing
        : html`<portal-news-feed
            page-size="3"
            .client=${options.client ?? multilingualClient}
          ></portal-news-feed>`
    }
  </div>`;
}

/** A navigate-mode switcher that shows the localized address instead of going there. */
function navigating(
  content: (navigate: (url: string) => void) => unknown,
  id = `language-nav-${++demoCount}`,
) {
  const navigate = (url: string) => {
    const output = document.querySelector<HTMLOutputElement>(`#${id}`);
    if (output) output.value = `→ ${url}`;
  };
  return html`${content(navigate)}
    <p><output id=${id} lang="en" dir="ltr"></output></p>`;
}

/** Opens the switcher's list, as a click on its button does. */
async function openList(canvasElement: HTMLElement): Promise<void> {
  const switcher = canvasElement.querySelector<PortalLanguageSwitcher>('portal-language-switcher');
  if (!switcher) throw new Error('no <portal-language-switcher> in the story');
  await switcher.updateComplete;
  const button = switcher.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]');
  if (!button) throw new Error('the switcher has no button');
  button.click();
  await switcher.updateComplete;
  if (button.getAttribute('aria-expanded') !== 'true') throw new Error('the list did not open');
}

/** The site record of an overseas office whose pages are addressed by a language subdomain. */
const overseasSite: Pick<Site, 'domain' | 'languages' | 'urlPattern'> = {
  domain: 'fr.mofcom.gov.cn',
  languages: ['zh-CN', 'fr', 'en'],
  urlPattern: { kind: 'subdomain', template: '{lang}.fr.mofcom.gov.cn' },
};

const meta: Meta<SwitcherArgs> = {
  title: 'Components/Language switcher',
  component: 'portal-language-switcher',
  args: { languages: 'zh-CN en fr ru ar ja' },
  argTypes: {
    languages: {
      control: 'text',
      description: 'Offered languages, as codes separated by spaces (empty: all 19).',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A disclosure button listing the languages a site offers, each in its own name and ' +
          'script. Switches the page in place (the feed below follows live) or goes to the ' +
          'localized page. See docs/components/language-switcher.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<SwitcherArgs>;

/** Closed, in the toolbar's language: choose a language and the news feed below follows. */
export const Default: Story = {
  render: (args) => demoPage(args),
};

/**
 * Offline (the story fires the `offline` event): the switcher needs no network — language names
 * are built in, the page's language switches in place — and the news feed below says it is
 * offline, in the language chosen.
 */
export const Offline: Story = {
  render: (args) => demoPage(args, { client: offlineClient() }),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    await canvasElement.querySelector('portal-news-feed')?.updateComplete;
  },
};

/** `languages` set as a string PROPERTY, as React 19 and Vue 3 set it: the same as the attribute. */
export const FrameworkProperty: Story = {
  name: 'Framework-set property',
  render: () =>
    html`<portal-language-switcher
      .languages=${'zh-CN en fr'}
      .preferredLanguages=${''}
      no-remember
    ></portal-language-switcher>`,
};

/** The list open: the current language marked, every name in its own script and `lang`. */
export const Open: Story = {
  render: (args) => demoPage(args, { feed: false }),
  play: ({ canvasElement }) => openList(canvasElement),
};

/** Arabic, right to left: the button, the list and the chevron mirror; names keep their own direction. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => demoPage(args, { feed: false }),
  play: ({ canvasElement }) => openList(canvasElement),
};

/**
 * `mode="navigate"` with a path prefix (`/{lang}/`): options are links (`hreflang`) to the same
 * page in each language. The story shows the address instead of leaving Storybook.
 */
export const NavigatePath: Story = {
  name: 'Navigate (path prefix)',
  render: (args) =>
    navigating(
      (navigate) =>
        html`<portal-language-switcher
          mode="navigate"
          url-pattern="/{lang}/"
          languages=${args.languages}
          no-remember
          .preferredLanguages=${[]}
          .path=${'/zh-CN/news/2024/0301.html'}
          .navigate=${navigate}
        ></portal-language-switcher>`,
    ),
  play: ({ canvasElement }) => openList(canvasElement),
};

/**
 * The languages and URL pattern of a site record (an overseas office with language subdomains):
 * no `languages` attribute needed.
 */
export const SiteRecord: Story = {
  name: 'Site record',
  args: { languages: '' },
  render: () =>
    navigating(
      (navigate) =>
        html`<portal-language-switcher
          mode="navigate"
          no-remember
          .site=${overseasSite}
          .preferredLanguages=${[]}
          .path=${'/article/202403/1.shtml'}
          .navigate=${navigate}
        ></portal-language-switcher>`,
    ),
  play: ({ canvasElement }) => openList(canvasElement),
};

/**
 * A first visit from a reader whose browser prefers French: the switcher proposes French, in
 * French, and switches only when asked.
 */
export const Suggestion: Story = {
  name: 'First-visit suggestion',
  render: (args) =>
    html`<div id="language-suggestion-demo">
      <portal-language-switcher
        languages=${args.languages}
        target="#language-suggestion-demo"
        no-remember
        .preferredLanguages=${['fr-FR', 'en']}
      ></portal-language-switcher>
    </div>`,
};

/**
 * In the pseudo-locale (`en-XA`, pinned on the demo page whatever the toolbar says): every string
 * of the switcher and of the feed accented, longer and bracketed; a plain one is hard-coded.
 */
export const PseudoLocale: Story = {
  name: 'Pseudo-locale',
  loaders: [
    () => {
      enablePseudoLocale();
      return {};
    },
  ],
  render: (args) => demoPage(args, { lang: PSEUDO_LANGUAGE }),
  play: ({ canvasElement }) => openList(canvasElement),
};
