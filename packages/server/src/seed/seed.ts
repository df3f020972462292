/**
 * The reference data set: the whole site group, a few thousand news items, the documents
 * (policies, bulletins; see ./documents/) and demo messages, generated from a seed number and a
 * fixed reference date, and the business guides with their service items (researched, fixed
 * data; see ./guides/): every run (and every machine) gets the same rows.
 */
import { assertValidSite } from '@portal-kit/sdk';
import type { Site } from '@portal-kit/sdk';
import { contractSchemas } from '@portal-kit/sdk/openapi';
import type { Database, Queryable } from '../db/database.js';
import { insertCorpus } from '../documents/store.js';
import { contractCheck } from '../http/compilers.js';
import { generateDocuments } from './documents/index.js';
import { insertGuides } from './guides/index.js';
import { DEMO_MESSAGES, generateMessages, insertMessages } from './messages/index.js';
import { generateNews } from './news/generate.js';
import type { SeedNewsItem } from './news/generate.js';
import { buildRegistry } from './registry/index.js';

export type { SeedNewsItem } from './news/generate.js';

/** The seed the server uses unless told otherwise. */
export const DEFAULT_SEED = 20_260_101;
/** The newest publication instant of the seed data: fixed, so the data never depends on "now". */
export const SEED_REFERENCE_DATE = new Date('2026-11-20T10:00:00.000Z');
/** How far back the seed's news goes. */
export const SEED_SPAN_DAYS = 730;

export interface SeedOptions {
  seed?: number;
  referenceDate?: Date;
  spanDays?: number;
  /**
   * How many documents (policies and bulletins) to seed: default the documents generator's
   * (the reference corpus); more, e.g. 100,000, for benchmarks.
   */
  documents?: number;
  /**
   * How many demo messages (three years, main site and five departments; see ./messages/):
   * default {@link DEMO_MESSAGES}, or none when `documents` is 0 (the bare seed of the tests).
   */
  messages?: number;
}

/** A site with its order within its kind. */
export interface SeedSite extends Site {
  position: number;
}

export interface SeedData {
  sites: SeedSite[];
  news: SeedNewsItem[];
}

/** Generates the seed data in memory (no database). Same options, same data. */
export function generateSeedData(options: SeedOptions = {}): SeedData {
  const registry = buildRegistry();
  const positions = new Map<string, number>();
  const sites = registry.map(({ site }) => {
    const position = positions.get(site.kind) ?? 0;
    positions.set(site.kind, position + 1);
    return { ...site, position };
  });
  const news = generateNews(registry, {
    seed: options.seed ?? DEFAULT_SEED,
    referenceDate: options.referenceDate ?? SEED_REFERENCE_DATE,
    spanDays: options.spanDays ?? SEED_SPAN_DAYS,
  });
  return { sites, news };
}

/** Rows per INSERT: big enough to be fast, small enough to keep each statement modest. */
const CHUNK = 1000;
/** Serializes concurrent seeders (several server instances starting on one PostgreSQL). */
const SEED_LOCK_KEY = 7_310_423;

/**
 * Checks every site against the naming conventions and the rest of the group (parents, unique
 * domains and site codes): the seed stores nothing the repository's `saveSite` would refuse.
 */
export function assertValidSites(sites: readonly Site[]): void {
  for (const site of sites) assertValidSite(site, { sites });
}

const checkArticle = contractCheck(contractSchemas.NewsArticle);

/**
 * Checks every news item against the contract's `NewsArticle` schema (an absolute http(s) `url`,
 * never `javascript:` or `data:`; ids, columns, lengths): the seed stores nothing the server
 * would refuse to serve. Throws naming the first bad item.
 */
export function assertValidNews(news: readonly SeedNewsItem[]): void {
  for (const { translationOf: _translationOf, publishedAt, ...item } of news) {
    const error = checkArticle({ ...item, publishedAt: publishedAt.toISOString() });
    if (error) throw new Error(`seed news item ${JSON.stringify(item.id)}: ${error}`);
  }
}

