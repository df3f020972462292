/**
 * `<portal-document-lookup>` in every state: idle, a number being read as it is typed, an
 * invalid number after submit (error summary), found, not found with suggestions, the server
 * refusing the number, loading, error, offline — in Chinese, English and Arabic (right to left).
 * Each story gets a real SDK client whose `fetch` plays the documents API
 * (stories/fixtures/document-records.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/document-lookup/define';
import type { PortalDocumentLookup } from '@portal-kit/elements/document-lookup';
import { loadingClient, offlineClient } from './fixtures/clients.js';
import { documentsClient } from './fixtures/document-records.js';

/** The controls of the stories: the element's attributes. */
interface LookupArgs {
  value: string;
  headingLevel: number;
}

function view(args: LookupArgs, client: PortalClient, lang?: string) {
  return html`<portal-document-lookup
    lang=${ifDefined(lang)}
    value=${args.value}
    heading-level=${args.headingLevel}
    document-href="#document-{id}"
    .client=${client}
  ></portal-document-lookup>`;
}

/** Looks `number` up once the element is rendered (as typing it and pressing Find would). */
function lookUp(number: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<PortalDocumentLookup>('portal-document-lookup')!;
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.lookup(number);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.loadComplete;
    await element.updateComplete;
  };
}

const meta: Meta<LookupArgs> = {
  title: 'Components/Document lookup',
  component: 'portal-document-lookup',
  args: { value: '', headingLevel: 2 },
  argTypes: {
    value: { control: 'text', description: 'A number to start with.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Find a document by its file number in any spelling, or by type, year and issuer. ' +
          'See docs/components/document-lookup.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<LookupArgs>;

/** Chinese, nothing typed yet. */
export const Chinese: Story = {
  render: (args) => view(args, documentsClient(), 'zh-CN'),
};

/** English: a number typed as people type it, found (`商资发[06]123`). */
export const EnglishFound: Story = {
  name: 'English, found',
  render: (args) => view(args, documentsClient(), 'en'),
  play: lookUp('商资发[06]123'),
};

/** Arabic, right to left: the number stays left to right inside the sentence. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL), found',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, documentsClient()),
  play: lookUp('商务部令2004年14号'),
};

/** No document has the number: the near numbers as buttons. */
export const NotFound: Story = {
  name: 'Not found, with suggestions',
  render: (args) => view(args, documentsClient()),
  play: lookUp('商资发〔2006〕125号'),
};

/** A number that cannot be read, submitted: the field's error and the error summary. */
export const Invalid: Story = {
  args: { value: '商资发2006123号' },
  render: (args) => view(args, documentsClient()),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<PortalDocumentLookup>('portal-document-lookup')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector('form')!.requestSubmit();
    await element.updateComplete;
  },
};

/** Waiting for the server: a skeleton in the reserved space. */
export const Loading: Story = {
  render: (args) => view(args, loadingClient()),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<PortalDocumentLookup>('portal-document-lookup')!;
    await element.updateComplete;
    element.lookup('商资发〔2006〕123号');
    await element.updateComplete;
  },
};

/** The network is down: the reason and Retry; what was typed stays. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => view(args, offlineClient()),
  play: lookUp('商资发〔2006〕123号'),
};

/** The browser is offline: it says so, and looks up again when the connection is back. */
export const Offline: Story = {
  render: (args) => view(args, offlineClient()),
  play: async (context) => {
    await lookUp('商资发〔2006〕123号')(context);
    window.dispatchEvent(new Event('offline'));
    await context.canvasElement.querySelector('portal-document-lookup')?.updateComplete;
  },
};
