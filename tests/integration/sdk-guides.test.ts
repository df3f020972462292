/**
 * The SDK's guides and services resources against the real reference server on loopback
 * (in-memory PGlite, the default seed): the six guides, a guide's tree rebuilt from `parent`,
 * English with the Chinese fallback, the withdrawn item, search, a legal basis that opens its
 * document, the due date of a time limit with the SDK's working days, and the errors.
 */
import {
  addWorkingDays,
  createClient,
  GUIDE_IDS,
  PortalHttpError,
  PortalValidationError,
  type PortalClient,
} from '@portal-kit/sdk';
import { startServer } from '@portal-kit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: Awaited<ReturnType<typeof startServer>>;
let client: PortalClient;

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: 'memory', logger: false });
  client = createClient({ baseUrl: server.url, retries: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe('SDK guides ↔ reference server', () => {
  it('lists the six guides and gets each tree, every parent before its children', async () => {
    const { items } = await client.guides.list();
    expect(items.map((g) => g.id)).toEqual([...GUIDE_IDS]);
    for (const summary of items) {
      const guide = await client.guides.get(summary.id);
      const before = new Set<string>();
      for (const node of guide.nodes) {
        if (node.parent !== null) expect(before.has(node.parent), node.id).toBe(true);
        before.add(node.id);
      }
      expect(guide.nodes.filter((n) => n.kind === 'service')).toHaveLength(summary.services);
    }
  });

  it('answers in English, and in Chinese where a language has no text', async () => {
    const en = createClient({ baseUrl: server.url, retries: 0, lang: 'en' });
    expect((await en.guides.get('investment')).title).toBe('Investment Guide');
    const fr = await client.guides.get('investment', { lang: 'fr' });
    expect(fr.lang).toBe('zh-CN');
    expect(fr.title).toBe('投资指南');
  });

  it('shows the foreign-trade operator registration as withdrawn since 2022-12-30', async () => {
    const item = await client.services.get('foreign-trade-operator-registration', { lang: 'en' });
    expect(item).toMatchObject({ status: 'withdrawn', withdrawnOn: '2022-12-30' });
    expect(item.withdrawnNote).toMatch(/article 9/);
    const withdrawn = await client.services.list({ status: 'withdrawn' });
    expect(withdrawn.items.map((s) => s.id)).toEqual(['foreign-trade-operator-registration']);
  });

  it('searches the items and opens the legal basis of the dual-use licence', async () => {
    const found = await client.services.list({ q: '两用 许可' });
    expect(found.items.map((s) => s.id)).toEqual(['dual-use-export-licence']);
    expect(found.items[0]?.path.map((p) => p.id)).toEqual([
      'foreign-trade',
      'foreign-trade.export-control',
    ]);
    const item = await client.services.get('dual-use-export-licence');
    const basis = item.legalBasis.find((b) => b.documentId !== null);
    expect(basis?.documentId).toBe('state-council-order-792');
    const doc = await client.documents.get(basis!.documentId!);
    expect(doc.fileNumber?.canonical).toBe('国务院令第792号');
    // "Apply today → decision by": the statutory limit in working days from a fixed day.
    expect(item.timeLimit.statutory).toBe(45);
    // 2026-06-01 + 45 working days (the Dragon Boat Festival on 2026-06-19 off): 2026-08-04.
    const due = addWorkingDays('2026-06-01', item.timeLimit.statutory!);
    expect(due.toISOString()).toBe('2026-08-03T16:00:00.000Z');
  });

  it('rejects an unknown item with a 404 and a bad query before sending it', async () => {
    const error = await client.services.get('no-such-item').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(404);
    await expect(client.services.list({ q: 'x'.repeat(101) })).rejects.toBeInstanceOf(
      PortalValidationError,
    );
  });
});
