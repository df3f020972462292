/**
 * `<portal-message-inbox>` in every state: the sign-in, loading, the list with overdue messages,
 * empty, the detail, the reply's error summary, a conflict (409), forward offered (main site) or
 * not, the publish preview, a refused token (401) and offline — in Chinese, English and Arabic
 * (right to left). Each story gets a real SDK client whose `fetch` plays the staff API with the
 * server's rules (docs/api/staff.md).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient, type PortalClient, type StaffMessage } from '@portal-kit/sdk';
import '@portal-kit/elements/message-inbox/define';
import type { PortalMessageInbox } from '@portal-kit/elements/message-inbox';

interface InboxArgs {
  headingLevel: number;
}

const MAIN = `pks_${'M'.repeat(43)}`;
const WMS = `pks_${'W'.repeat(43)}`;

function message(
  trackingNumber: string,
  handledBy: string,
  workingDaysLeft: number,
  extra: Partial<StaffMessage> = {},
): StaffMessage {
  const at = new Date(Date.UTC(2026, 10, 20, 2, 30)).toISOString();
  return {
    trackingNumber,
    site: handledBy,
    handledBy,
    kind: 'consultation',
    subject: '出口许可证申请 / Export licence applications',
    body: '您好：\n请问新的出口许可规定何时施行？电话 13812345678\n<b>plain text</b>',
    name: '张三',
    email: 'zhang@example.cn',
    phone: '13812345678',
    publish: true,
    lang: 'zh-CN',
    receivedAt: at,
    dueDate: '2026-11-27',
    workingDaysLeft,
    overdue: workingDaysLeft < 0 && !extra.reply,
    status: 'received',
    history: [{ status: 'received', at }],
    reply: null,
    publication: {
      subject: '出口许可证申请 / Export licence applications',
      body: '您好：\n请问新的出口许可规定何时施行？电话 ＊＊＊\n<b>plain text</b>',
      reply: null,
      publishedAt: null,
    },
    ...extra,
  };
}

const REPLIED_AT = new Date(Date.UTC(2026, 10, 23, 7)).toISOString();
const MESSAGES: StaffMessage[] = [
  message('M26-137B-DHKN', 'wms', -3),
  message('M26-26EP-T26F', 'wms', 0),
  message('M26-39N1-7KSK', 'wms', 2),
  message('M26-8RRR-88RQ', 'wms', -1, {
    status: 'replied',
    reply: { text: '您好，新规定自 1 月 1 日起施行。', at: REPLIED_AT },
    history: [
      { status: 'received', at: REPLIED_AT },
      { status: 'replied', at: REPLIED_AT },
    ],
    publication: {
      subject: '出口许可证申请',
      body: '请问新的出口许可规定何时施行？电话 ＊＊＊',
      reply: '您好，新规定自 1 月 1 日起施行。',
      publishedAt: null,
    },
  }),
  message('M26-AY6E-2AYS', 'main', 3),
];

type Answer = 'ok' | 'empty' | 'pending' | 'offline' | '401' | '409';

function inboxClient(answer: Answer): PortalClient {
  const json = (body: unknown, status = 200) =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: {
          'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
          'Cache-Control': 'no-store',
        },
      }),
    );
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    if (answer === 'pending') return new Promise<Response>(() => {});
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (url.pathname === '/api/v1/sites') {
      return json({
        items: [
          { id: 'wms', kind: 'department', names: { 'zh-CN': '对外贸易司', en: 'Foreign Trade' } },
          { id: 'zhs', kind: 'department', names: { 'zh-CN': '综合司', en: 'General Affairs' } },
        ],
      });
    }
    const token = request.headers.get('Authorization')?.replace('Bearer ', '');
    const sites = token === MAIN ? ['main'] : token === WMS ? ['wms'] : null;
    if (answer === '401' || !sites) return json({ title: 'Unauthorized', status: 401 }, 401);
    const mine = MESSAGES.filter((m) => sites.includes(m.handledBy));
    const parts = url.pathname.split('/');
    if (parts.length === 5) {
      const items = answer === 'empty' ? [] : mine;
      return json({ items, nextCursor: null, total: items.length });
    }
    const found = mine.find((m) => m.trackingNumber === parts[5]);
    if (!found) return json({ title: 'Not found', status: 404 }, 404);
    if (request.method === 'POST') {
      if (answer === '409') return json({ title: 'Conflict', status: 409 }, 409);
      return json({ ...found, status: 'replied', reply: { text: 'OK', at: REPLIED_AT } });
    }
    return json(found);
  };
  return createClient({ baseUrl: 'https://api.portal.example', fetch, retries: 0 });
}

function view(args: InboxArgs, answer: Answer, token?: string, lang?: string) {
  return html`<portal-message-inbox
    lang=${ifDefined(lang)}
    heading-level=${args.headingLevel}
    .token=${token}
    .client=${inboxClient(answer)}
  ></portal-message-inbox>`;
}

const pause = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

async function ready(canvas: HTMLElement): Promise<PortalMessageInbox> {
  const element = canvas.querySelector<PortalMessageInbox>('portal-message-inbox')!;
  await element.updateComplete;
  await pause();
  return element;
}

/** Opens a message, then runs `then` (a step in its detail). */
function open(number: string, then?: (element: PortalMessageInbox) => Promise<void> | void) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = await ready(canvasElement);
    element.open(number);
    await pause(300);
    await then?.(element);
    await element.updateComplete;
  };
}

