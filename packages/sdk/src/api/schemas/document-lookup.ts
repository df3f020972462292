/**
 * Schemas of the lookup by file number, `GET /api/v1/documents/lookup`: its query, the documents
 * of a number, and the members of its 404 problem (suggestions, "did you mean") and of its 400
 * problem (the parse error's code).
 */
import Type from 'typebox';
import {
  FILE_NUMBER_INPUT_MAX_LENGTH,
  LANG_PATTERN,
  LOOKUP_SUGGESTION_REASONS,
  LOOKUP_SUGGESTIONS_MAX,
} from '../constants.js';
import { stringEnum } from './common.js';
import { DocumentRef, DocumentSummary, FileNumberValue } from './documents.js';

/** Query of `GET /api/v1/documents/lookup`. */
export const DocumentLookupQuery = Type.Object(
  {
    number: Type.String({
      minLength: 1,
      maxLength: FILE_NUMBER_INPUT_MAX_LENGTH,
      description:
        'A file number in any spelling people type: `商资发[06]第0123号`, ' +
        '`商务部令2004年14号`, full-width digits, spaces.',
    }),
    lang: Type.Optional(
      Type.String({ pattern: LANG_PATTERN, description: 'Language of titles and summaries.' }),
    ),
  },
  { additionalProperties: false },
);

export const DocumentLookup = Type.Object(
  {
    number: FileNumberValue,
    items: Type.Array(DocumentSummary, {
      minItems: 1,
      description: 'The documents of that number (several where organs reused one).',
    }),
  },
  {
    additionalProperties: false,
    description: 'What a file number was read as, and its documents.',
  },
);

export const LookupSuggestion = Type.Object(
  {
    reason: stringEnum(LOOKUP_SUGGESTION_REASONS, 'How the suggestion differs from the number.'),
    document: DocumentRef,
  },
  { additionalProperties: false },
);

/** The extra members of the lookup's 404 problem. */
export const LookupNotFound = Type.Object(
  {
    number: FileNumberValue,
    suggestions: Type.Array(LookupSuggestion, { maxItems: LOOKUP_SUGGESTIONS_MAX }),
  },
  {
    description:
      'Members of the 404 problem of a lookup: what the number was read as, and up to five ' +
      'documents with a near number ("did you mean").',
  },
);

/** The extra member of the lookup's 400 problem when the number cannot be read. */
export const LookupUnreadable = Type.Object(
  {
    code: Type.String({
      description:
        "The parse error's code (`no-year`, `unknown-form`…), as `parseFileNumber` gives it.",
    }),
  },
  { description: 'Member of the 400 problem of a lookup whose number cannot be read.' },
);
