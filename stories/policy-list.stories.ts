/**
 * `<portal-policy-list>` in every state. No story needs a server: each gets a real SDK client
 * whose `fetch` is played by a fixture (stories/fixtures/documents.ts: demo documents with
 * filters, facets, search and paging; stories/fixtures/clients.ts: loading and offline). The
 * lists keep their filter to themselves (`no-url-state`), so the stories do not write
 * Storybook's own URL.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/policy-list/define';
import { loadingClient, offlineClient } from './fixtures/clients.js';
import { documentsClient, documentsIn, flakyDocumentsClient } from './fixtures/documents.js';

/** The controls of the stories: the element's attributes. */
interface ListArgs {
  category?: string;
  type?: string;
  validity?: string;
  q?: string;
  pageSize: number;
  headingLevel: number;
}

function policyList(args: ListArgs, client?: PortalClient, lang?: string) {
  return html`<portal-policy-list
    lang=${ifDefined(lang)}
    category=${args.category || nothing}
    type=${args.type || nothing}
    validity=${args.validity || nothing}
    q=${args.q || nothing}
    page-size=${args.pageSize}
    heading-level=${args.headingLevel}
    no-url-state
    .client=${client}
  ></portal-policy-list>`;
}

const meta: Meta<ListArgs> = {
  title: 'Components/Policy list',
  component: 'portal-policy-list',
  args: { category: '', type: '', validity: '', q: '', pageSize: 5, headingLevel: 2 },
  argTypes: {
    category: { control: 'text', description: 'Initial categories, comma or space separated.' },
    type: { control: 'text', description: 'Initial document types.' },
    validity: { control: 'text', description: 'Initial validities.' },
    q: { control: 'text', description: 'Initial words to search.' },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Documents per page.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The portal’s policies with filters and counts, search, sort and paging, the filter ' +
          'in the URL. See docs/components/policy-list.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<ListArgs>;

/** Chinese: filters with counts, validity badges, links to the amending/repealing documents. */
export const Default: Story = {
  render: (args) => policyList(args, documentsClient(), 'zh-CN'),
};

/** English titles where the documents have them, Chinese (marked `lang`) where not. */
export const English: Story = {
  render: (args) => policyList(args, documentsClient(), 'en'),
};

/** Arabic, right to left; file numbers stay left-to-right islands. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => policyList(args, documentsClient(), 'ar'),
};

/** A search: the matches marked in the titles, sorted by relevance. */
export const Search: Story = {
  args: { q: '备案' },
  render: (args) => policyList(args, documentsClient(), 'zh-CN'),
};

/** Initial filter from attributes: repealed and amended foreign-trade documents. */
export const Filtered: Story = {
  args: { validity: 'repealed amended' },
  render: (args) => policyList(args, documentsClient(), 'zh-CN'),
};

/** On a narrow container the filters fold behind a "Filters" button. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-inline-size: 22rem">${policyList(args, documentsClient(), 'zh-CN')}</div>`,
};

/** Waiting for the server: skeleton rows the size of a page. */
export const Loading: Story = {
  render: (args) => policyList(args, loadingClient(), 'zh-CN'),
};

/** Nothing matches: the message and "clear filters". */
export const Empty: Story = {
  args: { q: '不存在的词' },
  render: (args) => policyList(args, documentsClient(), 'zh-CN'),
};

/** The network is down: the reason in plain words, and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => policyList(args, offlineClient(), 'zh-CN'),
};

/** The browser is offline: the list says so, and loads again when it is back. */
export const Offline: Story = {
  render: (args) => policyList(args, offlineClient(), 'zh-CN'),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    await canvasElement.querySelector('portal-policy-list')?.updateComplete;
  },
};

/** Saved content after the network failed (the loader makes the first, successful request). */
export const Stale: Story = {
  loaders: [
    async (context) => {
      const client = flakyDocumentsClient();
      const { pageSize } = context.args as ListArgs;
      await client.documents.list({ lang: 'zh-CN', limit: pageSize });
      return { client };
    },
  ],
  render: (args, context) =>
    policyList(args, (context.loaded as { client: PortalClient }).client, 'zh-CN'),
};

/** Documents from anywhere through `items`: no request, no filters. */
export const ItemsProperty: Story = {
  name: 'Items property',
  render: () =>
    html`<portal-policy-list lang="zh-CN" .items=${documentsIn('zh-CN')}></portal-policy-list>`,
};
