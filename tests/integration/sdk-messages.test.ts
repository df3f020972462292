/**
 * The SDK's messages calls against the real reference server on loopback (in-memory PGlite):
 * a message sent, sent again with its key (the same receipt), read back with its access code
 * typed carelessly; the server's 400 naming every field; the typed 404.
 */
import {
  createClient,
  createIdempotencyKey,
  PortalHttpError,
  type MessageReceipt,
  type PortalClient,
} from '@portal-kit/sdk';
import { startServer } from '@portal-kit/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

let server: Awaited<ReturnType<typeof startServer>>;
let client: PortalClient;

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: 'memory', seed: { documents: 0 } });
  client = createClient({ baseUrl: server.url, retryDelayMs: 0 });
});
afterAll(async () => {
  await server?.close();
});

const message = {
  site: 'main',
  kind: 'complaint',
  subject: ' 网站无法打开 <script>alert(1)</script> ',
  body: '第一行\n第二行',
  phone: '010-6519 8888',
  publish: true,
} as const;

describe('SDK messages ↔ reference server', () => {
  it('sends a message once per key and reads it back with its access code', async () => {
    const idempotencyKey = createIdempotencyKey();
    const receipt = await client.messages.submit(message, { idempotencyKey });
    expectTypeOf(receipt).toEqualTypeOf<MessageReceipt>();
    expect(receipt.status).toBe('received');
    expect(await client.messages.submit(message, { idempotencyKey })).toEqual(receipt);

    const view = await client.messages.status(
      receipt.trackingNumber.toLowerCase(),
      ` ${receipt.accessCode.toLowerCase().replace(/-/g, ' ')} `,
    );
    expect(view).toMatchObject({
      trackingNumber: receipt.trackingNumber,
      subject: '网站无法打开 <script>alert(1)</script>',
      dueDate: receipt.dueDate,
      status: 'received',
      reply: null,
    });
    expect(view.history).toEqual([{ status: 'received', at: receipt.receivedAt }]);
  });

  it("surfaces the server's 422 and 404 as typed errors", async () => {
    const idempotencyKey = createIdempotencyKey();
    const { trackingNumber } = await client.messages.submit(message, { idempotencyKey });
    const reused = await client.messages
      .submit({ ...message, body: 'another' }, { idempotencyKey })
      .catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(PortalHttpError);
    expect((reused as PortalHttpError).status).toBe(422);
    const wrong = await client.messages
      .status(trackingNumber, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ')
      .catch((e: unknown) => e);
    expect((wrong as PortalHttpError).status).toBe(404);
  });

  it('gets a 400 naming every field the server refuses', async () => {
    const error = await client
      .request('POST', '/messages', {
        body: { site: 'atlantis', kind: 'complaint', subject: 's', body: 'b', extra: true },
        idempotent: true,
      })
      .catch((e: unknown) => e);
    expect((error as PortalHttpError).status).toBe(400);
    const params = (error as PortalHttpError).problem?.errors?.map((e) => e.param);
    expect(params?.sort()).toEqual(['extra', 'site']);
  });
});
