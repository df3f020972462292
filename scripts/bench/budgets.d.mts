/** The bundle-size budgets, in bytes of brotli (quality 11) of the minified bundle. */
export declare const BUDGETS: {
  /** What every component of a page shares: Lit, i18next, the SDK client, the base class. */
  readonly runtime: number;
  /** One more component on a page that already has the shared runtime. */
  readonly perComponent: number;
  /** The whole kit for <script> users: every component, SDK, Lit, i18next, one language. */
  readonly kit: number;
  /** A page with the loader and one news feed (zh-CN): JavaScript brotli bytes and files. */
  readonly loaderPage: { readonly bytes: number; readonly requests: number };
};
/** Known ceilings of measurements over their budget (the test fails above them). */
export declare const CEILINGS: {
  readonly runtime?: number;
  /** Components over the runtime, by name. */
  readonly components: Readonly<Record<string, number>>;
  /** The whole kit for <script> users. */
  readonly kit?: number;
};
