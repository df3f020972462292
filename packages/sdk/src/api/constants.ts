/**
 * Every limit, pattern and enumeration of the Portal API, defined once. The TypeBox schemas
 * (`./schemas/*.ts`), hence the OpenAPI document and the server's validation, are built from
 * these; so are the client's checks before it sends a request (`../client/query.ts`).
 *
 * This module has no dependencies: the browser bundle imports it, never the schemas. Each limit
 * is its own constant so a bundler keeps only the ones a bundle uses.
 */

/** Smallest page size of a list. */
export const PAGE_SIZE_MIN = 1;
/** Largest page size of a list. */
export const PAGE_SIZE_MAX = 100;
/** Page size of a list when `limit` is omitted. */
export const PAGE_SIZE_DEFAULT = 20;
/** Most site ids in one `site` filter. */
export const SITES_PER_QUERY_MAX = 400;
/** Longest `cursor` (the server's cursors are far shorter). */
export const CURSOR_MAX_LENGTH = 200;
/** Longest news id. */
export const NEWS_ID_MAX_LENGTH = 64;
/** Longest site id. */
export const SITE_ID_MAX_LENGTH = 32;
/** Longest URL in a representation. */
export const URL_MAX_LENGTH = 2048;
/** Longest news title. */
export const TITLE_MAX_LENGTH = 500;
/** Longest news summary. */
export const SUMMARY_MAX_LENGTH = 2000;
/** Longest host name (RFC 1035). */
export const DOMAIN_MAX_LENGTH = 253;
/** Longest site name or organizer name in one language. */
export const NAME_MAX_LENGTH = 200;
/** Longest `urlPattern.template`. */
export const URL_TEMPLATE_MAX_LENGTH = 200;
/** Longest contact phone number. */
export const PHONE_MAX_LENGTH = 32;
/** Longest contact e-mail address (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;
/** Longest postal address. */
export const ADDRESS_MAX_LENGTH = 200;

/** Limits the server enforces and the client checks before asking. */
export const API_LIMITS = {
  pageSizeMax: PAGE_SIZE_MAX,
  pageSizeDefault: PAGE_SIZE_DEFAULT,
  /** Most site ids in one `site` filter. */
  sitesPerQueryMax: SITES_PER_QUERY_MAX,
} as const;

/** A BCP 47-like language tag, as the `lang` parameter takes it (`zh-CN`, `en`, `pt-BR`). */
export const LANG_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/** A site id (`main`, `wms`, `guangdong`, `fr`): {@link SITE_ID_MAX_LENGTH} characters at most. */
export const SITE_ID_PATTERN = `^[a-z][a-z0-9-]{0,${SITE_ID_MAX_LENGTH - 1}}$`;

/** A news id: not blank, no control characters (a NUL byte never reaches the database). */
export const NEWS_ID_PATTERN = '^(?!\\s*$)[^\\u0000-\\u001F\\u007F]+$';

/** A cursor: base64url, as the server makes them. */
export const CURSOR_PATTERN = '^[A-Za-z0-9_-]+$';

/**
 * An absolute http(s) URL (scheme in any case). Anything else — `javascript:`, `data:`, a
 * relative reference, leading spaces — does not match, so it is never served as a link.
 */
export const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$';

/** The kinds of site in the portal's site group. */
export const SITE_KINDS = ['main', 'department', 'commissioner', 'overseas', 'local'] as const;

/** The three news columns of 商务新闻联播. */
export const NEWS_COLUMNS = ['headlines', 'updates', 'briefs'] as const;

/** Where the language code goes in a site's localized addresses. */
export const SITE_URL_PATTERN_KINDS = ['subdomain', 'path', 'query'] as const;

/** Longest document id. */
export const DOCUMENT_ID_MAX_LENGTH = 64;

/** A document id: lower-case ASCII letters, digits and `-` (`mofcom-order-2004-14`). */
export const DOCUMENT_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

/** Longest text query (`q`) of the documents list, in characters. */
export const DOCUMENT_QUERY_MAX_LENGTH = 100;

/** Longest file number the lookup reads, as typed (the parser's own limit). */
export const FILE_NUMBER_INPUT_MAX_LENGTH = 256;

