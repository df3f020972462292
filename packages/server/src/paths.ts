/**
 * Locations of files shipped with the package. This module sits directly in `src/` (and in
 * `dist/` once built), so `../migrations/` points at the package's `migrations` folder from both.
 */
export const MIGRATIONS_DIR: URL = new URL('../migrations/', import.meta.url);
