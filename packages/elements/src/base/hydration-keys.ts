/**
 * The names hydration shares between the components and `hydrate.js`, in a module that imports
 * nothing: `hydrate.js` must not pull LitElement into the chunk it shares with the components
 * (Lit's hydration support has to be installed before LitElement's module runs).
 */

/** The selector of an element's embedded state (its own child). */
export const STATE_SELECTOR = ':scope > script[type="application/json"][data-portal-state]';

/** The host property holding the outcomes of its loads a server embedded (browser). */
export const SEEDS = '_$pkSeeds';

/** The host property holding the work to finish before it hydrates (browser). */
export const WAITS = '_$pkWaits';