/** Most values of one list filter of the documents list (types, organs, categories…). */
export const DOCUMENT_FILTER_VALUES_MAX = 20;

/** Earliest and latest year a documents query may name. */
export const DOCUMENT_YEAR_MIN = 1949;
export const DOCUMENT_YEAR_MAX = 2100;

/** An issuing organ's id (`mofcom`, `gacc`, `state-council`). */
export const ORGAN_ID_PATTERN = '^[a-z][a-z0-9-]{0,31}$';

/** A policy category id: kebab-case ASCII, 1–40 characters (`foreign-trade`). */
export const POLICY_CATEGORY_PATTERN = '^(?=.{1,40}$)[a-z][a-z0-9]*(-[a-z0-9]+)*$';

/**
 * A document's validity (时效性): in force, amended (in force as amended by a later document),
 * repealed (废止) or expired (失效, its term ran out).
 */
export const DOCUMENT_VALIDITIES = ['in-force', 'amended', 'repealed', 'expired'] as const;

/**
 * What a document is, for the documents list's `type` filter: one of the 15 types of the 2012
 * regulations on official documents, or `bulletin`, an issue of the ministry's periodical
 * *China Foreign Economic and Trade Bulletin* (文告), which has none of those types.
 */
export const DOCUMENT_TYPE_VALUES = [
  'resolution',
  'decision',
  'order',
  'communique',
  'announcement',
  'public-notice',
  'opinion',
  'notice',
  'circular',
  'report',
  'request',
  'reply',
  'motion',
  'letter',
  'minutes',
  'bulletin',
] as const;

/** Orders of the documents list: newest first, or most relevant to `q` first. */
export const DOCUMENT_SORTS = ['newest', 'relevance'] as const;

/** The fields a document's search snippet may come from, best first. */
export const DOCUMENT_SNIPPET_FIELDS = ['title', 'summary', 'body'] as const;

/** How two documents are related: the later one amends or repeals the earlier. */
export const DOCUMENT_RELATIONS = ['amends', 'amended-by', 'repeals', 'repealed-by'] as const;

/** Why the lookup suggests a document for a number it did not find. */
export const LOOKUP_SUGGESTION_REASONS = [
  'other-year',
  'neighbouring-sequence',
  'near-issuer',
  'transposed-digits',
] as const;

/** Most "did you mean" suggestions of a lookup that found nothing. */
export const LOOKUP_SUGGESTIONS_MAX = 5;

/** What a message to the ministry is: a question, a suggestion or a complaint. */
export const MESSAGE_KINDS = ['consultation', 'suggestion', 'complaint'] as const;

/**
 * Where a message stands: received, forwarded to a department (转办), replied, reply published.
 * Only ever moves forward, in this order.
 */
export const MESSAGE_STATUSES = ['received', 'forwarded', 'replied', 'published'] as const;

/** Longest message subject, in characters (Unicode code points). */
export const MESSAGE_SUBJECT_MAX_LENGTH = 200;
/** Longest message body, in characters (Unicode code points). */
export const MESSAGE_BODY_MAX_LENGTH = 5000;
/** Longest name of the person writing. */
export const MESSAGE_NAME_MAX_LENGTH = 100;
/** Longest reply text. */
export const MESSAGE_REPLY_MAX_LENGTH = 10000;
/**
 * Largest `POST /api/v1/messages` request body, in bytes: every field at its longest, even
 * written entirely as `\uXXXX` escapes of characters outside the BMP, fits; more is a 413.
 */
export const MESSAGE_REQUEST_MAX_BYTES = 98_304;

/** Shortest and longest `Idempotency-Key`. */
export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;
/** An `Idempotency-Key`: 8–128 visible ASCII characters (no space). */
export const IDEMPOTENCY_KEY_PATTERN = '^[\\x21-\\x7E]{8,128}$';

/**
 * A `Portal-Read-After` token: a PostgreSQL WAL position (`0/3A2F5C8`), the primary's after a
 * write. The server reads the two halves from the groups.
 */
