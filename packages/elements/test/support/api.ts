/**
 * Helpers for the fixture API the test runner serves (test/support/fixture-api.mjs): a fresh
 * session per test, its API base in a given mode, and the requests it received.
 */
import { waitUntil } from '@open-wc/testing';
import { PORTAL_TIME_ZONE } from '@portal-kit/sdk';
import type { PortalNewsFeed } from '../../src/news-feed/news-feed.js';

/** A request the fixture API received. */
export interface LoggedRequest {
  path: string;
  query: Record<string, string>;
  aborted: boolean;
}

/** One test's view of the fixture API. */
export interface ApiSession {
  /** API base (origin + prefix) in `mode`: `ok`, `empty`, `503`, `hang`, `slow500`, `flaky`… */
  base(mode?: string): string;
  /** The requests received so far. */
  log(): Promise<LoggedRequest[]>;
}

let counter = 0;

/** A new, isolated session of the fixture API. */
export function apiSession(): ApiSession {
  counter += 1;
  const id = `s${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 8)}`;
  const prefix = `${location.origin}/test-api/${id}`;
  return {
    base: (mode = 'ok') => `${prefix}/${mode}`,
    log: async () => (await (await fetch(`${prefix}/_log`)).json()) as LoggedRequest[],
  };
}

/** Waits until the feed has settled in one of `states` (default: any final state). */
export async function settled(
  feed: PortalNewsFeed,
  states: readonly string[] = ['ready', 'empty', 'error', 'stale'],
): Promise<void> {
  await waitUntil(() => states.includes(feed.state), `feed stuck in state ${feed.state}`, {
    timeout: 5000,
  });
  await feed.updateComplete;
}

/** The element in the feed's shadow root matching `selector` (throws when missing). */
export function part<E extends Element = HTMLElement>(feed: HTMLElement, selector: string): E {
  const found = feed.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${feed.localName}>`);
  return found;
}

/** Every element in the feed's shadow root matching `selector`. */
export function parts<E extends Element = HTMLElement>(feed: HTMLElement, selector: string): E[] {
  return [...(feed.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** `date` formatted as the element should: the language's long date, as seen in Beijing. */
export function beijingDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: PORTAL_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(iso));
}
