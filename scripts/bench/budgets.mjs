// The bundle-size budgets, in bytes of brotli (quality 11) of the minified bundle. The one place
// these figures live: `npm run bench` prints them beside the measurement, and the test command
// fails when one is exceeded (tests/budgets/budgets.test.ts).
export const BUDGETS = {
  /** What every component of a page shares: Lit, i18next, the SDK client, the base class. */
  runtime: 25_000,
  /** One more component on a page that already has the shared runtime. */
  perComponent: 3_000,
  /** The whole kit for <script> users: every component, SDK, Lit, i18next, one language. */
  kit: 45_000,
};
