/**
 * The Portal API's data types, each the `Static` type of its TypeBox schema in `./schemas/`:
 * the types cannot drift from the schemas the server validates with. Type-only imports: the
 * browser bundle gains nothing from TypeBox.
 */
import type { Static } from 'typebox';
import type * as common from './schemas/common.js';
import type * as lookup from './schemas/document-lookup.js';
import type * as documents from './schemas/documents.js';
import type * as guides from './schemas/guides.js';
import type * as messages from './schemas/messages.js';
import type * as news from './schemas/news.js';
import type * as published from './schemas/published-messages.js';
import type * as sites from './schemas/sites.js';
import type * as staff from './schemas/staff.js';

export {
  API_LIMITS,
  DOCUMENT_SORTS,
  DOCUMENT_TYPE_VALUES,
  DOCUMENT_VALIDITIES,
  GUIDE_IDS,
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  NEWS_COLUMNS,
  SERVICE_STATUSES,
  SITE_KINDS,
  SITE_URL_PATTERN_KINDS,
} from './constants.js';

/** `Static<typeof schema>` flattened into plain object types, as a hand-written interface reads. */
export type Plain<T> = T extends readonly (infer Item)[]
  ? Plain<Item>[]
  : T extends object
    ? { [Name in keyof T]: Plain<T[Name]> }
    : T;

/** The kinds of site in the portal's site group. */
export type SiteKind = Plain<Static<typeof common.SiteKind>>;

/** The three news columns of 商务新闻联播. */
export type NewsColumn = Plain<Static<typeof common.NewsColumn>>;

/**
 * A site of the site group: the main site or one of its subsites. `names` and `organizer`
 * (主办单位) map language codes to text, `zh-CN` always present; `parent` is `null` only for the
 * main site; `languages` lists what it publishes in, its default first; `siteCode` is the
 * 网站标识码, `icp` and `publicSecurity` its record numbers.
 */
export type Site = Plain<Static<typeof sites.Site>>;

/** How the site's localized pages are addressed: where the language code goes. */
export type SiteUrlPatternKind = Plain<Static<typeof common.SiteUrlPatternKind>>;

/**
 * Where a page in language `lang` lives: `template` holds `{lang}` exactly once.
 * - `path`: a path on the site's domain, e.g. `/{lang}/` → `https://wms.mofcom.gov.cn/en/`;
 * - `subdomain`: a host name, e.g. `{lang}.wms.mofcom.gov.cn` → `https://en.wms.mofcom.gov.cn/`;
 * - `query`: a query on any page of the site, e.g. `?lang={lang}` → `…/page.html?lang=en`.
 */
export type SiteUrlPattern = Plain<Static<typeof sites.SiteUrlPattern>>;

/** The footer's contact facts: at least one of phone, email and (Chinese) postal address. */
export type SiteContact = Plain<Static<typeof sites.SiteContact>>;

/** A news item as listed; `url` is the absolute http(s) URL of the article on its site. */
export type NewsItem = Plain<Static<typeof news.NewsItem>>;

/** A news item with its body, as returned by `GET /api/v1/news/{id}`. */
export type NewsArticle = Plain<Static<typeof news.NewsArticle>>;

/** One page of a cursor-paginated list, newest first. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** The list of sites. */
export type SiteList = Plain<Static<typeof sites.SiteList>>;

/** RFC 9457 problem details, as every error response carries. */
export type Problem = Plain<Static<typeof common.Problem>>;

/** One invalid request parameter of a 400 problem. */
export type ProblemParamError = Plain<Static<typeof common.ProblemParamError>>;

/** `GET /healthz`. */
export type Health = Plain<Static<typeof common.Health>>;

/** A list parameter as the client takes it: one value or several. */
type OneOrMany<Query> = {
  [Name in keyof Query]: NonNullable<Query[Name]> extends readonly (infer Item)[]
    ? Item | Item[]
    : Query[Name];
};

/**
 * Query of `GET /api/v1/news`: `site` and `column` take one value or several (none for all),
 * `lang` a language code (none for all), `limit` the page size, `cursor` the previous page's
 * `nextCursor`.
 */
