import type { OutputAsset, OutputChunk, Plugin, PreRenderedChunk } from 'rollup';

/** The id given as the loader build's input. */
export declare const LOADER_ENTRY: string;
/** The chunk graph file the loader build writes beside `loader.js`. */
export declare const LOADER_INPUT: { loader: string; hydrate: string };
export declare const LOADER_MIN_CHUNK_SIZE: number;
export declare const LOADER_GRAPH_FILE: string;

/** The loader build's chunk graph (`loader-chunks.json`). */
export interface LoaderGraph {
  /** `loader.js`. */
  entry: string;
  /** Each JavaScript file (relative to the loader's folder) with its static and dynamic imports. */
  files: Record<string, { imports: string[]; dynamicImports: string[] }>;
  /** Each `portal-*` tag's chunk. */
  tags: Record<string, string>;
  /** Each language's strings chunk. */
  strings: Record<string, string>;
}

/** Every component's tag and define module, sorted by tag. */
export declare function componentTags(src?: string): { tag: string; name: string; file: string }[];
/** Rollup plugin: the generated loader entry and its chunk graph file. */
export declare function loaderEntry(options?: { src?: string; graph?: boolean }): Plugin;
/** `chunkFileNames` of the loader build: a component's chunk after its folder. */
export declare function loaderChunkName(chunk: PreRenderedChunk): string;
/** The chunk graph of the loader build's output. */
export declare function chunkGraph(
  output: (OutputChunk | OutputAsset)[],
  src?: string,
): LoaderGraph;
/** The files a page with `tags` in `langs` downloads, sorted. */
export declare function pageFiles(graph: LoaderGraph, tags: string[], langs: string[]): string[];
