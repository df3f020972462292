/**
 * Schemas of the documents resource (policies and other official documents): the document and
 * its parts, `GET /api/v1/documents` and `GET /api/v1/documents/{id}`. The lookup by file number
 * is in `document-lookup.ts`.
 */
import Type from 'typebox';
import type { TSchema } from 'typebox';
import {
  CURSOR_MAX_LENGTH,
  CURSOR_PATTERN,
  DOCUMENT_FILTER_VALUES_MAX,
  DOCUMENT_ID_MAX_LENGTH,
  DOCUMENT_ID_PATTERN,
  DOCUMENT_QUERY_MAX_LENGTH,
  DOCUMENT_RELATIONS,
  DOCUMENT_SNIPPET_FIELDS,
  DOCUMENT_SORTS,
  DOCUMENT_TYPE_VALUES,
  DOCUMENT_VALIDITIES,
  DOCUMENT_YEAR_MAX,
  DOCUMENT_YEAR_MIN,
  LANG_PATTERN,
  NAME_MAX_LENGTH,
  ORGAN_ID_PATTERN,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  POLICY_CATEGORY_PATTERN,
  SITES_PER_QUERY_MAX,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '../constants.js';
import { FILE_NUMBER_FORMS } from '../../domain/file-number-rules.js';
import { stringEnum } from './common.js';
import { HttpUrl } from './news.js';
import { Lang, SiteId } from './sites.js';

export const DocumentId = Type.String({
  minLength: 1,
  maxLength: DOCUMENT_ID_MAX_LENGTH,
  pattern: DOCUMENT_ID_PATTERN,
  description: 'Stable id of a document (`mofcom-order-2004-14`).',
});

export const DocumentType = stringEnum(
  DOCUMENT_TYPE_VALUES,
  'One of the 15 document types of the 2012 regulations (公文种类), or `bulletin` (文告).',
);

export const DocumentValidity = stringEnum(
  DOCUMENT_VALIDITIES,
  'Validity (时效性): in force, amended, repealed (废止) or expired (失效).',
);

export const PolicyCategory = Type.String({
  pattern: POLICY_CATEGORY_PATTERN,
  description:
    'Policy category id: `domestic-trade`, `foreign-trade`, `foreign-investment`, ' +
    '`international-cooperation`, or another in the same format.',
});

export const OrganId = Type.String({
  pattern: ORGAN_ID_PATTERN,
  description: 'Id of an issuing organ (`mofcom`, `gacc`, `state-council`).',
});

/** A date without time, as the documents carry them (Beijing time). */
const Day = Type.String({ format: 'date', description: 'A calendar date, `YYYY-MM-DD`.' });

export const FileNumberValue = Type.Object(
  {
    canonical: Type.String({ description: 'The one spelling: `商资发〔2006〕123号`.' }),
    key: Type.String({ description: '`fileNumberKey()` of the number: what lookups match on.' }),
    form: Type.Unsafe<(typeof FILE_NUMBER_FORMS)[number]>({
      type: 'string',
      enum: [...FILE_NUMBER_FORMS],
      description: 'The numbering form (`standard`, `order`, `announcement`…).',
    }),
    issuer: Type.String({ description: 'Issuer code (`商资发`) or organ name(s) (`商务部`).' }),
    year: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The year; `null` for a series without years (`国务院令第792号`).',
    }),
    sequence: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false, description: 'An official file number (发文字号), parsed.' },
);

export const Organ = Type.Object(
  {
    id: OrganId,
    name: Type.String({
      maxLength: NAME_MAX_LENGTH,
      description: "The organ's name in the answer's language (Chinese where none).",
    }),
  },
  { additionalProperties: false, description: 'An issuing organ (发文机关).' },
);