export type NewsQuery = OneOrMany<Plain<Static<typeof news.NewsQuery>>>;

/** Query of `GET /api/v1/sites`: one kind, several, or none for all. */
export type SitesQuery = OneOrMany<Plain<Static<typeof sites.SitesQuery>>>;

/** A parsed file number as the API gives it: canonical spelling, lookup key and parts. */
export type FileNumberValue = Plain<Static<typeof documents.FileNumberValue>>;

/** What a document is: one of the 15 types of the 2012 regulations, or `bulletin` (文告). */
export type DocumentType = Plain<Static<typeof documents.DocumentType>>;

/** A document's validity: `in-force`, `amended`, `repealed` or `expired`. */
export type DocumentValidity = Plain<Static<typeof documents.DocumentValidity>>;

/** An issuing organ, named in the answer's language. */
export type Organ = Plain<Static<typeof documents.Organ>>;

/** Where a text query matched: plain text and the ranges to highlight. */
export type DocumentSnippet = Plain<Static<typeof documents.Snippet>>;

/** Another document, as a link names it. */
export type DocumentRef = Plain<Static<typeof documents.DocumentRef>>;

/** A document as listed (`GET /api/v1/documents`). */
export type DocumentSummary = Plain<Static<typeof documents.DocumentSummary>>;

/** One document with body, attachments, interpretations and relations. */
export type DocumentArticle = Plain<Static<typeof documents.DocumentArticle>>;

/** One block of a document body: a heading or a paragraph of plain text. */
export type DocumentBlock = Plain<Static<typeof documents.DocumentBlock>>;

/** A file attached to a document. */
export type DocumentAttachment = Plain<Static<typeof documents.Attachment>>;

/** The facet counts of a documents query. */
export type DocumentFacets = Plain<Static<typeof documents.DocumentFacets>>;

/** One page of documents with the total and the facets. */
export type DocumentsPage = Plain<Static<typeof documents.DocumentsPage>>;

/**
 * Query of `GET /api/v1/documents`: list filters take one value or several; `yearFrom`/`yearTo`
 * a year range; `q` words to find; `sort` `newest` or `relevance`.
 */
export type DocumentsQuery = OneOrMany<Plain<Static<typeof documents.DocumentsQuery>>>;

/** What a lookup found: the number as read, and its documents. */
export type DocumentLookup = Plain<Static<typeof lookup.DocumentLookup>>;

/** A "did you mean" suggestion of a lookup that found nothing. */
export type LookupSuggestion = Plain<Static<typeof lookup.LookupSuggestion>>;

/** The members of a lookup's 404 problem: the number as read, and suggestions. */
export type LookupNotFound = Plain<Static<typeof lookup.LookupNotFound>>;

/** What a message is: `consultation`, `suggestion` or `complaint`. */
export type MessageKind = Plain<Static<typeof messages.MessageKind>>;

/** Where a message stands: `received`, `forwarded`, `replied`, `published`. */
export type MessageStatus = Plain<Static<typeof messages.MessageStatus>>;

/** The body of `POST /api/v1/messages`: a message to the ministry. */
export type MessageSubmission = Plain<Static<typeof messages.MessageSubmission>>;

/** The receipt of a stored message: tracking number, access code (shown once), due date. */
export type MessageReceipt = Plain<Static<typeof messages.MessageReceipt>>;

/** One step of a message's history. */
export type MessageEvent = Plain<Static<typeof messages.MessageEvent>>;

/** The reply to a message. */
export type MessageReply = Plain<Static<typeof messages.MessageReply>>;

/** A message as its asker sees it (`GET /api/v1/messages/{trackingNumber}`). */
export type MessageView = Plain<Static<typeof messages.MessageView>>;

// ── Staff side of messages ───────────────────────────────────────────────────────────────

/** Which messages a staff list shows: `open` (default), `replied`, `all`. */
export type StaffMessageFilter = Plain<Static<typeof staff.StaffMessageFilter>>;

/** One step of a message as staff see it; a forward names its department (`toSite`). */
export type StaffMessageEvent = Plain<Static<typeof staff.StaffMessageEvent>>;

