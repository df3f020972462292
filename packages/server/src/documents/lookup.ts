/**
 * Lookup by file number: the number read as `parseFileNumber` reads it and matched on its key;
 * when no document has it, up to five "did you mean" documents with a near number.
 */
import { LOOKUP_SUGGESTIONS_MAX, parseFileNumber } from '@portal-kit/sdk';
import type {
  DocumentLookup,
  FileNumberValue,
  LookupNotFound,
  LookupSuggestion,
} from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';
import { NUMBER_FIELDS, refsOf, summariesByKey } from './read.js';

/** What a lookup finds. */
export type LookupResult =
  | { kind: 'unreadable'; code: string; message: string }
  | { kind: 'found'; lookup: DocumentLookup }
  | { kind: 'not-found'; notFound: LookupNotFound };

/** The issuers and forms of the stored numbers, for the near-issuer suggestions. */
export type IssuerList = readonly { issuer: string; form: string }[];

/** Whether `a` becomes `b` by one insertion, deletion or substitution (code points). */
export function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}

/** Sequences made by swapping two adjacent digits of `sequence` (no leading zero, no repeat). */
export function transposedSequences(sequence: number): number[] {
  const digits = String(sequence);
  const found = new Set<number>();
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    if (!swapped.startsWith('0')) found.add(Number(swapped));
  }
  found.delete(sequence);
  return [...found];
}

interface CandidateRow {
  id: string;
  file_number: string;
  file_number_key: string;
  file_number_form: FileNumberValue['form'];
  file_number_issuer: string;
  file_number_year: number | null;
  file_number_sequence: number;
}

type Reason = LookupSuggestion['reason'];

/** Why `row` is near `number`, or `null` when it is not. */
function reasonOf(number: FileNumberValue, row: CandidateRow, transposed: number[]): Reason | null {
  const sameIssuer = row.file_number_issuer === number.issuer;
  const sameYear = row.file_number_year === number.year;
  const sequence = row.file_number_sequence;
  if (sameIssuer && sequence === number.sequence && !sameYear && number.year !== null) {
    return 'other-year';
  }
  if (sameIssuer && sameYear) {
    const distance = Math.abs(sequence - number.sequence);
    if (distance >= 1 && distance <= 2) return 'neighbouring-sequence';
    if (transposed.includes(sequence)) return 'transposed-digits';
  }
  if (!sameIssuer && sameYear && sequence === number.sequence) return 'near-issuer';
  return null;
}

const REASON_ORDER: readonly Reason[] = [
  'other-year',
  'neighbouring-sequence',
  'near-issuer',
  'transposed-digits',
];

/** Up to five documents with a number near `number`, the likeliest first. */
async function suggestionsFor(
  db: Queryable,
  number: FileNumberValue,
  issuers: IssuerList,
  lang: string,
): Promise<LookupSuggestion[]> {
  const near = issuers
    .filter((i) => i.form === number.form && withinOneEdit(i.issuer, number.issuer))
    .map((i) => i.issuer);
  const transposed = transposedSequences(number.sequence);
  const sequences = [
    number.sequence,
    ...[-2, -1, 1, 2].map((d) => number.sequence + d).filter((s) => s >= 1),
    ...transposed,
  ];
  const rows = await db.query<CandidateRow>(
    `SELECT d.id, ${NUMBER_FIELDS}
     FROM documents d
     WHERE d.file_number_issuer = ANY($1::text[]) AND d.file_number_sequence = ANY($2::int[])
       AND d.file_number_form = $3::text AND d.file_number_key <> $4::text
     ORDER BY d.published_on DESC, d.id
     LIMIT 200`,
    [[number.issuer, ...near], sequences, number.form, number.key],
  );
  const ranked = rows
    .map((row) => ({ row, reason: reasonOf(number, row, transposed) }))
    .filter((c): c is { row: CandidateRow; reason: Reason } => c.reason !== null)
    .map(({ row, reason }) => ({
      row,
      reason,
      order: REASON_ORDER.indexOf(reason),
      distance:
        reason === 'other-year'
          ? Math.abs((row.file_number_year ?? 0) - (number.year ?? 0))
          : Math.abs(row.file_number_sequence - number.sequence),
    }))
    .sort((a, b) => a.order - b.order || a.distance - b.distance)
    .slice(0, LOOKUP_SUGGESTIONS_MAX);
  const refs = await refsOf(
    db,
    ranked.map((c) => c.row.id),
    lang,
  );
  return ranked.flatMap(({ row, reason }) => {
    const document = refs.get(row.id);
    return document ? [{ reason, document }] : [];
  });
}

/**
 * The documents of the file number `input` (any spelling), or why there are none. `issuers`
 * gives the stored issuers (see {@link storedIssuers}).
 */
export async function lookupDocuments(
  db: Queryable,
  input: string,
  lang: string,
  issuers: () => Promise<IssuerList>,
): Promise<LookupResult> {
  const parsed = parseFileNumber(input);
  if (!parsed.ok) {
    return { kind: 'unreadable', code: parsed.error.code, message: parsed.error.message };
  }
  const { value } = parsed;
  const number: FileNumberValue = {
    canonical: value.canonical,
    key: value.canonical.replaceAll(' ', ''),
    form: value.form,
    issuer: value.issuer,
    year: (value.year as number | null | undefined) ?? null,
    sequence: value.sequence,
  };
  const items = await summariesByKey(db, number.key, lang);
  if (items.length > 0) {
    // The stored spelling (a joint number's organ names, as published) is the one shown.
    return { kind: 'found', lookup: { number: items[0]?.fileNumber ?? number, items } };
  }
  return {
    kind: 'not-found',
    notFound: { number, suggestions: await suggestionsFor(db, number, await issuers(), lang) },
  };
}

/** Every issuer (with its form) of the stored file numbers. */
export async function storedIssuers(db: Queryable): Promise<IssuerList> {
  return db.query<{ issuer: string; form: string }>(
    `SELECT DISTINCT file_number_issuer AS issuer, file_number_form AS form
     FROM documents WHERE file_number_issuer IS NOT NULL`,
  );
}