const click = (element: PortalMessageInbox, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector)?.click();

function typeReply(element: PortalMessageInbox, text: string): void {
  const field = element.shadowRoot!.querySelector('form[part~="reply"] portal-text-field')!;
  const control = field.shadowRoot!.querySelector<HTMLTextAreaElement>('#control')!;
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const meta: Meta<InboxArgs> = {
  title: 'Components/Message inbox',
  component: 'portal-message-inbox',
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The staff inbox: messages due first, reply, forward, publish. See ' +
          'docs/components/message-inbox.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<InboxArgs>;

export const SignInChinese: Story = {
  name: 'Sign-in (zh-CN)',
  render: (args) => view(args, 'ok', undefined, 'zh-CN'),
};

export const SignInEnglish: Story = {
  name: 'Sign-in (en)',
  render: (args) => view(args, 'ok', undefined, 'en'),
};

export const Loading: Story = { render: (args) => view(args, 'pending', WMS, 'en') };

export const ListWithOverdue: Story = {
  name: 'List with overdue (zh-CN)',
  render: (args) => view(args, 'ok', WMS, 'zh-CN'),
};

export const ListArabic: Story = {
  name: 'List (Arabic, RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, 'ok', WMS),
};

export const Empty: Story = { render: (args) => view(args, 'empty', WMS, 'en') };

export const Detail: Story = {
  name: 'Detail (en)',
  render: (args) => view(args, 'ok', WMS, 'en'),
  play: open('M26-137B-DHKN'),
};

export const ReplyErrorSummary: Story = {
  name: 'Reply: error summary',
  render: (args) => view(args, 'ok', WMS, 'en'),
  play: open('M26-137B-DHKN', (element) => click(element, '[part~="reply-button"]')),
};

export const Conflict: Story = {
  name: 'Reply: 409 conflict',
  render: (args) => view(args, '409', WMS, 'en'),
  play: open('M26-137B-DHKN', async (element) => {
    typeReply(element, 'Another text');
    click(element, '[part~="reply-button"]');
    await pause(300);
  }),
};

export const ForwardOffered: Story = {
  name: 'Forward offered (main site, zh-CN)',
  render: (args) => view(args, 'ok', MAIN, 'zh-CN'),
  play: open('M26-AY6E-2AYS'),
};

export const ForwardNotOffered: Story = {
  name: 'Forward not offered (department)',
  render: (args) => view(args, 'ok', WMS, 'en'),
  play: open('M26-39N1-7KSK'),
};

export const PublishPreview: Story = {
  name: 'Publish preview (ar)',
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => view(args, 'ok', WMS),
  play: open('M26-8RRR-88RQ'),
};

export const Unauthorized: Story = {
  name: 'Token refused (401)',
  render: (args) => view(args, '401', WMS, 'en'),
};

export const Offline: Story = {
  render: (args) => view(args, 'offline', WMS, 'en'),
  play: async () => {
    window.dispatchEvent(new Event('offline'));
    await pause();
  },
};
