/**
 * Documents as the contract gives them: summaries (for lists and lookups), references (for
 * links), and one whole document, each in the asked language with Chinese as the fallback.
 */
import type {
  DocumentArticle,
  DocumentRef,
  DocumentSummary,
  FileNumberValue,
} from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';

/** The language every document has. */
export const FALLBACK_LANG = 'zh-CN';

/** A json(b) value: parsed, or its text where a driver does not parse it. */
type Json<T> = T | string;

const parse = <T>(value: Json<T>): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;

interface NumberColumns {
  file_number: string | null;
  file_number_key: string | null;
  file_number_form: FileNumberValue['form'] | null;
  file_number_issuer: string | null;
  file_number_year: number | null;
  file_number_sequence: number | null;
}

/** The file number columns, for a SELECT over `documents d`. */
export const NUMBER_FIELDS =
  'd.file_number, d.file_number_key, d.file_number_form, d.file_number_issuer, ' +
  'd.file_number_year, d.file_number_sequence';

/** The file number of a row, or `null`. */
export function fileNumberOf(row: NumberColumns): FileNumberValue | null {
  if (
    row.file_number === null ||
    row.file_number_key === null ||
    row.file_number_form === null ||
    row.file_number_issuer === null ||
    row.file_number_sequence === null
  ) {
    return null;
  }
  return {
    canonical: row.file_number,
    key: row.file_number_key,
    form: row.file_number_form,
    issuer: row.file_number_issuer,
    year: row.file_number_year,
    sequence: row.file_number_sequence,
  };
}

interface SummaryRow extends NumberColumns {
  id: string;
  site: string;
  index_number: string | null;
  type: DocumentSummary['type'];
  category: string;
  languages: string[];
  lang: string;
  title: string;
  summary: string;
  body?: Json<DocumentArticle['body']>;
  written_on: string;
  published_on: string;
  effective_on: string | null;
  validity: DocumentSummary['validity'];
  url: string;
  organs: Json<{ id: string; name: string }[]>;
  /** What replaces an amended or repealed document (else `null`), latest first. */
  replaced_by: Json<(NumberColumns & { id: string; title: string })[]> | null;
}

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** The summary columns over `documents d`, `z` (Chinese text) and `t` (the asked language). */
const SUMMARY_FIELDS = `d.id, d.site, ${NUMBER_FIELDS}, d.index_number, d.type, d.category,
  d.languages, coalesce(t.lang, z.lang) AS lang, coalesce(t.title, z.title) AS title,
  coalesce(t.summary, z.summary) AS summary, ${day('d.written_on')} AS written_on,
  ${day('d.published_on')} AS published_on, ${day('d.effective_on')} AS effective_on,
  d.validity, d.url,
  (SELECT json_agg(json_build_object('id', o.id,
            'name', coalesce(o.names ->> $2::text, o.names ->> '${FALLBACK_LANG}'))
          ORDER BY x.position)
   FROM document_organs x JOIN organs o ON o.id = x.organ
   WHERE x.document = d.id) AS organs,
  CASE WHEN d.validity IN ('amended', 'repealed') THEN
    (SELECT json_agg(json_build_object('id', f.id, 'title', coalesce(ft.title, fz.title),
              'file_number', f.file_number, 'file_number_key', f.file_number_key,
              'file_number_form', f.file_number_form, 'file_number_issuer', f.file_number_issuer,
              'file_number_year', f.file_number_year,
              'file_number_sequence', f.file_number_sequence)
            ORDER BY r.date DESC, r.from_document)
     FROM document_relations r JOIN documents f ON f.id = r.from_document
     JOIN document_texts fz ON fz.document = f.id AND fz.lang = '${FALLBACK_LANG}'
     LEFT JOIN document_texts ft ON ft.document = f.id AND ft.lang = $2::text
     WHERE r.to_document = d.id
       AND r.kind = CASE d.validity WHEN 'amended' THEN 'amends' ELSE 'repeals' END)
  END AS replaced_by`;

const SUMMARY_FROM = `documents d
  JOIN document_texts z ON z.document = d.id AND z.lang = '${FALLBACK_LANG}'
  LEFT JOIN document_texts t ON t.document = d.id AND t.lang = $2::text`;

type SummaryBase = Omit<DocumentSummary, 'replacedBy' | 'snippet'>;

function toSummary(row: SummaryRow): SummaryBase {
  return {
    id: row.id,
    site: row.site,
    fileNumber: fileNumberOf(row),
    indexNumber: row.index_number,
    type: row.type,
    category: row.category,
    organs: parse(row.organs).map(({ id, name }) => ({ id, name })),
    lang: row.lang,
    title: row.title,
    summary: row.summary,
    writtenOn: row.written_on,
    publishedOn: row.published_on,
    effectiveOn: row.effective_on,
    validity: row.validity,
    url: row.url,
  };
}

