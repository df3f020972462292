export declare const EXAMPLE_PAGES: readonly string[];
