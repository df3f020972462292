/** Schemas of the news resource: `GET /api/v1/news` and `GET /api/v1/news/{id}`. */
import Type from 'typebox';
import {
  CURSOR_MAX_LENGTH,
  CURSOR_PATTERN,
  HTTP_URL_PATTERN,
  NEWS_ID_MAX_LENGTH,
  NEWS_ID_PATTERN,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  SITES_PER_QUERY_MAX,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '../constants.js';
import { NewsColumn } from './common.js';
import { Lang, SiteId } from './sites.js';
import { LANG_PATTERN } from '../constants.js';

export const NewsId = Type.String({
  minLength: 1,
  maxLength: NEWS_ID_MAX_LENGTH,
  pattern: NEWS_ID_PATTERN,
  description: 'Stable id of a news item (opaque string).',
});

/** An absolute http(s) URL: never `javascript:`, `data:` or relative. */
export const HttpUrl = Type.String({
  maxLength: URL_MAX_LENGTH,
  pattern: HTTP_URL_PATTERN,
  description: 'Absolute http(s) URL.',
});

const newsItemFields = {
  id: NewsId,
  site: SiteId,
  column: NewsColumn,
  lang: Lang,
  title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
  summary: Type.String({ maxLength: SUMMARY_MAX_LENGTH }),
  url: HttpUrl,
  publishedAt: Type.String({
    format: 'date-time',
    description: 'Publication instant, ISO 8601 with offset.',
  }),
};

export const NewsItem = Type.Object(newsItemFields, {
  additionalProperties: false,
  description: 'A news item as listed; `url` is the article page on its site.',
});

export const NewsArticle = Type.Object(
  {
    ...newsItemFields,
    body: Type.String({ description: 'Plain text, paragraphs separated by blank lines.' }),
  },
  { additionalProperties: false, description: 'A news item with its body.' },
);

export const NewsPage = Type.Object(
  {
    items: Type.Array(NewsItem),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` to get the next page; `null` on the last page.',
    }),
  },
  { additionalProperties: false, description: 'One page of news, newest first.' },
);

/** Query of `GET /api/v1/news`. */
export const NewsQuery = Type.Object(
  {
    site: Type.Optional(
      Type.Array(SiteId, {
        minItems: 1,
        maxItems: SITES_PER_QUERY_MAX,
        description: 'Site ids, comma-separated; omit for every site.',
      }),
    ),
    column: Type.Optional(
      Type.Array(NewsColumn, {
        minItems: 1,
        description: 'Columns, comma-separated; omit for all.',
      }),
    ),
    lang: Type.Optional(
      Type.String({ pattern: LANG_PATTERN, description: 'Language code; omit for all languages.' }),
    ),
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
        description: '`nextCursor` of the previous page.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Path of `GET /api/v1/news/{id}`. */
export const NewsPath = Type.Object({ id: NewsId }, { additionalProperties: false });