/** References to the documents `ids` (title in `lang`, else Chinese), by id. */
export async function refsOf(
  db: Queryable,
  ids: readonly string[],
  lang: string,
): Promise<Map<string, DocumentRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<NumberColumns & { id: string; title: string }>(
    `SELECT d.id, ${NUMBER_FIELDS}, coalesce(t.title, z.title) AS title
     FROM ${SUMMARY_FROM} WHERE d.id = ANY($1::text[])`,
    [[...new Set(ids)], lang],
  );
  return new Map(
    rows.map((row) => [row.id, { id: row.id, fileNumber: fileNumberOf(row), title: row.title }]),
  );
}

interface RelationRow {
  from_document: string;
  to_document: string;
  kind: 'amends' | 'repeals';
  date: string;
}

/** Every relation touching `ids`, latest first. */
async function relationsOf(db: Queryable, ids: readonly string[]): Promise<RelationRow[]> {
  return db.query<RelationRow>(
    `SELECT from_document, to_document, kind, ${day('date')} AS date
     FROM document_relations
     WHERE from_document = ANY($1::text[]) OR to_document = ANY($1::text[])
     ORDER BY date DESC, from_document, to_document`,
    [[...ids]],
  );
}

/**
 * Summaries of the documents `ids`, in the order of `ids` (unknown ids are left out), with what
 * replaces each: one statement.
 */
export async function summariesOf(
  db: Queryable,
  ids: readonly string[],
  lang: string,
): Promise<DocumentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_FIELDS} FROM ${SUMMARY_FROM} WHERE d.id = ANY($1::text[])`,
    [[...ids], lang],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [withReplacements(row)] : [];
  });
}

/**
 * Summaries of the documents whose file number key is `key`, newest first: the lookup's whole
 * answer in one statement (what replaces an amended or repealed one included).
 */
export async function summariesByKey(
  db: Queryable,
  key: string,
  lang: string,
): Promise<DocumentSummary[]> {
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_FIELDS} FROM ${SUMMARY_FROM} WHERE d.file_number_key = $1::text
     ORDER BY d.published_on DESC, d.id DESC`,
    [key, lang],
  );
  return rows.map(withReplacements);
}

/** The summary of `row` with the documents that replace it (its `replaced_by`). */
function withReplacements(row: SummaryRow): DocumentSummary {
  return {
    ...toSummary(row),
    replacedBy: parse(row.replaced_by ?? '[]').map((ref) => ({
      id: ref.id,
      fileNumber: fileNumberOf(ref),
      title: ref.title,
    })),
  };
}

/** One document with its body and links, in `lang` where it has it; `null` for no such id. */
export async function articleOf(
  db: Queryable,
  id: string,
  lang: string,
): Promise<DocumentArticle | null> {
  const [row] = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_FIELDS}, coalesce(t.body, z.body) AS body
     FROM ${SUMMARY_FROM} WHERE d.id = $1::text`,
    [id, lang],
  );
  if (!row) return null;
  const [attachments, interpretations, relations] = await Promise.all([
    db.query<{ name: string; media_type: string; size: string | number; url: string }>(
      `SELECT name, media_type, size, url FROM document_attachments
       WHERE document = $1 ORDER BY position`,
      [id],
    ),
    db.query<{ title: string; url: string }>(
      'SELECT title, url FROM document_interpretations WHERE document = $1 ORDER BY position',
      [id],
    ),
    relationsOf(db, [id]),
  ]);
  const others = relations.map((r) => (r.from_document === id ? r.to_document : r.from_document));
  const refs = await refsOf(db, others, lang);
  return {
    // What replaces it comes with the row, as for every summary.
    ...withReplacements(row),
    languages: [...row.languages],
    body: parse(row.body ?? '[]').map(({ kind, text }) => ({ kind, text })),
    attachments: attachments.map((a) => ({
      name: a.name,
      mediaType: a.media_type,
      size: Number(a.size),
      url: a.url,
    })),
    interpretations: interpretations.map(({ title, url }) => ({ title, url })),
    relations: relations.flatMap((r) => {
      const outgoing = r.from_document === id;
      const document = refs.get(outgoing ? r.to_document : r.from_document);
      if (!document) return [];
      const kind = outgoing ? r.kind : r.kind === 'amends' ? 'amended-by' : 'repealed-by';
      return [{ kind, document, date: r.date }];
    }),
  };
}
