/**
 * Search over the published messages, with the documents' text machinery
 * (`../documents/text.ts`): the same normalization, CJK characters and bigrams, words, field
 * tags and snippets, so a two-character Chinese query finds every published message holding
 * it, the same on PGlite and PostgreSQL (the work is done here, not by an engine).
 *
 * A message's tokens are kept beside it (migration 008): `t:` tags for the subject, `s:` for
 * the question, and its normalized texts for the substring checks of terms longer than their
 * tokens. Whoever publishes a message (the staff API, the seed), the list computes the tokens
 * still missing before it searches ({@link indexPendingMessages}); a change of the published
 * texts drops them (a trigger), so they are never stale.
 */
import type { Queryable } from '../db/database.js';
import { Params } from '../documents/search.js';
import {
  documentTokens,
  fieldTags,
  normalizeSearchText,
  snippetIn,
  termTokens,
} from '../documents/text.js';
import type { FieldSnippet, QueryTerm } from '../documents/text.js';

/** What is stored to search one published message. */
export interface MessageSearchColumns {
  /** Tokens of the three texts, then the subject's and the question's field tags. */
  tokens: string[];
  /** The normalized subject, question and reply. */
  fields: [string, string, string];
}

/** The search columns of a published message's texts. */
export function messageSearchColumns(
  subject: string,
  question: string,
  reply: string,
): MessageSearchColumns {
  const fields: [string, string, string] = [
    normalizeSearchText(subject),
    normalizeSearchText(question),
    normalizeSearchText(reply),
  ];
  const tokens = documentTokens(fields);
  return { tokens: [...tokens, ...fieldTags(fields[0], fields[1], tokens)], fields };
}

/** Published messages indexed per statement. */
const BATCH = 500;

/**
 * Computes the search columns of the published messages that have none yet (usually none: one
 * read through a partial index). Writes only when there is something to write, so a search
 * does not drop the response cache for nothing.
 */
export async function indexPendingMessages(db: Queryable): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.query<{
      id: string;
      published_subject: string;
      published_body: string;
      published_reply: string;
    }>(
      `SELECT id::text AS id, published_subject, published_body, published_reply FROM messages
       WHERE published_at IS NOT NULL AND search_tokens IS NULL ORDER BY id LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return done;
    const columns = rows.map((row) =>
      messageSearchColumns(row.published_subject, row.published_body, row.published_reply),
    );
    // One array of tokens per row, passed as JSON: arrays of arrays of unequal length are not
    // a PostgreSQL array.
    await db.query(
      `UPDATE messages m SET
         search_tokens = ARRAY(SELECT jsonb_array_elements_text(u.tokens)),
         search_fields = ARRAY(SELECT jsonb_array_elements_text(u.fields))
       FROM jsonb_to_recordset($1::jsonb) AS u (id bigint, tokens jsonb, fields jsonb)
       WHERE m.id = u.id AND m.published_at IS NOT NULL`,
      [
        JSON.stringify(
          rows.map((row, i) => ({
            id: row.id,
            tokens: columns[i]?.tokens,
            fields: columns[i]?.fields,
          })),
        ),
      ],
    );
    done += rows.length;
    if (rows.length < BATCH) return done;
  }
}

const SUBJECT_TAG = 't:';
const QUESTION_TAG = 's:';

/**
 * The conditions over `messages m` of the published messages holding every term: all their
 * tokens (the GIN index), and a term longer than its tokens as a substring of a text.
 */
export function messageMatch(terms: readonly QueryTerm[], params: Params): string[] {
  const where = [`m.search_tokens @> ${params.add(termTokens(terms))}::text[]`];
  for (const term of terms) {
    if (!term.check) continue;
    const t = params.add(term.text);
    where.push(
      `(strpos(m.search_fields[1], ${t}::text) > 0 OR strpos(m.search_fields[2], ${t}::text) > 0 ` +
        `OR strpos(m.search_fields[3], ${t}::text) > 0)`,
    );
  }
  return where;
}

/**
 * The relevance rank of a match, lower first: each term counts 0 when the subject holds it,
 * 1 when the question does (and not the subject), 2 for the reply only — as the documents rank
 * title, summary and body. Read from the row's own field tags (no second look-up): at the
 * scale of the published messages (tens of thousands) every match can be ranked.
 */
export function messageRank(terms: readonly QueryTerm[], params: Params): string {
  if (terms.length === 0) return '0';
  const holds = (term: QueryTerm, tag: string, field: number) => {
    const tags = params.add(term.tokens.map((token) => tag + token));
    const check = term.check
      ? ` AND strpos(m.search_fields[${field}], ${params.add(term.text)}::text) > 0`
      : '';
    return `m.search_tokens @> ${tags}::text[]${check}`;
  };
  return terms
    .map(
      (term) =>
        `(CASE WHEN ${holds(term, SUBJECT_TAG, 1)} THEN 0 ` +
        `WHEN ${holds(term, QUESTION_TAG, 2)} THEN 1 ELSE 2 END)`,
    )
    .join(' + ');
}

export type MessageSnippetField = 'subject' | 'question' | 'reply';

/** Where `terms` matched a published message: subject (whole), else question, else reply. */
export function messageSnippet(
  texts: { subject: string; question: string; reply: string },
  terms: readonly QueryTerm[],
): FieldSnippet<MessageSnippetField> | null {
  if (terms.length === 0) return null;
  return (
    snippetIn('subject' as MessageSnippetField, texts.subject, terms, true) ??
    snippetIn('question' as MessageSnippetField, texts.question, terms, false) ??
    snippetIn('reply' as MessageSnippetField, texts.reply, terms, false)
  );
}

export { Params };