async function insertSites(tx: Queryable, sites: readonly SeedSite[]): Promise<void> {
  await tx.query(
    `INSERT INTO sites (id, kind, names, domain, parent, languages, url_pattern, organizer,
                       site_code, icp, public_security, contact, position)
     SELECT id, kind, names::jsonb, domain, parent, string_to_array(languages, ','),
            url_pattern::jsonb, organizer::jsonb, site_code, icp, public_security,
            contact::jsonb, position
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                 $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                 $13::int[])
       AS s (id, kind, names, domain, parent, languages, url_pattern, organizer, site_code, icp,
             public_security, contact, position)`,
    [
      sites.map((s) => s.id),
      sites.map((s) => s.kind),
      sites.map((s) => JSON.stringify(s.names)),
      sites.map((s) => s.domain),
      sites.map((s) => s.parent),
      sites.map((s) => s.languages.join(',')),
      sites.map((s) => JSON.stringify(s.urlPattern)),
      sites.map((s) => JSON.stringify(s.organizer)),
      sites.map((s) => s.siteCode),
      sites.map((s) => s.icp),
      sites.map((s) => s.publicSecurity),
      sites.map((s) => JSON.stringify(s.contact)),
      sites.map((s) => s.position),
    ],
  );
}

async function insertNews(tx: Queryable, news: readonly SeedNewsItem[]): Promise<void> {
  for (let start = 0; start < news.length; start += CHUNK) {
    const rows = news.slice(start, start + CHUNK);
    await tx.query(
      `INSERT INTO news
         (id, site, news_column, lang, title, summary, body, url, published_at, translation_of)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::text[])`,
      [
        rows.map((n) => n.id),
        rows.map((n) => n.site),
        rows.map((n) => n.column),
        rows.map((n) => n.lang),
        rows.map((n) => n.title),
        rows.map((n) => n.summary),
        rows.map((n) => n.body),
        rows.map((n) => n.url),
        rows.map((n) => n.publishedAt.toISOString()),
        rows.map((n) => n.translationOf),
      ],
    );
  }
}

export interface SeedResult {
  /** False when the database already had data and was left alone. */
  seeded: boolean;
  sites: number;
  news: number;
  documents: number;
  messages: number;
  /** Service items of the business guides stored by this call (with the six guides). */
  services: number;
}

/** A bulk load (and waiting for another seeder's lock) runs with no statement timeout. */
const BULK = { statementTimeoutMs: 0 } as const;

/**
 * Fills an empty database with the seed data, in one transaction. A database that already has
 * sites is left untouched, so restarting on a persistent data directory keeps its data — but
 * for the business guides, which a database seeded before they existed receives once.
 */
export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const result = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const [row] = await tx.query<{ present: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM sites) AS present',
    );
    if (row?.present) {
      // A database seeded before the guides existed (migration 010) gets them, and nothing else.
      const [guides] = await tx.query<{ present: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM guides) AS present',
      );
      const documents = guides?.present
        ? null
        : await tx.query<{ id: string }>('SELECT id FROM documents');
      const services = documents ? await insertGuides(tx, new Set(documents.map((d) => d.id))) : 0;
      return { seeded: false, sites: 0, news: 0, documents: 0, messages: 0, services };
    }
    const data = generateSeedData(options);
    // The seed's sites are the registry: every one passes the rules `saveSite` enforces.
    assertValidSites(data.sites.map(({ position: _position, ...site }) => site));
    assertValidNews(data.news);
    await insertSites(tx, data.sites);
    // Originals come before their translations, so `translation_of` always finds its row.
    await insertNews(tx, data.news);
    const corpus = generateDocuments({
      siteIds: data.sites.map((site) => site.id),
      seed: options.seed ?? DEFAULT_SEED,
      ...(options.documents === undefined ? {} : { count: options.documents }),
    });
    await insertCorpus(tx, corpus);
    // The guides name documents of the corpus as their legal basis, where it has them.
    const services = await insertGuides(tx, new Set(corpus.documents.map((d) => d.id)));
    const messages = generateMessages({
      seed: options.seed ?? DEFAULT_SEED,
      referenceDate: options.referenceDate ?? SEED_REFERENCE_DATE,
      count: options.messages ?? (options.documents === 0 ? 0 : DEMO_MESSAGES),
    });
    await insertMessages(tx, messages);
    return {
      seeded: true,
      sites: data.sites.length,
      news: data.news.length,
      documents: corpus.documents.length,
      messages: messages.length,
      services,
    };
  }, BULK);
  // Fresh planner statistics: without them PostgreSQL (and PGlite) sort the whole news table
  // instead of walking the (published_at, id) index — eight times slower for a page of news.
  if (result.seeded) {
    await db.exec(
      'ANALYZE sites; ANALYZE news; ANALYZE organs; ANALYZE documents; ANALYZE document_texts; ' +
        'ANALYZE document_organs; ANALYZE document_relations; ANALYZE document_facets; ' +
        'ANALYZE document_search; ANALYZE messages; ANALYZE message_events; ANALYZE guides; ' +
        'ANALYZE guide_nodes; ANALYZE services;',
    );
  }
  return result;
}
