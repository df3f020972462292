/**
 * Links rendered from data (an API answer, an `items` property, a CMS field) are `http:`,
 * `https:` or relative — or they are not links. Every component renders a data URL through
 * {@link safeHref} and shows plain text when it answers `undefined`.
 */

/** A base that makes every relative reference resolve to `https:` (its host never matters). */
const BASE = 'https://relative.invalid/';

/**
 * `url` when following it can only load a page over HTTP(S) — an absolute `http:`/`https:` URL,
 * a protocol-relative one (`//host/…`) or a relative reference (`/a`, `a/b`, `?q`, `#x`) —
 * else `undefined` (`javascript:`, `data:`, `vbscript:`, `file:`, `mailto:`, an unparsable
 * string, a non-string).
 *
 * The decision is the browser's own: the URL is parsed by the WHATWG URL parser, which first
 * strips leading and trailing control characters and spaces and removes tabs and newlines
 * anywhere, and lower-cases the scheme — so `" JavaScript:…"`, `"\u0001javascript:…"` and
 * `"java\tscript:…"` all count as `javascript:`, exactly as an `<a href>` would read them.
 * Character references are not decoded here: the value is an attribute value already decoded
 * (`&#106;avascript:` reaches the component as `javascript:`).
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let protocol: string;
  try {
    protocol = new URL(url, BASE).protocol;
  } catch {
    return undefined;
  }
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}
