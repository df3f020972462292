/**
 * Writes a documents corpus (the seed's organs, documents and relations) in bulk: a few
 * `INSERT … SELECT FROM unnest(…)` statements per thousand documents, inside the caller's
 * transaction, with the search index row of each document.
 */
import { parseFileNumber } from '@portal-kit/sdk';
import type { FileNumberValue } from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';
import type { DocumentCorpus, SeedDocument } from '../seed/documents/types.js';
import { documentTokens, fieldTags, normalizeSearchText } from './text.js';

/** Documents per batch of statements. */
const CHUNK = 1000;

/**
 * The file number `canonical` as stored: what `parseFileNumber` reads it as. Throws when it
 * cannot be read, or reads as another spelling: the stored canonical is the one lookups give.
 */
export function storedFileNumber(canonical: string): FileNumberValue {
  const result = parseFileNumber(canonical);
  if (!result.ok) {
    throw new Error(`file number ${JSON.stringify(canonical)}: ${result.error.message}`);
  }
  const { value } = result;
  const key = value.canonical.replaceAll(' ', '');
  if (value.canonical !== canonical) {
    throw new Error(
      `file number ${JSON.stringify(canonical)} is not canonical: ${JSON.stringify(value.canonical)}`,
    );
  }
  return {
    canonical: value.canonical,
    key,
    form: value.form,
    issuer: value.issuer,
    // A series without years (国务院令第792号) reads with a null year.
    year: (value.year as number | null | undefined) ?? null,
    sequence: value.sequence,
  };
}

/** The languages of a document, Chinese first, then in the seed's order. */
export function languagesOf(document: SeedDocument): string[] {
  return ['zh-CN', ...Object.keys(document.texts).filter((lang) => lang !== 'zh-CN')];
}

/**
 * The search row of a document: each field normalized, one language per line, and its tokens
 * followed by their field tags (see `fieldTags`).
 */
export function searchRow(document: SeedDocument): {
  title: string;
  summary: string;
  body: string;
  tokens: string[];
} {
  const texts = languagesOf(document).flatMap((lang) => {
    const text = document.texts[lang];
    return text ? [text] : [];
  });
  const title = texts.map((t) => normalizeSearchText(t.title)).join('\n');
  const summary = texts.map((t) => normalizeSearchText(t.summary)).join('\n');
  const body = texts
    .flatMap((t) => t.body.map((block) => normalizeSearchText(block.text)))
    .join('\n');
  const tokens = documentTokens([title, summary, body]);
  return { title, summary, body, tokens: [...tokens, ...fieldTags(title, summary, tokens)] };
}