/** The published texts of a message, or the proposed (redacted) ones until it is published. */
export type StaffPublication = Plain<Static<typeof staff.StaffPublication>>;

/** A message as the staff of its handling site see it (`GET /api/v1/staff/messages/{tn}`). */
export type StaffMessage = Plain<Static<typeof staff.StaffMessage>>;

/** One page of a staff token's messages, with the total. */
export type StaffMessagesPage = Plain<Static<typeof staff.StaffMessagesPage>>;

/** Query of `GET /api/v1/staff/messages`. */
export type StaffMessagesQuery = Plain<Static<typeof staff.StaffMessagesQuery>>;

/** Body of a forward (转办): the department and an optional note. */
export type ForwardRequest = Plain<Static<typeof staff.ForwardRequest>>;

/** Body of a reply. */
export type ReplyRequest = Plain<Static<typeof staff.ReplyRequest>>;

/** Body of a publish: the texts to publish, each defaulting to the redacted original. */
export type PublishRequest = Plain<Static<typeof staff.PublishRequest>>;

/** Where a text query matched a published message. */
export type MessageSnippet = Plain<Static<typeof published.MessageSnippet>>;

/** A published question and reply (`GET /api/v1/messages`), personal data removed. */
export type PublishedMessage = Plain<Static<typeof published.PublishedMessage>>;

/** One page of `GET /api/v1/messages`. */
export type MessagesPage = Plain<Static<typeof published.MessagesPage>>;

/** Query of `GET /api/v1/messages`; `site` may also be one id or an array. */
export type MessagesQuery = OneOrMany<Plain<Static<typeof published.MessagesQuery>>>;

/** Query of `GET /api/v1/messages/stats`. */
export type MessageStatsQuery = Plain<Static<typeof published.MessageStatsQuery>>;

/** One month of the message statistics. */
export type MessageStatsMonth = Plain<Static<typeof published.MessageStatsMonth>>;

/** `GET /api/v1/messages/stats`: the messages of a year, answered, per month. */
export type MessageStats = Plain<Static<typeof published.MessageStats>>;

// ── Business guides (业务指南) ────────────────────────────────────────────────────────────

/** One of the six business guides: `china-market`, `foreign-trade`, `investment`, … */
export type GuideId = Plain<Static<typeof guides.GuideId>>;
/** A business guide as listed: title and summary in `lang`, how many sections and items. */
export type GuideSummary = Plain<Static<typeof guides.GuideSummary>>;
/** The six guides. */
export type GuideList = Plain<Static<typeof guides.GuideList>>;
/** A section of a guide, with its own text; `parent` is the section it is in (or `null`). */
export type GuideSectionNode = Plain<Static<typeof guides.GuideSectionNode>>;
/** A service item in a guide's tree; its fields come from `services.get(id)`. */
export type GuideServiceNode = Plain<Static<typeof guides.GuideServiceNode>>;
/** A node of a guide's tree. */
export type GuideNode = GuideSectionNode | GuideServiceNode;
/** One guide with every node, in tree order (depth first); `parent` builds the tree. */
export type Guide = Plain<Static<typeof guides.Guide>>;
/** `active`, or `withdrawn` (no longer offered; kept so old links explain it). */
export type ServiceStatus = Plain<Static<typeof guides.ServiceStatus>>;
/** A step of a service's process; `2.1` is the first sub-step of `2`. */
export type ServiceStep = Plain<Static<typeof guides.ServiceStep>>;
/** A material to hand in. */
export type ServiceMaterial = Plain<Static<typeof guides.ServiceMaterial>>;
/** A service item as listed, with the sections above it. */
export type ServiceSummary = Plain<Static<typeof guides.ServiceSummary>>;
/** Service items. */
export type ServiceList = Plain<Static<typeof guides.ServiceList>>;
/** One service item (办事事项) with the fields of a government service guide. */
export type Service = Plain<Static<typeof guides.Service>>;
/** Query of `services.list()`. */
export type ServicesQuery = Plain<Static<typeof guides.ServicesQuery>>;
