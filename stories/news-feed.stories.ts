/**
 * `<portal-news-feed>` in every state. No story needs a server: each gets a real SDK client whose
 * `fetch` is played by a fixture (stories/fixtures/clients.ts) — serving demo news page by page,
 * failing like an offline browser, or never answering. The toolbar's language, direction and
 * theme apply to every story through the story root (.storybook/preview.ts); the element reads
 * its language from there unless a story pins one.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NewsColumn, PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/news-feed/define';
import { flakyClient, loadingClient, newsClient, offlineClient } from './fixtures/clients.js';
import { arNews, enNews, newsIn, zhNews } from './fixtures/news.js';

/** The controls of the stories: the element's attributes. */
interface FeedArgs {
  column?: NewsColumn | '';
  pageSize: number;
  headingLevel: number;
  heading?: string;
  site?: string;
}

/** The toolbar language of a story (the story root's `lang`). */
function localeOf(context: StoryContext<FeedArgs>): string {
  return String(context.globals.locale ?? 'zh-CN');
}

/** The feed with the story's controls, loading through `client`. */
function feed(args: FeedArgs, client?: PortalClient, lang?: string) {
  return html`<portal-news-feed
    lang=${ifDefined(lang)}
    column=${args.column || nothing}
    site=${args.site || nothing}
    heading=${args.heading || nothing}
    page-size=${args.pageSize}
    heading-level=${args.headingLevel}
    .client=${client}
  ></portal-news-feed>`;
}

const meta: Meta<FeedArgs> = {
  title: 'Components/News feed',
  component: 'portal-news-feed',
  args: { column: '', pageSize: 5, headingLevel: 2, heading: '', site: '' },
  argTypes: {
    column: {
      control: 'select',
      options: ['', 'headlines', 'updates', 'briefs'],
      description: 'Column to show; empty for every column (the heading is then "News").',
    },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Items per page.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
    heading: { control: 'text', description: 'Heading text; empty for the column name.' },
    site: { control: 'text', description: 'Site ids, comma or space separated.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The latest news of the portal’s sites in the reader’s language, with paging and every ' +
          'state shown. See docs/components/news-feed.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<FeedArgs>;

/** Chinese (the toolbar's language): demo news of several sites, 5 per page, with "more". */
export const Default: Story = {
  render: (args, context) => feed(args, newsClient(newsIn(localeOf(context)))),
};

/** English, whatever the toolbar says: the element's own `lang` wins. */
export const English: Story = {
  args: { column: 'updates' },
  render: (args) => feed(args, newsClient(enNews), 'en'),
};

/** Arabic, right to left: the story root gets `lang="ar" dir="rtl"`; the layout mirrors. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => feed(args, newsClient(arNews)),
};

/** Waiting for the server: skeleton rows, `aria-busy`, a visually hidden "loading" text. */
export const Loading: Story = {
  render: (args) => feed(args, loadingClient()),
};

/** The server has no news for this query. */
export const Empty: Story = {
  render: (args) => feed(args, newsClient([])),
};

/** The network is down and nothing is cached: what went wrong, in plain words, and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => feed(args, offlineClient()),
};

/**
 * The browser is offline (`navigator.onLine` false, or the `offline` event — fired here by the
 * story): the feed says so instead of an error, and loads again by itself when the `online`
 * event comes.
 */
export const Offline: Story = {
  render: (args) => feed(args, offlineClient()),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    await canvasElement.querySelector('portal-news-feed')?.updateComplete;
  },
};

/**
 * Inputs set the way React 19 and Vue 3 set them — as properties, strings included:
 * `.site=${'main us'}` and `.pageSize=${'3'}` work as the `site="main us"` and `page-size="3"`
 * attributes do.
 */
export const FrameworkProperties: Story = {
  name: 'Framework-set properties',
  render: (_args, context) =>
    html`<portal-news-feed
      .site=${'main us'}
      .pageSize=${'3'}
      .client=${newsClient(newsIn(localeOf(context)))}
    ></portal-news-feed>`,
};

/**
 * The network failed after an earlier success: the client answers from its cache, and the feed
 * shows that content with a notice and Retry. (The loader makes the first, successful request.)
 */
export const Stale: Story = {
  loaders: [
    async (context) => {
      const lang = String(context.globals.locale ?? 'zh-CN');
      const client = flakyClient(newsIn(lang));
      const { pageSize, column, site } = context.args as FeedArgs;
      await client.news.list({
        lang,
        limit: pageSize,
        ...(column ? { column } : {}),
        ...(site ? { site: site.split(/[\s,]+/).filter(Boolean) } : {}),
      });
      return { client };
    },
  ],
  render: (args, context) => feed(args, (context.loaded as { client: PortalClient }).client),
};

/** News from anywhere through the `items` property: no client, no request, no "more". */
export const ItemsProperty: Story = {
  name: 'Items property',
  args: { column: 'updates' },
  render: (args) =>
    html`<portal-news-feed
      column=${args.column || nothing}
      heading-level=${args.headingLevel}
      .items=${zhNews.filter((item) => item.column === 'updates')}
    ></portal-news-feed>`,
};

/** Under a page's own h2 and h3, the feed's heading is an h4 with a custom text. */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: { headingLevel: 4, heading: '广东省商务动态', pageSize: 3 },
  render: (args, context) =>
    html`<h2>商务新闻联播</h2>
      <h3>地方商务之窗</h3>
      ${feed(args, newsClient(newsIn(localeOf(context))))}`,
};

/**
 * Themed with `--portal-*` tokens and `::part()` (a local window's red, square corners). The
 * story sets a complete colour set of its own, so it looks the same under every toolbar theme.
 */
export const Themed: Story = {
  render: (args, context) =>
    html`<style>
        .themed-feed {
          --portal-color-accent: #a3142a;
          --portal-color-accent-contrast: #ffffff;
          --portal-color-focus: #a3142a;
          --portal-color-text: #2b1a1c;
          --portal-color-text-muted: #5c4346;
          --portal-color-surface: #fffaf9;
          --portal-color-surface-muted: #f3e3e5;
          --portal-color-border: #e8c9cd;
          --portal-color-danger: #a3142a;
          --portal-color-notice: #fff5cc;
          --portal-color-notice-text: #4d3800;
          --portal-radius: 0;
          --portal-font-size: 1.0625rem;
          --portal-news-feed-heading-size: 1.5em;
          display: block;
          padding: 1rem;
          color: #2b1a1c;
          background: #fffaf9;
        }
        .themed-feed portal-news-feed::part(heading) {
          border-block-end: 3px solid #a3142a;
          padding-block-end: 0.25rem;
        }
      </style>
      <div class="themed-feed">${feed(args, newsClient(newsIn(localeOf(context))))}</div>`,
};