async function insertChunk(tx: Queryable, documents: readonly SeedDocument[]): Promise<void> {
  const numbers = documents.map((d) =>
    d.fileNumber === null ? null : storedFileNumber(d.fileNumber),
  );
  await tx.query(
    `INSERT INTO documents (id, site, file_number, file_number_key, file_number_form,
       file_number_issuer, file_number_year, file_number_sequence, index_number, type, category,
       organs, languages, written_on, published_on, year, effective_on, validity, url)
     SELECT id, site, fn, fnk, fnf, fni, fny, fns, idx, type, category,
            string_to_array(organs, ','), string_to_array(languages, ','), written_on,
            published_on, extract(year FROM published_on)::int, effective_on, validity, url
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                 $7::int[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[],
                 $13::text[], $14::date[], $15::date[], $16::date[], $17::text[], $18::text[])
       AS d (id, site, fn, fnk, fnf, fni, fny, fns, idx, type, category, organs, languages,
             written_on, published_on, effective_on, validity, url)`,
    [
      documents.map((d) => d.id),
      documents.map((d) => d.site),
      numbers.map((n) => n?.canonical ?? null),
      numbers.map((n) => n?.key ?? null),
      numbers.map((n) => n?.form ?? null),
      numbers.map((n) => n?.issuer ?? null),
      numbers.map((n) => n?.year ?? null),
      numbers.map((n) => n?.sequence ?? null),
      documents.map((d) => d.indexNumber),
      documents.map((d) => d.type),
      documents.map((d) => d.category),
      documents.map((d) => d.organs.join(',')),
      documents.map((d) => languagesOf(d).join(',')),
      documents.map((d) => d.writtenOn),
      documents.map((d) => d.publishedOn),
      documents.map((d) => d.effectiveOn),
      documents.map((d) => d.validity),
      documents.map((d) => d.url),
    ],
  );
  const texts = documents.flatMap((d) =>
    languagesOf(d).flatMap((lang) => {
      const text = d.texts[lang];
      return text ? [{ id: d.id, lang, text }] : [];
    }),
  );
  await tx.query(
    `INSERT INTO document_texts (document, lang, title, summary, body)
     SELECT document, lang, title, summary, body::jsonb
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       AS t (document, lang, title, summary, body)`,
    [
      texts.map((t) => t.id),
      texts.map((t) => t.lang),
      texts.map((t) => t.text.title),
      texts.map((t) => t.text.summary),
      texts.map((t) => JSON.stringify(t.text.body.map(({ kind, text }) => ({ kind, text })))),
    ],
  );
  const organs = documents.flatMap((d) =>
    d.organs.map((organ, position) => ({ id: d.id, organ, position })),
  );
  await tx.query(
    `INSERT INTO document_organs (document, position, organ)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`,
    [organs.map((o) => o.id), organs.map((o) => o.position), organs.map((o) => o.organ)],
  );
  const attachments = documents.flatMap((d) =>
    d.attachments.map((a, position) => ({ id: d.id, position, ...a })),
  );
  if (attachments.length > 0) {
    await tx.query(
      `INSERT INTO document_attachments (document, position, name, media_type, size, url)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::bigint[], $6::text[])`,
      [
        attachments.map((a) => a.id),
        attachments.map((a) => a.position),
        attachments.map((a) => a.name),
        attachments.map((a) => a.mediaType),
        attachments.map((a) => a.size),
        attachments.map((a) => a.url),
      ],
    );
  }
  const interpretations = documents.flatMap((d) =>
    d.interpretations.map((i, position) => ({ id: d.id, position, ...i })),
  );
  if (interpretations.length > 0) {
    await tx.query(
      `INSERT INTO document_interpretations (document, position, title, url)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[])`,
      [
        interpretations.map((i) => i.id),
        interpretations.map((i) => i.position),
        interpretations.map((i) => i.title),
        interpretations.map((i) => i.url),
      ],
    );
  }
  await tx.query(
    `INSERT INTO document_facets (document, site, category, type, year, validity, organs,
       organ_list, languages, published_on)
     SELECT document, site, category, type, extract(year FROM published_on)::int, validity,
            string_to_array(organs, ','), organs, string_to_array(languages, ','), published_on
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                 $7::text[], $8::date[])
       AS f (document, site, category, type, validity, organs, languages, published_on)`,
    [
      documents.map((d) => d.id),
      documents.map((d) => d.site),
      documents.map((d) => d.category),
      documents.map((d) => d.type),
      documents.map((d) => d.validity),
      documents.map((d) => d.organs.join(',')),
      documents.map((d) => languagesOf(d).join(',')),
      documents.map((d) => d.publishedOn),
    ],
  );
  // The search rows copy the filter values of the facet rows just written.
  const search = documents.map((d) => ({ id: d.id, ...searchRow(d) }));
  await tx.query(
    `INSERT INTO document_search (document, site, category, type, year, validity, organs,
       organ_list, languages, published_on, title, summary, body, tokens)
     SELECT f.document, f.site, f.category, f.type, f.year, f.validity, f.organs, f.organ_list,
            f.languages, f.published_on, s.title, s.summary, s.body, string_to_array(s.tokens, ' ')
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       AS s (document, title, summary, body, tokens)
     JOIN document_facets f ON f.document = s.document`,
    [
      search.map((s) => s.id),
      search.map((s) => s.title),
      search.map((s) => s.summary),
      search.map((s) => s.body),
      search.map((s) => s.tokens.join(' ')),
    ],
  );
}

/**
 * Inserts `corpus` inside the caller's transaction: organs, documents (with texts, organs,
 * attachments, interpretations and search rows), then relations. Throws — and the caller's
 * transaction rolls back — on a file number that does not read as its canonical spelling or a
 * row the schema refuses.
 */
export async function insertCorpus(tx: Queryable, corpus: DocumentCorpus): Promise<void> {
  if (corpus.organs.length > 0) {
    await tx.query(
      `INSERT INTO organs (id, names)
       SELECT id, names::jsonb FROM unnest($1::text[], $2::text[]) AS o (id, names)`,
      [corpus.organs.map((o) => o.id), corpus.organs.map((o) => JSON.stringify(o.names))],
    );
  }
  for (let start = 0; start < corpus.documents.length; start += CHUNK) {
    await insertChunk(tx, corpus.documents.slice(start, start + CHUNK));
  }
  // Merge the index's pending list now: the planner costs a GIN scan by it, and with thousands
  // of pending rows chose sequential scans reading every document's tokens.
  await tx.query(`SELECT gin_clean_pending_list('document_search_tokens_idx'::regclass)`);
  const { relations } = corpus;
  for (let start = 0; start < relations.length; start += CHUNK) {
    const rows = relations.slice(start, start + CHUNK);
    await tx.query(
      `INSERT INTO document_relations (from_document, to_document, kind, date)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[])`,
      [
        rows.map((r) => r.from),
        rows.map((r) => r.to),
        rows.map((r) => r.kind),
        rows.map((r) => r.date),
      ],
    );
  }
}