export const READ_AFTER_TOKEN_PATTERN = '^([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})$';

/**
 * One line of text: not blank, no control characters, no lone surrogate (which no database
 * text column can hold). Read with the `u` flag, as the server's validator does.
 */
export const MESSAGE_LINE_PATTERN = '^(?!\\s*$)[^\\u0000-\\u001F\\u007F\\uD800-\\uDFFF]+$';

/** Text of several lines: as {@link MESSAGE_LINE_PATTERN}, tabs and line breaks allowed. */
export const MESSAGE_TEXT_PATTERN =
  '^(?!\\s*$)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uD800-\\uDFFF]+$';

/** An e-mail address as people write them: `local@domain.tld`, no spaces or markup. */
export const EMAIL_PATTERN =
  '^[^\\s@<>()\\[\\],;:"\\u0000-\\u001F\\u007F]+@[^\\s@<>()\\[\\],;:"\\u0000-\\u001F\\u007F]+\\.[^\\s@<>()\\[\\],;:"\\u0000-\\u001F\\u007F.]+$';

/** A phone number: digits, spaces, `+`, `-`, `(`, `)`, at least one digit. */
export const PHONE_PATTERN = '^(?=[^0-9]*[0-9])[0-9 +()-]+$';

/**
 * A tracking number in its canonical spelling, `M26-7KQ4-9XHC`: `M`, the two-digit year, eight
 * Crockford base-32 characters (the last one a check character). Rules:
 * docs/rules/tracking-numbers.md. Other spellings are read by `isTrackingNumber()`.
 */
export const TRACKING_NUMBER_PATTERN = '^M[0-9]{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$';
/** Longest tracking number the API reads, as typed (spaces, hyphens). */
export const TRACKING_NUMBER_INPUT_MAX_LENGTH = 40;

// ── Staff side of messages (Authorization: Bearer <staff token>) ────────────────────────────

/**
 * Which messages a staff list shows: `open` (received or forwarded, not replied yet; the
 * default), `replied` (replied or published), or `all`.
 */
export const STAFF_MESSAGE_FILTERS = ['open', 'replied', 'all'] as const;
/** Longest note of a forward (转办意见), in characters. */
export const STAFF_NOTE_MAX_LENGTH = 1000;
/**
 * A staff token as `staff create` prints it: `pks_` and 43 base64url characters (256 random
 * bits). Only its SHA-256 is stored.
 */
export const STAFF_TOKEN_PATTERN = '^pks_[A-Za-z0-9_-]{43}$';

// ── Published messages and their statistics (public side of the messages) ────────────────
/** Where a text query matched a published message. */
export const MESSAGE_SNIPPET_FIELDS = ['subject', 'question', 'reply'] as const;
/** Longest text query of the published messages. */
export const MESSAGE_QUERY_MAX_LENGTH = 100;
/** First and last year the message statistics can be asked for. */
export const MESSAGE_STATS_YEAR_MIN = 2000;
export const MESSAGE_STATS_YEAR_MAX = 2100;

// ── Business guides (业务指南) and their service items (办事事项) ──────────────────────────
/** The six business guides, in the portal's order. */
export const GUIDE_IDS = [
  'china-market',
  'foreign-trade',
  'investment',
  'cooperation',
  'trade-remedy',
  'wto',
] as const;
/**
 * A guide node's id (a section or a service item): lower-case ASCII, digits, `-` and `.`,
 * unique across the guides (`investment.fdi-entry`, `tech-contract-registration`).
 */
export const GUIDE_NODE_ID_PATTERN = '^[a-z0-9][a-z0-9.-]{0,79}$';
/** Whether a service item is still offered. */
export const SERVICE_STATUSES = ['active', 'withdrawn'] as const;
/** The form a required material is handed in. */
export const SERVICE_MATERIAL_FORMS = [
  'original',
  'copy',
  'original-and-copy',
  'electronic',
] as const;
/** How a step's sub-steps combine: every one ("and") or any one ("or"). */
export const SERVICE_STEP_MODES = ['all', 'any'] as const;
/** Longest text query of the service items. */
export const SERVICE_QUERY_MAX_LENGTH = 100;
