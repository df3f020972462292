/** Attribute helpers shared by the Portal Kit elements. */

/**
 * Splits a list attribute — ids or codes separated by spaces or commas — into its items:
 * `"main, wms guangdong"` → `['main', 'wms', 'guangdong']`; absent or empty → `[]`.
 */
export function parseList(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter((item) => item !== '');
}
