/**
 * `<portal-message-status>` in every state: the empty form, a mistyped tracking number caught
 * before any request, loading, each step of a message (received, due today, overdue, replied,
 * published), the wrong number or code (404), a server error and offline — in Chinese, English
 * and Arabic (right to left). Each story gets a real SDK client whose `fetch` plays
 * `GET /api/v1/messages/{trackingNumber}`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient, type MessageView, type PortalClient } from '@portal-kit/sdk';
import '@portal-kit/elements/message-status/define';
import type { PortalMessageStatus } from '@portal-kit/elements/message-status';

/** The controls of the stories: the element's attributes. */
interface StatusArgs {
  headingLevel: number;
}

const CODE = '7KQ4-9XHC-2M5R-PWZ8';

/** What the demo server knows: one message per step, by tracking number. */
const MESSAGES: Record<string, MessageView> = {};
function message(
  trackingNumber: string,
  workingDaysLeft: number,
  steps: MessageView['status'][],
  reply: string | null = null,
): string {
  const at = (day: number, hour = 10) =>
    new Date(Date.UTC(2026, 10, 23 + day, hour - 8, 30)).toISOString();
  MESSAGES[trackingNumber] = {
    trackingNumber,
    site: 'main',
    kind: 'consultation',
    subject: '出口许可证申请 / Export licence applications',
    receivedAt: at(0),
    dueDate: '2026-11-30',
    workingDaysLeft,
    status: steps.at(-1)!,
    history: steps.map((status, i) => ({ status, at: at(i, 10 + i) })),
    reply: reply === null ? null : { text: reply, at: at(2, 15) },
  };
  return trackingNumber;
}

const RECEIVED = message('M26-5GV6-HW7T', 2, ['received']);
const DUE_TODAY = message('M26-AN0B-P1C1', 0, ['received', 'forwarded']);
const OVERDUE = message('M26-FT5G-V6HN', -1, ['received', 'forwarded']);
const REPLY =
  '您好，新的出口许可规定自 1 月 1 日起施行。\nThe new rule applies from 1 January.\n\n<b>纯文本 / plain text</b>';
const REPLIED = message('M26-S4FT-5GVG', -2, ['received', 'forwarded', 'replied'], REPLY);
const PUBLISHED = message(
  'M26-Y9MZ-AN0B',
  -4,
  ['received', 'forwarded', 'replied', 'published'],
  REPLY,
);

/** How the demo server answers. */
type Answer = 'ok' | 'pending' | '503' | 'offline';

/** A client whose `fetch` answers `GET /api/v1/messages/{trackingNumber}` as `answer` says. */
function statusClient(answer: Answer): PortalClient {
  const fetch: typeof globalThis.fetch = (input, init) => {
    if (answer === 'pending') return new Promise<Response>(() => {});
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const problem = (status: number) =>
      new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status }), {
        status,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    if (answer === '503') return Promise.resolve(problem(503));
    const url = new URL(input instanceof Request ? input.url : String(input));
    const number = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
    const found = MESSAGES[number];
    if (!found || headers.get('Authorization') !== `AccessCode ${CODE}`) {
      return Promise.resolve(problem(404));
    }
    return Promise.resolve(
      new Response(JSON.stringify(found), {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      }),
    );
  };
  return createClient({ baseUrl: 'https://api.portal.example', fetch, retries: 0 });
}

/** The element; with `number` and `code` it shows that message at once. */
function view(args: StatusArgs, answer: Answer, lang?: string, number?: string, code?: string) {
  return html`<portal-message-status
    lang=${ifDefined(lang)}
    heading-level=${args.headingLevel}
    tracking-number=${ifDefined(number)}
    .accessCode=${code}
    .client=${statusClient(answer)}
  ></portal-message-status>`;
}

async function ready(canvas: HTMLElement): Promise<PortalMessageStatus> {
  const element = canvas.querySelector<PortalMessageStatus>('portal-message-status')!;
  await element.updateComplete;
  for (let i = 0; i < 50 && !element.shadowRoot!.querySelector('form'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return element;
}

/** Types into a field as the reader would (one edit). */
function enter(element: PortalMessageStatus, name: string, value: string): void {
  const field = element.shadowRoot!.querySelector(`[name="${name}"]`)!;
  const control = field.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Types both codes and submits, then waits a moment for the answer. */
function submit(number: string, code = CODE, offline = false) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = await ready(canvasElement);
    if (offline) window.dispatchEvent(new Event('offline'));
    enter(element, 'trackingNumber', number);
    enter(element, 'accessCode', code);
    element.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await element.updateComplete;
  };
}

const meta: Meta<StatusArgs> = {
  title: 'Components/Message status',
  component: 'portal-message-status',
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Follow a message with its tracking number and access code: the steps, the reply and ' +
          'the working days left. See docs/components/message-status.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<StatusArgs>;

/** Chinese, nothing typed yet. */
export const Chinese: Story = {
  render: (args) => view(args, 'ok', 'zh-CN'),
};

/** English, the tracking number prefilled (e.g. from the message form's receipt). */
export const EnglishPrefilled: Story = {
  name: 'English, tracking number prefilled',
  render: (args) => view(args, 'ok', 'en', RECEIVED),
};

/** Arabic, right to left, nothing typed yet. */
export const ArabicEmpty: Story = {
  name: 'Arabic (RTL), empty',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, 'ok'),
};

/** A mistyped tracking number (one character changed): caught before any request. */
export const Mistyped: Story = {
  name: 'Mistyped tracking number',
  render: (args) => view(args, 'ok', 'en'),
  play: submit('M26-5GV6-HW1T'),
};

/** Loading: the skeleton in the space reserved for the answer. */
export const Loading: Story = {
  render: (args) => view(args, 'pending', 'en', RECEIVED, CODE),
};

/** Received, 2 working days left. */
export const Received: Story = {
  name: 'Received (2 working days left)',
  render: (args) => view(args, 'ok', 'en', RECEIVED, CODE),
};

/** Forwarded to a department, due today. */
export const DueToday: Story = {
  name: 'Forwarded, due today',
  render: (args) => view(args, 'ok', 'zh-CN', DUE_TODAY, CODE),
};

/** Overdue by 1 working day. */
export const Overdue: Story = {
  name: 'Overdue',
  render: (args) => view(args, 'ok', 'en', OVERDUE, CODE),
};

/** Replied: the reply as plain text, line breaks kept. */
export const Replied: Story = {
  render: (args) => view(args, 'ok', 'zh-CN', REPLIED, CODE),
};

/** Published with its reply, in Arabic (right to left). */
export const PublishedArabic: Story = {
  name: 'Published, Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, 'ok', undefined, PUBLISHED, CODE),
};

/** A wrong access code: the same answer as an unknown number (404). */
export const WrongCode: Story = {
  name: 'Wrong number or code (404)',
  render: (args) => view(args, 'ok', 'en'),
  play: submit(RECEIVED, 'AAAA-BBBB-CCCC-DDDD'),
};

/** A server error: Retry. */
export const ServerError: Story = {
  name: 'Server error',
  render: (args) => view(args, '503', 'zh-CN', RECEIVED, CODE),
};

/** Offline: says so, and asks again when the connection is back. */
export const Offline: Story = {
  render: (args) => view(args, 'offline', 'en'),
  play: submit(RECEIVED, CODE, true),
};
