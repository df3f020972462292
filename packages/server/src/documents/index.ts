/**
 * The documents repository: the list with search and facets, one document, lookup by file
 * number, over the {@link Database} seam. Nothing here knows about HTTP.
 */
import type { DocumentArticle, DocumentsPage } from '@portal-kit/sdk';
import type { Database } from '../db/database.js';
import { DocumentCounts } from './counts.js';
import { listDocuments } from './list.js';
import type { ListDocumentsOptions } from './list.js';
import { lookupDocuments, storedIssuers } from './lookup.js';
import type { IssuerList, LookupResult } from './lookup.js';
import { articleOf, FALLBACK_LANG } from './read.js';

export { InvalidDocumentCursorError } from './list.js';
export type { ListDocumentsOptions } from './list.js';
export type { LookupResult } from './lookup.js';
export { insertCorpus } from './store.js';

/** The documents part of the repository. */
export interface DocumentsRepository {
  /**
   * One page of documents, the total and the facets. Throws `InvalidDocumentCursorError` for
   * a cursor this server did not make for this query and order.
   */
  listDocuments(options: ListDocumentsOptions): Promise<DocumentsPage>;
  /** The document in `lang` (default and fallback: Chinese), or `null` when there is none. */
  getDocument(id: string, lang?: string): Promise<DocumentArticle | null>;
  /** The documents of a file number typed in any spelling, or why there are none. */
  lookupDocuments(number: string, lang?: string): Promise<LookupResult>;
}

export function createDocumentsRepository(db: Database): DocumentsRepository {
  let issuers: Promise<IssuerList> | null = null;
  let watching = false;
  const knownIssuers = () => {
    // Any write, here or in another server process, may add an issuer.
    if (!watching) {
      db.onChange(() => (issuers = null));
      watching = true;
    }
    issuers ??= storedIssuers(db);
    issuers.catch(() => (issuers = null));
    return issuers;
  };
  const counts = new DocumentCounts(db);
  return {
    listDocuments: (options) => listDocuments(db, options, counts),
    getDocument: (id, lang = FALLBACK_LANG) => articleOf(db, id, lang),
    lookupDocuments: (number, lang = FALLBACK_LANG) =>
      lookupDocuments(db, number, lang, knownIssuers),
  };
}
