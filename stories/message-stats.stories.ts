/**
 * `<portal-message-stats>` in every state, each shown in Chinese, English and Arabic (right to
 * left) side by side: a past year, the current year (the latest month not all replied yet, the
 * months to come at 0), a year without messages, loading, error, offline, stale and a narrow
 * container (the table scrolls in its own box). Each element gets a real SDK client whose
 * `fetch` plays the statistics endpoint (stories/fixtures/published-messages.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/message-stats/define';
import type { PortalMessageStats } from '@portal-kit/elements/message-stats';
import { publishedMessagesClient } from './fixtures/published-messages.js';
import type { Answer } from './fixtures/published-messages.js';

/** The controls of the stories: the element's attributes. */
interface StatsArgs {
  site: string;
  year: number;
  headingLevel: number;
}

const LANGS = ['zh-CN', 'en', 'ar'] as const;

function stats(args: StatsArgs, lang: string, client: PortalClient) {
  return html`<portal-message-stats
    lang=${lang}
    site=${args.site}
    year=${args.year}
    heading-level=${args.headingLevel}
    .client=${client}
  ></portal-message-stats>`;
}

/** The statistics in the three languages, each with its own client answering as `answer` says. */
function trio(args: StatsArgs, answer: Answer | ((lang: string) => PortalClient), width = '') {
  return html`<div style="display: grid; gap: 2rem; max-inline-size: ${width || 'none'}">
    ${LANGS.map((lang) =>
      stats(
        args,
        lang,
        typeof answer === 'string' ? publishedMessagesClient(answer) : answer(lang),
      ),
    )}
  </div>`;
}

const meta: Meta<StatsArgs> = {
  title: 'Components/Message stats',
  component: 'portal-message-stats',
  args: { site: 'main', year: 2025, headingLevel: 2 },
  argTypes: {
    site: { control: 'text', description: 'The site whose messages are counted.' },
    year: { control: { type: 'number', min: 2000, max: 2100 }, description: 'Initial year.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A site’s messages of a year, month by month: received, replied, replied on time, ' +
          'median working days. See docs/components/message-stats.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<StatsArgs>;

/** A whole past year: the summary sentence, twelve months and the year's row. */
export const Default: Story = {
  render: (args) => trio(args, 'ok'),
};

/** A year under way: the latest month partly replied, the months to come at 0. */
export const CurrentYear: Story = {
  name: 'Year under way',
  args: { year: 2026 },
  render: (args) => trio(args, 'ok'),
};

/** A year without messages. */
export const Empty: Story = {
  args: { year: 2020 },
  render: (args) => trio(args, 'ok'),
};

/** Waiting for the server: placeholder lines where the table comes. */
export const Loading: Story = {
  render: (args) => trio(args, 'pending'),
};

/** The network is down: the reason in plain words, and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => trio(args, 'offline'),
};

/** The browser is offline: the element says so, and loads again when it is back. */
export const Offline: Story = {
  render: (args) => trio(args, 'offline'),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    for (const el of canvasElement.querySelectorAll<PortalMessageStats>('portal-message-stats')) {
      await el.updateComplete;
    }
  },
};

/** Saved figures after the network failed (the loader makes the first, successful request). */
export const Stale: Story = {
  loaders: [
    async (context) => {
      const { site, year } = context.args as StatsArgs;
      const clients: Record<string, PortalClient> = {};
      for (const lang of LANGS) {
        clients[lang] = publishedMessagesClient('flaky');
        await clients[lang].messages.stats({ site, year });
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

/** A narrow container: the table scrolls sideways in its own box, not the page. */
export const Narrow: Story = {
  render: (args) => trio(args, 'ok', '20rem'),
};
