/**
 * The documents seed: `generateDocuments()`. PLACEHOLDER on the integration branch only: the
 * seed part of issue 8 replaces this with the real generator (an empty corpus until then).
 */
import type { DocumentCorpus, DocumentSeedOptions } from './types.js';

export type * from './types.js';

/** The documents corpus for `options`. */
export function generateDocuments(options: DocumentSeedOptions): DocumentCorpus {
  void options;
  return { organs: [], documents: [], relations: [] };
}
