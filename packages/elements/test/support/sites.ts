/**
 * Site records for the masthead and footer tests, read from the fixture API
 * (fixture-sites.mjs: `main`, `wms` valid, `broken` refused by the naming rules), and helpers to
 * settle the two components.
 */
import { waitUntil } from '@open-wc/testing';
import type { Site } from '@portal-kit/sdk';

/** The fixture API's record of `id`, as a `.site` property value. */
export async function siteRecord(id: 'main' | 'wms' | 'broken'): Promise<Site> {
  const response = await fetch(`/test-api/records/ok/api/v1/sites/${id}`);
  return (await response.json()) as Site;
}

/** What the tests read of the masthead and the footer. */
export interface SiteElement extends HTMLElement {
  readonly state: string;
  readonly updateComplete: Promise<boolean>;
}

/** Waits until `element` is in one of `states`, then for its render. */
export async function settle(element: SiteElement, states: readonly string[]): Promise<void> {
  await waitUntil(() => states.includes(element.state), `stuck in state ${element.state}`, {
    timeout: 5000,
  });
  await element.updateComplete;
  // The strings of a new language load once: wait for the first render with them.
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="base"][lang]') !== null);
}

/** The text of `node`, white space collapsed. */
export const textOf = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The element that has focus, through shadow roots, as `tag[part]` or `tag#id` (a string, so a
 * failed assertion prints it instead of a whole DOM element).
 */
export function focused(): string {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element) return 'nothing';
  const part = element.getAttribute('part');
  return `${element.localName}${part ? `[${part}]` : element.id ? `#${element.id}` : ''}`;
}
