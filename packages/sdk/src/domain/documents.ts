/**
 * Document types (公文种类) and policy categories (政策类别) of the portal, as typed constants
 * with stable ASCII ids. Display names live in `@portal-kit/i18n` (namespace `domain`, keys
 * `documentTypes.<id>`, `policyCategories.<id>`, `publicationKinds.<id>`); this module holds
 * only the ids and the official Chinese names used to recognise them.
 *
 * The ids are part of the API surface (URLs, database rows, i18n keys): they never change.
 * See docs/rules/documents.md for why each id was chosen.
 */

/**
 * The 15 document types of the 2012 Regulations on the Handling of Official Documents of Party
 * and Government Organs (《党政机关公文处理工作条例》, article 8), in the regulations' order.
 *
 * Where the English names of two types are close, the ids follow the most common official
 * translation and stay distinct: 通知 `notice`, 通告 `public-notice` (a notice posted for the
 * public to observe), 通报 `circular` (a notice circulated inside the administration: commend,
 * criticise, inform). 命令 is also written 令 (as in 商务部令): both give `order`.
 */
export const DOCUMENT_TYPES = [
  { id: 'resolution', zh: '决议', aliases: [] },
  { id: 'decision', zh: '决定', aliases: [] },
  { id: 'order', zh: '命令', aliases: ['令'] },
  { id: 'communique', zh: '公报', aliases: [] },
  { id: 'announcement', zh: '公告', aliases: [] },
  { id: 'public-notice', zh: '通告', aliases: [] },
  { id: 'opinion', zh: '意见', aliases: [] },
  { id: 'notice', zh: '通知', aliases: [] },
  { id: 'circular', zh: '通报', aliases: [] },
  { id: 'report', zh: '报告', aliases: [] },
  { id: 'request', zh: '请示', aliases: [] },
  { id: 'reply', zh: '批复', aliases: [] },
  { id: 'motion', zh: '议案', aliases: [] },
  { id: 'letter', zh: '函', aliases: [] },
  { id: 'minutes', zh: '纪要', aliases: [] },
] as const satisfies readonly DocumentTypeDefinition[];

/** One document type: its id, its official Chinese name and the other names it goes by. */
export interface DocumentTypeDefinition {
  readonly id: string;
  readonly zh: string;
  readonly aliases: readonly string[];
}

/** Id of one of the 15 document types: `'notice'`, `'order'`, `'reply'`… */
export type DocumentTypeId = (typeof DOCUMENT_TYPES)[number]['id'];

/** The 15 document type ids, in the regulations' order. */
export const DOCUMENT_TYPE_IDS: readonly DocumentTypeId[] = /* @__PURE__ */ DOCUMENT_TYPES.map(
  (t) => t.id,
);

const documentTypeIds: ReadonlySet<string> = /* @__PURE__ */ new Set(DOCUMENT_TYPE_IDS);

/** Chinese names (and aliases) → id. */
const documentTypeByName: ReadonlyMap<string, DocumentTypeId> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ DOCUMENT_TYPES.flatMap((t) =>
    [t.zh, ...t.aliases].map((name) => [name, t.id] as const),
  ),
);

/** Whether `value` is the id of one of the 15 document types. */
export function isDocumentType(value: unknown): value is DocumentTypeId {
  return typeof value === 'string' && documentTypeIds.has(value);
}

/** Removes every kind of space (ASCII, full-width, no-break) people leave around a name. */
function compact(value: string): string {
  return value.replace(/[\s\u3000\u00a0]+/gu, '');
}

/**
 * The document type a Chinese name denotes, or `undefined`. Accepts the official name
 * (`通知`), the alias `令` for 命令, the regulations' own spelling `命令（令）` / `命令(令)`, and
 * spaces anywhere. Anything else — including an id such as `'notice'` — gives `undefined`
 * (use {@link isDocumentType} for ids).
 *
 * @example documentTypeOf('令') // 'order'
 * @example documentTypeOf(' 通 报 ') // 'circular'
 */
export function documentTypeOf(name: string): DocumentTypeId | undefined {
  if (typeof name !== 'string') return undefined;
  const key = compact(name).replace(/^命令[(（]令[)）]$/u, '命令');
  return documentTypeByName.get(key);
}

