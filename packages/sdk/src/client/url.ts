/** The URLs the client requests. */

/** Query parameters ready to encode: each value already a string. */
export type Params = Record<string, string>;

/**
 * `base + path + ?query`, parameters in alphabetical order so equal queries give equal URLs.
 * Values are percent-encoded; list separators (`,`) stay literal, as the API documents them.
 */
export function buildUrl(base: string, path: string, params: Params = {}): string {
  const query = Object.entries(params)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => {
      const encoded = value.split(',').map(encodeURIComponent).join(',');
      return `${encodeURIComponent(name)}=${encoded}`;
    })
    .join('&');
  return query ? `${base}${path}?${query}` : `${base}${path}`;
}
