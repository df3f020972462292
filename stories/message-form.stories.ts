/**
 * `<portal-message-form>` in every state: empty, a restored draft, errors with the summary, the
 * personal-data warning, sending, offline (queued), the server refusing values (400), too large
 * (413), too many (429), a server error, and the receipt — in Chinese, English and Arabic (right
 * to left). Each story gets a real SDK client whose `fetch` plays `POST /api/v1/messages`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient, type PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/message-form/define';
import type { PortalMessageForm } from '@portal-kit/elements/message-form';

/** The controls of the stories: the element's attributes. */
interface MessageArgs {
  headingLevel: number;
}

/** How the demo server answers a message. */
type Answer = 'ok' | 'pending' | '400' | '413' | '429' | '503';

/** A client whose `fetch` answers `POST /api/v1/messages` as `answer` says. */
function messagesClient(answer: Answer): PortalClient {
  const problem = (status: number, extra: Record<string, unknown> = {}, headers = {}) =>
    new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, ...extra }), {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    });
  const fetch: typeof globalThis.fetch = () => {
    if (answer === 'pending') return new Promise<Response>(() => {});
    if (answer === '400') {
      return Promise.resolve(
        problem(400, { errors: [{ param: 'subject', message: 'Subject refused' }] }),
      );
    }
    if (answer === '413') return Promise.resolve(problem(413));
    if (answer === '429') return Promise.resolve(problem(429, {}, { 'Retry-After': '600' }));
    if (answer === '503') return Promise.resolve(problem(503));
    const receipt = {
      trackingNumber: 'M2026000123',
      accessCode: 'Uf7kKmjPVCBd',
      receivedAt: '2026-12-01T02:30:00Z',
      dueDate: '2026-12-08',
      status: 'received',
    };
    return Promise.resolve(
      new Response(JSON.stringify(receipt), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  };
  return createClient({ baseUrl: 'https://api.portal.example', fetch, retries: 0 });
}

let sites = 0;

function view(args: MessageArgs, answer: Answer, lang?: string, site?: string) {
  sites += 1;
  return html`<portal-message-form
    lang=${ifDefined(lang)}
    site=${site ?? `story-${Date.now().toString(36)}-${sites}`}
    heading-level=${args.headingLevel}
    .client=${messagesClient(answer)}
  ></portal-message-form>`;
}

async function ready(canvas: HTMLElement): Promise<PortalMessageForm> {
  const element = canvas.querySelector<PortalMessageForm>('portal-message-form')!;
  await element.updateComplete;
  for (let i = 0; i < 50 && !element.shadowRoot!.querySelector('form'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return element;
}

/** Types into a field as the reader would (one edit). */
function enter(element: PortalMessageForm, name: string, value: string): void {
  const field = element.shadowRoot!.querySelector(`[name="${name}"]`)!;
  const control = field.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills the form (and sends it when `send`), then waits for the state it reaches. */
function fill(body: string, send = true) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = await ready(canvasElement);
    enter(element, 'kind', 'consultation');
    enter(element, 'subject', '出口许可证 / Export licences');
    enter(element, 'body', body);
    await new Promise((resolve) => setTimeout(resolve, 600));
    if (send) element.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await element.updateComplete;
  };
}

const meta: Meta<MessageArgs> = {
  title: 'Components/Message form',
  component: 'portal-message-form',
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Send a question, suggestion or complaint; get a tracking number and an access code. ' +
          'See docs/components/message-form.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<MessageArgs>;

/** Chinese, nothing typed yet. */
export const Chinese: Story = {
  render: (args) => view(args, 'ok', 'zh-CN'),
};

/** English, sent: the tracking number and access code with copy buttons, and the due date. */
export const EnglishSent: Story = {
  name: 'English, sent (receipt)',
  render: (args) => view(args, 'ok', 'en'),
  play: fill('When does the new export licence rule apply?'),
};

/** Arabic, right to left: the receipt. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL), sent',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, 'ok'),
  play: fill('متى تُطبَّق القاعدة الجديدة؟'),
};

/** Arabic, right to left, writing. */
export const ArabicWriting: Story = {
  name: 'Arabic (RTL), writing',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, 'ok'),
  play: fill('متى تُطبَّق القاعدة الجديدة؟', false),
};

/** A draft kept on the device from an earlier visit, restored. */
export const DraftRestored: Story = {
  name: 'Draft restored',
  render: (args) => {
    const site = `story-draft-${Date.now().toString(36)}`;
    localStorage.setItem(
      `portal-kit:message-draft:${site}`,
      JSON.stringify({
        key: 'story-draft-key-0001',
        values: {
          kind: 'suggestion',
          subject: 'Opening hours',
          body: 'Please answer the phone line at lunchtime too.',
          name: '',
          email: '',
          phone: '',
          publish: true,
        },
      }),
    );
    return view(args, 'ok', 'en', site);
  },
};

/** Submitted empty: every error in the summary, linked to its field. */
export const Invalid: Story = {
  render: (args) => view(args, 'ok', 'en'),
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    element.requestSubmit();
    await element.updateComplete;
  },
};

/** The message seems to hold a phone number and an email address: a warning, not an error. */
export const PersonalData: Story = {
  name: 'Personal data warning',
  render: (args) => view(args, 'ok', 'en'),
  play: fill('Call me on 138 1234 5678 or write to ada@example.com.', false),
};

/** Sending: the button refuses a second press. */
export const Sending: Story = {
  render: (args) => view(args, 'pending', 'en'),
  play: fill('When does the new export licence rule apply?'),
};

/** Offline: the message is kept and goes when the connection is back. */
export const Offline: Story = {
  name: 'Offline (queued)',
  render: (args) => view(args, 'ok', 'en'),
  play: async (context) => {
    await ready(context.canvasElement);
    window.dispatchEvent(new Event('offline'));
    await fill('When does the new export licence rule apply?')(context);
  },
};

/** The server refused the subject (400): shown on the field and in the summary. */
export const Refused: Story = {
  name: 'Refused by the server (400)',
  render: (args) => view(args, '400', 'en'),
  play: fill('When does the new export licence rule apply?'),
};

/** Too large (413). */
export const TooLarge: Story = {
  name: 'Too large (413)',
  render: (args) => view(args, '413', 'en'),
  play: fill('When does the new export licence rule apply?'),
};

/** Too many messages (429): when to try again. */
export const RateLimited: Story = {
  name: 'Too many (429)',
  render: (args) => view(args, '429', 'zh-CN'),
  play: fill('新的出口许可规定何时实施？'),
};

/** A server error: the message is kept; Retry. */
export const ServerError: Story = {
  name: 'Server error',
  render: (args) => view(args, '503', 'zh-CN'),
  play: fill('新的出口许可规定何时实施？'),
};
