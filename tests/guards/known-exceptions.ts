/**
 * Known exceptions to the guards, each waiting for branch `scaffold` (which rebuilds the news feed
 * and the language switcher on the shared data-component scaffold). EMPTY BOTH LISTS when that
 * branch is merged. A guard fails when an entry here no longer breaks its rule, so a fixed
 * exception cannot linger.
 */

/** Components over the per-component bundle budget (tests/budgets/budgets.test.ts). */
export const OVER_COMPONENT_BUDGET: readonly string[] = ['language-switcher', 'news-feed'];

/** Source files over the 400-line limit (tests/guards/file-length.test.ts). */
export const OVER_LINE_LIMIT: readonly string[] = [
  'packages/elements/src/language-switcher/language-switcher.ts',
  'packages/elements/src/news-feed/news-feed.ts',
];
