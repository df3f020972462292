// The CDN build's strings chunks: every namespace's strings of one language go into one chunk,
// `strings-<lang>`, so a page in one language fetches one strings file for all its components
// (not one per namespace), and the loaders of every namespace name the same few files. Used by
// rollup.config.ts and by the bundle budgets (scripts/bench/bytes.mjs), which measure the build
// as it is made.

const LOCALE_MODULE =
  /[\\/]packages[\\/]i18n[\\/]src[\\/]locales[\\/][^\\/]+[\\/]([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.ts$/;

/** Rollup `manualChunks`: `strings-<lang>` for a module of one language's strings. */
export function stringsChunk(id) {
  const match = LOCALE_MODULE.exec(id);
  return match ? `strings-${match[1]}` : undefined;
}
