/**
 * Snippets of a page of search results: each summary with where the query matched, cut from the
 * document's text in the answer's language, else in Chinese (see `snippetOf`).
 */
import type { DocumentsPage } from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';
import { FALLBACK_LANG } from './read.js';
import { snippetOf } from './text.js';
import type { QueryTerm } from './text.js';

/** The summaries with the snippet of each, from its text in `lang`, then in Chinese. */
export async function withSnippets(
  db: Queryable,
  summaries: DocumentsPage['items'],
  terms: readonly QueryTerm[],
  lang: string,
): Promise<DocumentsPage['items']> {
  if (summaries.length === 0) return summaries;
  const langs = [...new Set([lang, FALLBACK_LANG])];
  const texts = await db.query<{
    document: string;
    lang: string;
    title: string;
    summary: string;
    body: { text: string }[] | string;
  }>(
    `SELECT document, lang, title, summary, body FROM document_texts
     WHERE document = ANY($1::text[]) AND lang = ANY($2::text[])`,
    [summaries.map((s) => s.id), langs],
  );
  return summaries.map((summary) => {
    const sources = langs.flatMap((l) => {
      const row = texts.find((t) => t.document === summary.id && t.lang === l);
      if (!row) return [];
      const body =
        typeof row.body === 'string' ? (JSON.parse(row.body) as { text: string }[]) : row.body;
      return [{ title: row.title, summary: row.summary, body }];
    });
    const snippet = snippetOf(sources, terms);
    return snippet ? { ...summary, snippet } : summary;
  });
}
