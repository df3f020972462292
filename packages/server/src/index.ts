/**
 * `@portal-kit/server`: the reference Portal API server (Fastify over PostgreSQL; embedded
 * PGlite by default).
 */
export { CACHE_POLICY, createApp, entityTagOf } from './app.js';
export type { AppOptions } from './app.js';
export { DEFAULT_DATA_DIR, openDatabase, startServer } from './server.js';
export type { RunningServer, ServerOptions } from './server.js';
export type {
  ChangeEvent,
  ChangeListener,
  Database,
  DatabaseKind,
  Queryable,
  TransactionOptions,
} from './db/database.js';
export { DEFAULT_STATEMENT_TIMEOUT_MS, STATEMENT_TIMEOUT_CODE } from './db/database.js';
export { CHANGE_CHANNEL } from './db/notify.js';
export type { ResponseCache, ResponseCacheOptions } from './http/response-cache.js';
export type { RateLimitOptions } from './http/security.js';
export { CSP_REPORT_PATH } from './http/csp-reports.js';
export type { CspViolation } from './http/csp-reports.js';
export { STATIC_CSP, STATIC_CSP_DIRECTIVES } from './http/static.js';
export { inProcessFetch, registerRenderedPages, renderedPageCsp } from './http/pages.js';
export type { PageRenderer, PageRequest, RenderedPageResult } from './http/pages.js';
export {
  createStaffToken,
  listStaffTokens,
  revokeStaffToken,
  StaffTokenError,
} from './messages/staff-tokens.js';
export type { StaffTokenInfo } from './messages/staff-tokens.js';
export { createPgliteDatabase, dumpPglite } from './db/pglite.js';
export type { PgliteDatabaseOptions } from './db/pglite.js';
export { createPostgresDatabase } from './db/postgres.js';
export type { PostgresDatabaseOptions } from './db/postgres.js';
export { loadMigrations, migrate } from './db/migrate.js';
export type { Migration } from './db/migrate.js';
export {
  createRepository,
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  saveSiteIn,
} from './repository.js';
export type { ListNewsOptions, ListSitesOptions, NewsCursor, Repository } from './repository.js';
export {
  assertValidSites,
  DEFAULT_SEED,
  generateSeedData,
  SEED_REFERENCE_DATE,
  SEED_SPAN_DAYS,
  seedDatabase,
} from './seed/seed.js';
export type { SeedData, SeedNewsItem, SeedOptions, SeedResult, SeedSite } from './seed/seed.js';
