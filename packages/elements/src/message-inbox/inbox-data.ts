/**
 * Where `<portal-message-inbox>` gets its data: a staff token's pages of messages, and one
 * opened message (through the detail module, loaded on first use).
 */
import type { ReactiveElement } from 'lit';
import type { CoreClient, StaffMessage, StaffMessagesPage } from '@portal-kit/sdk';
import type { BaseLocalizeController } from '@portal-kit/i18n';
import { addStyles } from '../base/lazy.js';
import type { LazyModule } from '../base/lazy.js';
import { clientId } from '../client.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { RecordController } from '../controllers/record-controller.js';
import type * as DetailModule from './detail-view.js';
import type { Detail } from './detail-view.js';
import type { InboxFilter } from './inbox-views.js';

/** The header a staff token is sent in. */
export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

type Host = ReactiveElement;

/** The pages of the token's messages under `filter`, due first (the server's order). */
export function inboxList(
  host: Host,
  s: {
    client(): CoreClient | undefined;
    token(): string | null;
    filter(): InboxFilter;
    size(): number;
    localize: Pick<BaseLocalizeController, 'tOf'>;
    onPage(items: readonly StaffMessage[], page: StaffMessagesPage, more: boolean): void;
    onError(error: unknown): void;
  },
) {
  type Args = { client: CoreClient; token: string; filter: InboxFilter; size: number };
  return new PagedListController<Args, StaffMessage>(host, {
    args: () => {
      const client = s.client();
      const token = s.token();
      return client && token ? { client, token, filter: s.filter(), size: s.size() } : null;
    },
    key: ({ client, token, filter, size }) => `${clientId(client)} ${token} ${filter} ${size}`,
    fetchPage: ({ client, token, filter, size }, cursor, { signal }) =>
      client.request('GET', '/staff/messages', {
        headers: auth(token),
        query: { status: filter, limit: size, cursor },
        signal,
      }),
    localize: s.localize,
    onPage: (items, page, more) => s.onPage(items, page as StaffMessagesPage, more),
    onError: s.onError,
  });
}

/** The opened message with the departments to forward to; `n` counts openings (reload). */
export function inboxDetail(
  host: Host,
  s: {
    client(): CoreClient | undefined;
    token(): string | null;
    opened(): { number: string; n: number } | null;
    views: LazyModule<typeof DetailModule>;
    onError(error: unknown): void;
  },
) {
  type Args = { client: CoreClient; token: string; number: string; n: number };
  return new RecordController<Args, Detail>(host, {
    args: () => {
      const client = s.client();
      const token = s.token();
      const opened = s.opened();
      return client && token && opened ? { client, token, ...opened } : null;
    },
    key: ({ client, token, number, n }) => `${clientId(client)} ${token} ${number} ${n}`,
    load: async ({ client, token, number }, { signal }) => {
      const views = await s.views.get();
      if (!views) throw new Error("Portal Kit: the message's view could not be loaded.");
      addStyles(host, [views.detailStyles]);
      return views.loadDetail(client, auth(token), number, signal);
    },
    onError: s.onError,
  });
}
