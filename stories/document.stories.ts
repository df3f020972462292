/**
 * `<portal-document>` in every state: a document in Chinese, in English, in Arabic (right to
 * left, shown in Chinese with the notice saying so), loading, no such document, error, offline
 * and stale. Each story gets a real SDK client whose `fetch` plays the documents API
 * (stories/fixtures/document-records.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/document/define';
import { loadingClient, offlineClient } from './fixtures/clients.js';
import { documentsClient, flakyDocumentsClient } from './fixtures/document-records.js';

/** The controls of the stories: the element's attributes. */
interface DocumentArgs {
  documentId: string;
  headingLevel: number;
}

function view(args: DocumentArgs, client: PortalClient, lang?: string) {
  return html`<portal-document
    lang=${ifDefined(lang)}
    document-id=${args.documentId}
    heading-level=${args.headingLevel}
    document-href="#document-{id}"
    .client=${client}
  ></portal-document>`;
}

const meta: Meta<DocumentArgs> = {
  title: 'Components/Document',
  component: 'portal-document',
  args: { documentId: 'mofcom-order-2004-14', headingLevel: 2 },
  argTypes: {
    documentId: {
      control: 'select',
      options: ['mofcom-order-2004-14', 'mofcom-2006-123', 'mofcom-2018-486', 'no-such-document'],
      description: 'The document to show.',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Title level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One official document: metadata, body, attachments, interpretations and relations, in ' +
          'the reader’s language or in Chinese with a notice. See docs/components/document.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<DocumentArgs>;

/** Chinese: the document as published. */
export const Chinese: Story = {
  render: (args) => view(args, documentsClient(), 'zh-CN'),
};

/** English: the document has an English text. */
export const English: Story = {
  render: (args) => view(args, documentsClient(), 'en'),
};

/** Arabic, right to left: no Arabic text, so Chinese with a notice (`lang="zh-CN"` on it). */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL, Chinese fallback)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, documentsClient()),
};

/** A repealed document: the badge stands out and names the document that repealed it. */
export const Repealed: Story = {
  args: { documentId: 'mofcom-2006-123' },
  render: (args) => view(args, documentsClient(), 'en'),
};

/** Waiting for the server: a skeleton, `aria-busy`. */
export const Loading: Story = {
  render: (args) => view(args, loadingClient()),
};

/** The id names no document: "There is no such document". */
export const NotFound: Story = {
  name: 'No such document',
  args: { documentId: 'no-such-document' },
  render: (args) => view(args, documentsClient()),
};

/** The network is down and nothing is cached: the reason and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => view(args, offlineClient()),
};

/** The browser is offline: it says so, and loads again when the connection is back. */
export const Offline: Story = {
  render: (args) => view(args, offlineClient()),
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    await canvasElement.querySelector('portal-document')?.updateComplete;
  },
};

/** The network failed after an earlier success: the saved document under a notice with Retry. */
export const Stale: Story = {
  loaders: [
    async (context) => {
      const client = flakyDocumentsClient();
      const lang = String(context.globals.locale ?? 'zh-CN');
      const { documentId } = context.args as DocumentArgs;
      await client.request('GET', '/documents/{id}', {
        params: { id: documentId },
        query: { lang },
      });
      return { client };
    },
  ],
  render: (args, context) => view(args, (context.loaded as { client: PortalClient }).client),
};
