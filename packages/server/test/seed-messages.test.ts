/**
 * The demo messages of the seed: deterministic, three years up to the reference date, the main
 * site and departments, forwarded, replied mostly on time, published without personal data.
 */
import { createHash } from 'node:crypto';
import { workingDaysBetween } from '@portal-kit/sdk';
import { describe, expect, it } from 'vitest';
import { DEMO_MESSAGES, generateMessages } from '../src/seed/messages/index.js';
import { DEFAULT_SEED, SEED_REFERENCE_DATE } from '../src/seed/seed.js';

const options = { seed: DEFAULT_SEED, referenceDate: SEED_REFERENCE_DATE, count: DEMO_MESSAGES };
const messages = generateMessages(options);

const share = (pick: (m: (typeof messages)[number]) => boolean) =>
  messages.filter(pick).length / messages.length;

describe('demo messages', () => {
  it('are the same every time', () => {
    const digest = (list: unknown) =>
      createHash('sha256').update(JSON.stringify(list)).digest('hex');
    expect(digest(generateMessages(options))).toBe(digest(messages));
    expect(digest(generateMessages({ ...options, seed: 7 }))).not.toBe(digest(messages));
    expect(messages).toHaveLength(DEMO_MESSAGES);
    expect(new Set(messages.map((m) => m.trackingNumber)).size).toBe(DEMO_MESSAGES);
  });

  it('span three calendar years up to the reference date, for the main site and departments', () => {
    const first = messages[0]!.receivedAt.toISOString();
    const last = messages[messages.length - 1]!.receivedAt.getTime();
    expect(first.startsWith('2023-12-31T') || first.startsWith('2024-01-01')).toBe(true);
    expect(last).toBeLessThanOrEqual(SEED_REFERENCE_DATE.getTime());
    const sites = new Set(messages.map((m) => m.site));
    expect(sites.has('main')).toBe(true);
    expect(sites.size).toBeGreaterThanOrEqual(5);
    expect(share((m) => m.site === 'main' && m.handledBy !== 'main')).toBeGreaterThan(0.2);
    expect(share((m) => m.lang === 'en')).toBeGreaterThan(0.02);
  });

  it('are replied mostly within 5 working days, some late, some still open', () => {
    const replied = messages.filter((m) => m.repliedAt !== null);
    const late = replied.filter((m) => m.repliedAt!.toISOString().slice(0, 10) > m.dueDate);
    expect(late.length / replied.length).toBeGreaterThan(0.03);
    expect(late.length / replied.length).toBeLessThan(0.15);
    for (const m of replied.slice(0, 300)) {
      expect(m.repliedAt!.getTime()).toBeGreaterThan(m.receivedAt.getTime());
      expect(workingDaysBetween(m.receivedAt, m.repliedAt!)).toBeLessThanOrEqual(9);
    }
    expect(messages.some((m) => m.status === 'received')).toBe(true);
    expect(messages.some((m) => m.status === 'forwarded')).toBe(true);
  });

  it('publish only with consent, and never the personal data of the originals', () => {
    const published = messages.filter((m) => m.published !== null);
    expect(published.length).toBeGreaterThan(DEMO_MESSAGES / 4);
    for (const m of published) {
      expect(m.publish).toBe(true);
      const texts = JSON.stringify(m.published);
      for (const secret of [m.name, m.email, m.phone]) {
        if (secret) expect(texts).not.toContain(secret);
      }
      expect(m.published!.at.getTime()).toBeLessThanOrEqual(SEED_REFERENCE_DATE.getTime());
    }
    expect(published.some((m) => m.body !== m.published!.body)).toBe(true);
  });
});
