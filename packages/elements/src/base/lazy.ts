/**
 * Parts of a component loaded on first use — a parser, the views of an answer — so a page does
 * not pay for them at first paint: `import()` makes each a chunk of its own in bundles (and in
 * the CDN build, beside `portal-kit.js`). A part that brings styles adds them to its host's
 * shadow root with {@link addStyles} before it renders.
 */
import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import type { CSSResultOrNative, ReactiveElement } from 'lit';

/** A module loaded once, on first use. */
export interface LazyModule<M> {
  /** The module, once loaded. */
  readonly value: M | undefined;
  /** Starts the load (again after a failure): the module, or `undefined` when it failed. */
  get(): Promise<M | undefined>;
}

/** A module `load` loads once, on the first `get()`. */
export function lazy<M>(load: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M | undefined> | undefined;
  const module = {
    value: undefined as M | undefined,
    get: (): Promise<M | undefined> =>
      (loading ??= load().then(
        (m) => (module.value = m),
        () => (loading = undefined),
      )),
  };
  return module;
}

/** The styles added to each host after its first render. */
const added = new WeakMap<ReactiveElement, CSSResultOrNative[]>();

/** Adds `styles` (each once) after the host's own, in its rendered shadow root. */
export function addStyles(host: ReactiveElement, styles: readonly CSSResultOrNative[]): void {
  const list = added.get(host) ?? [];
  added.set(host, list);
  const more = styles.filter((style) => !list.includes(style));
  if (more.length === 0) return;
  list.push(...more);
  const { elementStyles } = host.constructor as typeof ReactiveElement;
  // Adopted style sheets are replaced as a whole; the fallback <style> elements are appended.
  adoptStyles(
    host.renderRoot as ShadowRoot,
    supportsAdoptingStyleSheets ? [...elementStyles, ...list] : more,
  );
}
