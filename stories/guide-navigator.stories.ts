/**
 * `<portal-guide-navigator>` in every state: the investment guide in Chinese, English and Arabic
 * (right to left), a section, a service item's page (steps with "all of" / "one of", the decision
 * date), a withdrawn item, the filter with matches and with none, loading, empty, error, offline
 * and stale. Each story gets a real SDK client whose `fetch` plays the guides API
 * (stories/fixtures/guides.ts). The node shown is kept out of the URL (`no-url-state`).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/guide-navigator/define';
import type { PortalGuideNavigator } from '@portal-kit/elements/guide-navigator';
import { loadingClient, offlineClient } from './fixtures/clients.js';
import { emptyGuideClient, flakyGuidesClient, guidesClient } from './fixtures/guides.js';

/** The controls of the stories: the element's attributes. */
interface GuideArgs {
  headingLevel: number;
  today: string;
}

function view(args: GuideArgs, client: PortalClient, lang?: string) {
  return html`<portal-guide-navigator
    lang=${ifDefined(lang)}
    guide="investment"
    heading-level=${args.headingLevel}
    today=${ifDefined(args.today || undefined)}
    document-href="#document-{id}"
    no-url-state
    .client=${client}
  ></portal-guide-navigator>`;
}

/** The element of a story, once its guide (and the service item shown) has loaded. */
async function settled(canvas: HTMLElement): Promise<PortalGuideNavigator> {
  const el = canvas.querySelector('portal-guide-navigator')!;
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

/** Opens `id` once the guide is here, and waits for its page. */
const opening =
  (id: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await settled(canvasElement);
    el.show(id);
    await el.updateComplete;
    await el.serviceComplete;
    await el.updateComplete;
  };

/** Types `text` in the filter. */
const filtering =
  (text: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await settled(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="filter"]')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  };

const meta: Meta<GuideArgs> = {
  title: 'Components/Guide navigator',
  component: 'portal-guide-navigator',
  args: { headingLevel: 2, today: '' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Title level.' },
    today: {
      control: 'text',
      description: 'The day time limits count from (YYYY-MM-DD); empty: today.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A business guide as disclosure navigation with a filter, breadcrumbs and the section ' +
          'or service item shown. See docs/components/guide-navigator.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<GuideArgs>;

/** Chinese: the guide's overview. */
export const Chinese: Story = { render: (args) => view(args, guidesClient(), 'zh-CN') };

/** English: the guide in English; one section is not translated and says so when opened. */
export const English: Story = { render: (args) => view(args, guidesClient(), 'en') };

/** Arabic, right to left: the tree on the right, texts in Chinese (not translated), noted. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  render: (args) => view(args, guidesClient(), 'ar'),
  play: opening('investment.fdi.entry'),
};

/** A section deep in the tree: breadcrumbs, its text, its own nodes. */
export const Section: Story = {
  render: (args) => view(args, guidesClient()),
  play: opening('investment.fdi.entry.negative-list'),
};

/** A service item's page, in Chinese. */
export const ServiceChinese: Story = {
  name: 'Service item (Chinese)',
  render: (args) => view(args, guidesClient(), 'zh-CN'),
  play: opening('foreign-investment-report'),
};

/** A service item's page, in English: steps with "all of" and "one of", decision dates. */
export const ServiceEnglish: Story = {
  name: 'Service item (English)',
  render: (args) => view(args, guidesClient(), 'en'),
  play: opening('foreign-investment-report'),
};

/** A service item's page, in Arabic (right to left). */
export const ServiceArabic: Story = {
  name: 'Service item (Arabic, RTL)',
  render: (args) => view(args, guidesClient(), 'ar'),
  play: opening('foreign-investment-report'),
};

/** A day past the holiday calendar: the time limits say the date cannot be told yet. */
export const OutOfCalendar: Story = {
  name: 'Decision date out of the calendar',
  args: { today: '2099-03-02' },
  render: (args) => view(args, guidesClient()),
  play: opening('foreign-investment-report'),
};

/** A withdrawn item: its date and note, no offer. */
export const Withdrawn: Story = {
  render: (args) => view(args, guidesClient()),
  play: opening('foreign-trade-operator-registration'),
};

/** The filter: matches marked, the sections above them kept. */
export const Filtered: Story = {
  render: (args) => view(args, guidesClient(), 'en'),
  play: filtering('report'),
};

/** The filter matches nothing: says so, with Clear. */
export const NoMatch: Story = {
  name: 'Filter without a match',
  render: (args) => view(args, guidesClient()),
  play: filtering('zzz'),
};

/** Waiting for the server: a skeleton in the space reserved, `aria-busy`. */
export const Loading: Story = { render: (args) => view(args, loadingClient()) };

/** A guide with no sections yet. */
export const Empty: Story = { render: (args) => view(args, emptyGuideClient()) };

/** The network is down and nothing is cached: the reason and Retry. */
export const ErrorState: Story = { name: 'Error', render: (args) => view(args, offlineClient()) };

/** The browser is offline: it says so, and loads again when the connection is back. */
export const Offline: Story = {
  render: (args) => view(args, offlineClient()),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    await canvasElement.querySelector('portal-guide-navigator')?.updateComplete;
  },
};

/** The network failed after an earlier success: the saved guide under a notice with Retry. */
export const Stale: Story = {
  loaders: [
    async (context) => {
      const client = flakyGuidesClient();
      const lang = String(context.globals.locale ?? 'zh-CN');
      await client.request('GET', '/guides/{id}', {
        params: { id: 'investment' },
        query: { lang },
      });
      return { client };
    },
  ],
  render: (args, context) => view(args, (context.loaded as { client: PortalClient }).client),
};