/** The official Chinese name of a document type (`order` → `命令`). */
export function documentTypeName(id: DocumentTypeId): string {
  return DOCUMENT_TYPES.find((t) => t.id === id)!.zh;
}

/**
 * The policy categories of 政策发布 in the reference data, with their Chinese names.
 * The list is open: a deployment may publish in further categories (see
 * {@link PolicyCategoryId}).
 */
export const POLICY_CATEGORIES = [
  { id: 'domestic-trade', zh: '国内贸易' },
  { id: 'foreign-trade', zh: '对外贸易' },
  { id: 'foreign-investment', zh: '利用外资' },
  { id: 'international-cooperation', zh: '国际经济合作' },
] as const satisfies readonly PolicyCategoryDefinition[];

/** A policy category: its id and its Chinese name. */
export interface PolicyCategoryDefinition {
  readonly id: string;
  readonly zh: string;
}

/** Id of one of the four policy categories the portal ships with. */
export type KnownPolicyCategoryId = (typeof POLICY_CATEGORIES)[number]['id'];

/**
 * Id of a policy category: one of the known four (with editor completion) or any other id in
 * the same format (lower-case ASCII words joined by `-`, at most 40 characters; check with
 * {@link isPolicyCategoryId}). The union stays open so a deployment can add categories without
 * a new SDK release; their display names then come from its own i18n strings.
 */
export type PolicyCategoryId = KnownPolicyCategoryId | (string & {});

/** The format every policy category id follows: kebab-case ASCII, 1–40 characters. */
export const POLICY_CATEGORY_ID_PATTERN = /^(?=.{1,40}$)[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The four known policy category ids. */
export const POLICY_CATEGORY_IDS: readonly KnownPolicyCategoryId[] =
  /* @__PURE__ */ POLICY_CATEGORIES.map((c) => c.id);

const knownCategoryIds: ReadonlySet<string> = /* @__PURE__ */ new Set(POLICY_CATEGORY_IDS);

/** Whether `value` is a well-formed policy category id (known or not). */
export function isPolicyCategoryId(value: unknown): value is PolicyCategoryId {
  return typeof value === 'string' && POLICY_CATEGORY_ID_PATTERN.test(value);
}

/** Whether `value` is one of the four known policy category ids. */
export function isKnownPolicyCategory(value: unknown): value is KnownPolicyCategoryId {
  return typeof value === 'string' && knownCategoryIds.has(value);
}

/** The known policy category a Chinese name denotes (`对外贸易` → `foreign-trade`), spaces ignored. */
export function policyCategoryOf(name: string): KnownPolicyCategoryId | undefined {
  if (typeof name !== 'string') return undefined;
  const key = compact(name);
  return POLICY_CATEGORIES.find((c) => c.zh === key)?.id;
}

/**
 * What the portal's 政策发布 column publishes besides ordinary documents: ministry orders
 * (部令, numbered 商务部令YYYY年第N号), announcements (公告, 商务部公告YYYY年第N号) and issues
 * of the periodical *China Foreign Economic and Trade Bulletin* (文告).
 * `documentType` is the 2012 document type of the publication, where it is one.
 */
export const PUBLICATION_KINDS = [
  { id: 'order', zh: '部令', documentType: 'order' },
  { id: 'announcement', zh: '公告', documentType: 'announcement' },
  { id: 'bulletin', zh: '文告', documentType: null },
] as const satisfies readonly {
  readonly id: string;
  readonly zh: string;
  readonly documentType: DocumentTypeId | null;
}[];

/** Id of a publication kind: `'order'`, `'announcement'` or `'bulletin'`. */
export type PublicationKindId = (typeof PUBLICATION_KINDS)[number]['id'];

/** The three publication kind ids. */
export const PUBLICATION_KIND_IDS: readonly PublicationKindId[] =
  /* @__PURE__ */ PUBLICATION_KINDS.map((k) => k.id);

/** Whether `value` is a publication kind id. */
export function isPublicationKind(value: unknown): value is PublicationKindId {
  return typeof value === 'string' && (PUBLICATION_KIND_IDS as readonly string[]).includes(value);
}
