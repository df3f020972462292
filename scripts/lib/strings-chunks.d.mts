/** Rollup `manualChunks`: `strings-<lang>` for a module of one language's strings. */
export declare function stringsChunk(id: string): string | undefined;
