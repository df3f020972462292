/**
 * One convention for list-valued inputs (`site`, `languages`, …): the property accepts an array
 * or a string of items separated by spaces or commas, whether it arrives as an attribute
 * (`site="wms guangdong"` in HTML) or as a property — React 19 and Vue 3 set properties, so
 * `<portal-news-feed site="wms guangdong">` in their templates assigns the string
 * `"wms guangdong"` to `feed.site`. Either way the element reads a clean `string[]`.
 */
import type { ReactiveElement } from 'lit';

/** What a list-valued property accepts: an array (items kept, trimmed) or a separated string. */
export type ListInput = readonly unknown[] | string | null | undefined;

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Normalizes a list input: `"main, wms guangdong"` → `['main', 'wms', 'guangdong']`;
 * `['main', ' us ']` → `['main', 'us']`; absent, empty or anything else → `[]`. Array items that
 * hold separators are split too, so `['wms guangdong']` means two ids.
 */
export function parseList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((item) => item !== '');
  if (Array.isArray(value)) {
    return value.flatMap((item) => (typeof item === 'string' ? parseList(item) : []));
  }
  return [];
}

/**
 * Declares a list-valued reactive property of `element` (call it in the class's `static {}`
 * block, and declare the field with `declare name: string[]` and its JSDoc): its attribute is
 * parsed by {@link parseList} (reflected as the items joined by spaces), and its setter
 * normalizes whatever is assigned — an array or a separated string — so the getter always
 * returns a `string[]` (`[]` by default). Assigning an equal list requests no update.
 *
 * @param element - The element class (`this` in its static block).
 * @param name - The property.
 * @param attribute - Its attribute. Default: the name in lower case.
 *
 * @example
 * class Feed extends LitElement {
 *   static {
 *     listProperty(this, 'site'); // "main us", "main,us" or ['main', 'us']
 *   }
 *   declare site: string[];
 * }
 */
export function listProperty(
  element: typeof ReactiveElement,
  name: string,
  attribute = name.toLowerCase(),
): void {
  const key = Symbol(name);
  type Holder = Record<symbol, string[] | undefined>;
  // Lit wraps an accessor the class already has: it calls this setter, then requests an update
  // when the value read back differs (compared item by item below).
  Object.defineProperty(element.prototype, name, {
    get(this: Holder): readonly string[] {
      return this[key] ?? EMPTY;
    },
    set(this: Holder, value: unknown) {
      const next = parseList(value);
      const current = this[key] ?? EMPTY;
      if (next.length === current.length && next.every((item, i) => item === current[i])) return;
      this[key] = next;
    },
    configurable: true,
    enumerable: true,
  });
  element.createProperty(name, {
    attribute,
    converter: {
      fromAttribute: parseList,
      toAttribute: (value: readonly string[]) => value.join(' '),
    },
  });
}
