/**
 * `<portal-message-list>` in every state, each shown in Chinese, English and Arabic (right to
 * left) side by side: published messages, a search with its matches marked, a long question
 * folded, loading, nothing published, nothing found (with "clear the search"), error, offline
 * and stale. Each list gets a real SDK client whose `fetch` plays the public messages endpoint
 * (stories/fixtures/published-messages.ts); the lists keep their search to themselves
 * (`no-url-state`), so the stories do not write Storybook's own URL.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/message-list/define';
import type { PortalMessageList } from '@portal-kit/elements/message-list';
import { PUBLISHED, publishedMessagesClient } from './fixtures/published-messages.js';
import type { Answer } from './fixtures/published-messages.js';

/** The controls of the stories: the element's attributes. */
interface ListArgs {
  site?: string;
  q?: string;
  pageSize: number;
  headingLevel: number;
}

const LANGS = ['zh-CN', 'en', 'ar'] as const;

/** One list in `lang`, loading through `client`. */
function messageList(args: ListArgs, lang: string, client?: PortalClient) {
  return html`<portal-message-list
    lang=${lang}
    site=${args.site || nothing}
    q=${args.q || nothing}
    page-size=${args.pageSize}
    heading-level=${args.headingLevel}
    no-url-state
    .client=${client}
  ></portal-message-list>`;
}

/** The list in the three languages, each with its own client answering as `answer` says. */
function trio(args: ListArgs, answer: Answer | ((lang: string) => PortalClient)) {
  return html`<div style="display: grid; gap: 2rem">
    ${LANGS.map((lang) =>
      messageList(
        args,
        lang,
        typeof answer === 'string' ? publishedMessagesClient(answer) : answer(lang),
      ),
    )}
  </div>`;
}

const meta: Meta<ListArgs> = {
  title: 'Components/Message list',
  component: 'portal-message-list',
  args: { site: '', q: '', pageSize: 3, headingLevel: 2 },
  argTypes: {
    site: { control: 'text', description: 'Sites the messages were sent to.' },
    q: { control: 'text', description: 'Initial words to search.' },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Messages per page.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The published questions and replies of a site: searched, paged, long texts folded. ' +
          'See docs/components/message-list.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<ListArgs>;

/** Published messages, newest first, with "more"; markup in a message shows as text. */
export const Default: Story = {
  render: (args) => trio(args, 'ok'),
};

/** A search: the matches marked in the subject or in a passage of the question or reply. */
export const Search: Story = {
  args: { q: '备案' },
  render: (args) => trio(args, 'ok'),
};

/** A long question folded to four lines, with its "show the whole question" button. */
export const LongQuestion: Story = {
  name: 'Long question (folded)',
  args: { site: 'wms' },
  render: (args) => trio(args, 'ok'),
};

/** Waiting for the server: placeholder rows the size of a page of messages. */
export const Loading: Story = {
  render: (args) => trio(args, 'pending'),
};

/** Nothing published yet. */
export const Empty: Story = {
  render: (args) => trio(args, 'empty'),
};

/** Nothing matches the search: the message and "clear the search". */
export const NothingFound: Story = {
  name: 'Nothing found',
  args: { q: '不存在的词' },
  render: (args) => trio(args, 'ok'),
};

/** The network is down: the reason in plain words, and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => trio(args, 'offline'),
};

/** The browser is offline: the list says so, and loads again when it is back. */
export const Offline: Story = {
  render: (args) => trio(args, 'offline'),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    for (const list of canvasElement.querySelectorAll<PortalMessageList>('portal-message-list')) {
      await list.updateComplete;
    }
  },
};

/** Saved messages after the network failed (the loader makes the first, successful request). */
export const Stale: Story = {
  loaders: [
    async (context) => {
      const { pageSize } = context.args as ListArgs;
      const clients: Record<string, PortalClient> = {};
      for (const lang of LANGS) {
        clients[lang] = publishedMessagesClient('flaky');
        await clients[lang].messages.list({ limit: pageSize });
      }
      return { clients };
    },
  ],
  render: (args, context) =>
    trio(
      args,
      (lang) => (context.loaded as { clients: Record<string, PortalClient> }).clients[lang]!,
    ),
};

/** Messages from anywhere through `items`: no request, no search. */
export const ItemsProperty: Story = {
  name: 'Items property',
  render: () =>
    html`<div style="display: grid; gap: 2rem">
      ${LANGS.map(
        (lang) =>
          html`<portal-message-list
            lang=${lang}
            .items=${PUBLISHED.slice(0, 2)}
          ></portal-message-list>`,
      )}
    </div>`,
};