export const Snippet = Type.Object(
  {
    field: stringEnum(DOCUMENT_SNIPPET_FIELDS, 'Where the snippet comes from.'),
    text: Type.String({ description: 'Plain text (never markup), cut around the matches.' }),
    highlights: Type.Array(
      Type.Object(
        { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
      {
        description:
          'Matched ranges of `text`, `[start, end)` in UTF-16 code units, in order, not overlapping.',
      },
    ),
  },
  { additionalProperties: false, description: 'Where a text query matched, to show highlighted.' },
);

export const DocumentRef = Type.Object(
  {
    id: DocumentId,
    fileNumber: Type.Union([FileNumberValue, Type.Null()]),
    title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
  },
  { additionalProperties: false, description: 'Another document, as a link names it.' },
);

export const DocumentRelation = Type.Object(
  {
    kind: stringEnum(DOCUMENT_RELATIONS, 'How the other document relates to this one.'),
    document: DocumentRef,
    date: Day,
  },
  { additionalProperties: false, description: 'An amendment or repeal, either way.' },
);

const documentFields = {
  id: DocumentId,
  site: SiteId,
  fileNumber: Type.Union([FileNumberValue, Type.Null()], {
    description: 'The file number (the lead organ’s, for a joint document); `null` if none.',
  }),
  indexNumber: Type.Union([Type.String({ maxLength: 64 }), Type.Null()], {
    description: 'Index number (索引号), e.g. `000013070/2006-00123`.',
  }),
  type: DocumentType,
  category: PolicyCategory,
  organs: Type.Array(Organ, { minItems: 1, description: 'Issuing organs, the lead organ first.' }),
  lang: Lang,
  title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
  summary: Type.String({ maxLength: SUMMARY_MAX_LENGTH }),
  writtenOn: Day,
  publishedOn: Day,
  effectiveOn: Type.Union([Day, Type.Null()]),
  validity: DocumentValidity,
  replacedBy: Type.Array(DocumentRef, {
    description: 'For an amended or repealed document: the documents that amended or repealed it.',
  }),
  url: HttpUrl,
};

export const DocumentSummary = Type.Object(
  {
    ...documentFields,
    snippet: Type.Optional(Snippet),
  },
  {
    additionalProperties: false,
    description:
      'A document as listed. `lang` is the language of `title` and `summary`: the one asked ' +
      'for, or Chinese (`zh-CN`) when the document has no text in it. `snippet` is given when ' +
      'a text query matched.',
  },
);

export const DocumentBlock = Type.Object(
  {
    kind: stringEnum(['heading', 'paragraph'] as const, 'A heading or a paragraph.'),
    text: Type.String({ description: 'Plain text; never markup.' }),
  },
  { additionalProperties: false, description: 'One block of a document body.' },
);

export const Attachment = Type.Object(
  {
    name: Type.String({ maxLength: NAME_MAX_LENGTH }),
    mediaType: Type.String({ maxLength: 100, description: 'e.g. `application/pdf`.' }),
    size: Type.Integer({ minimum: 0, description: 'Bytes.' }),
    url: HttpUrl,
  },
  { additionalProperties: false, description: 'A file attached to a document.' },
);

export const Interpretation = Type.Object(
  {
    title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    url: HttpUrl,
  },
  { additionalProperties: false, description: 'An interpretation (政策解读) of the document.' },
);

export const DocumentArticle = Type.Object(
  {
    ...documentFields,
    languages: Type.Array(Lang, {
      minItems: 1,
      description: 'Languages the document is published in; `zh-CN` first.',
    }),
    body: Type.Array(DocumentBlock, { description: 'The text, in `lang`.' }),
    attachments: Type.Array(Attachment),
    interpretations: Type.Array(Interpretation),
    relations: Type.Array(DocumentRelation, {
      description: 'Documents this one amends or repeals, and those that amend or repeal it.',
    }),
  },
  { additionalProperties: false, description: 'One document with its body and links.' },
);

/** One value of a facet with the number of documents that have it. */
const facetCount = <T extends TSchema>(value: T) =>
  Type.Object({ value, count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });

export const DocumentFacets = Type.Object(
  {
    site: Type.Array(facetCount(SiteId)),
    category: Type.Array(facetCount(PolicyCategory)),
    type: Type.Array(facetCount(DocumentType)),
    organ: Type.Array(
      Type.Object(
        { value: OrganId, name: Type.String(), count: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
    year: Type.Array(facetCount(Type.Integer())),
    validity: Type.Array(facetCount(DocumentValidity)),
  },
  {
    additionalProperties: false,
    description:
      'For each filter, how many documents each of its values would give under the current ' +
      'query: every other filter applied, that filter itself not (so choosing another value ' +
      'of it is counted too). Values with no document are left out; counts are exact.',
  },
);

export const DocumentsPage = Type.Object(
  {
    items: Type.Array(DocumentSummary),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` to get the next page; `null` on the last page.',
    }),
    total: Type.Integer({ minimum: 0, description: 'Documents matching the whole query.' }),
    facets: DocumentFacets,
  },
  { additionalProperties: false, description: 'One page of documents.' },
);

const list = <T extends TSchema>(item: T, description: string) =>
  Type.Optional(
    Type.Array(item, { minItems: 1, maxItems: DOCUMENT_FILTER_VALUES_MAX, description }),
  );

const Year = Type.Integer({ minimum: DOCUMENT_YEAR_MIN, maximum: DOCUMENT_YEAR_MAX });

/** Query of `GET /api/v1/documents`. */
export const DocumentsQuery = Type.Object(
  {
    site: Type.Optional(
      Type.Array(SiteId, {
        minItems: 1,
        maxItems: SITES_PER_QUERY_MAX,
        description: 'Publishing site ids, comma-separated; omit for every site.',
      }),
    ),
    category: list(PolicyCategory, 'Policy categories, comma-separated.'),
    type: list(DocumentType, 'Document types, comma-separated.'),
    organ: list(OrganId, 'Issuing organs, comma-separated (a joint document counts for each).'),
    validity: list(DocumentValidity, 'Validities, comma-separated.'),
    yearFrom: Type.Optional({ ...Year, description: 'Earliest year of publication.' }),
    yearTo: Type.Optional({ ...Year, description: 'Latest year of publication.' }),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: DOCUMENT_QUERY_MAX_LENGTH,
        description:
          'Words to find in the title, summary or body: Chinese (two characters are enough), ' +
          'Latin, or both; every word must match.',
      }),
    ),
    sort: Type.Optional(
      stringEnum(
        DOCUMENT_SORTS,
        'Order: `newest`, or `relevance` (title over summary over body, then newest); ' +
          'default `relevance` with `q`, else `newest`.',
      ),
    ),
    lang: Type.Optional(
      Type.String({
        pattern: LANG_PATTERN,
        description: 'Language of titles and summaries (Chinese where a document has none).',
      }),
    ),
    translated: Type.Optional(Type.Boolean({ description: 'Only documents published in `lang`.' })),
    limit: Type.Optional(
      Type.Integer({
        minimum: PAGE_SIZE_MIN,
        maximum: PAGE_SIZE_MAX,
        default: PAGE_SIZE_DEFAULT,
        description: 'Page size.',
      }),
    ),
    cursor: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: CURSOR_MAX_LENGTH,
        pattern: CURSOR_PATTERN,
        description: '`nextCursor` of the previous page (of the same query).',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Path of `GET /api/v1/documents/{id}`. */
export const DocumentPath = Type.Object({ id: DocumentId }, { additionalProperties: false });

/** Query of `GET /api/v1/documents/{id}`. */
export const DocumentQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.String({
        pattern: LANG_PATTERN,
        description: 'Language of the text (Chinese where the document has none in it).',
      }),
    ),
  },
  { additionalProperties: false },
);
