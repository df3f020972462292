/** Schemas every resource shares: problem details, the health check, the enumerations. */
import Type from 'typebox';
import { NEWS_COLUMNS, SITE_KINDS, SITE_URL_PATTERN_KINDS } from '../constants.js';

/** A string enumeration, typed as the union of its values. */
export const stringEnum = <const Values extends readonly string[]>(
  values: Values,
  description: string,
) => Type.Unsafe<Values[number]>({ type: 'string', enum: [...values], description });

export const SiteKind = stringEnum(SITE_KINDS, 'The kind of site in the portal site group.');

export const NewsColumn = stringEnum(NEWS_COLUMNS, 'The news column (商务新闻联播).');

export const SiteUrlPatternKind = stringEnum(
  SITE_URL_PATTERN_KINDS,
  "Where the language code goes in a site's localized addresses.",
);

export const ProblemParamError = Type.Object(
  {
    param: Type.String({ description: 'Name of the query or path parameter.' }),
    message: Type.String({ description: 'What is wrong with it.' }),
  },
  { additionalProperties: false, description: 'One invalid request parameter.' },
);

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(ProblemParamError, {
        description: 'For 400: every invalid request parameter, with what is wrong with it.',
      }),
    ),
  },
  {
    description:
      'RFC 9457 problem details, as every error response carries; an operation may add ' +
      'extension members (the lookup: `code`, `number`, `suggestions`).',
  },
);

export const Health = Type.Object(
  {
    status: Type.Unsafe<'ok'>({ type: 'string', enum: ['ok'] }),
    database: Type.Unsafe<'pglite' | 'postgres'>({ type: 'string', enum: ['pglite', 'postgres'] }),
  },
  { additionalProperties: false, description: 'Liveness and the database engine.' },
);

/** A query that takes no parameters: any parameter is unknown. */
export const NoQuery = Type.Object({}, { additionalProperties: false });
