/**
 * The site registry's write path: `saveSite` stores only sites that follow the naming
 * conventions (`validateSite` of @portal-kit/sdk), and migration 002 upgrades a database seeded
 * before the masthead and footer facts existed to exactly what a fresh seed writes.
 */
import { createHash } from 'node:crypto';
import { InvalidSiteError, isInvalidSiteError } from '@portal-kit/sdk';
import type { Site } from '@portal-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { createRepository } from '../src/repository.js';
import type { Repository } from '../src/repository.js';
import { generateSeedData, seedDatabase } from '../src/seed/seed.js';
import { disposeDatabase, ENGINE_CASES, openEmptyDatabase } from './support/engines.js';

const seedSites: Site[] = generateSeedData().sites.map(({ position: _position, ...site }) => site);
const wms = seedSites.find((s) => s.id === 'wms')!;

/** A new department, valid by every rule. */
const newDepartment: Site = {
  ...wms,
  id: 'xxs',
  names: { 'zh-CN': '新兴产业司', en: 'Department of Emerging Industries' },
  domain: 'xxs.mofcom.gov.cn',
  siteCode: 'bm30000199',
};

async function sitesHash(db: Database): Promise<string> {
  const rows = await db.query('SELECT * FROM sites ORDER BY id');
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** Runs `fn` and returns what it threw. */
async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe.each(ENGINE_CASES)('saveSite %s', (_title, engine) => {
  const suite = 'sites';
  let db: Database | undefined;
  let repo: Repository;

  beforeAll(async () => {
    if (engine.skipReason) return;
    db = await openEmptyDatabase(engine, suite);
    await migrate(db);
    await seedDatabase(db, { spanDays: 3, documents: 0 }); // the sites are what it needs
    repo = createRepository(db);
  });
  afterAll(() => disposeDatabase(engine, db, suite));

  it.skipIf(engine.skipReason)('inserts a valid new site at the end of its kind', async () => {
    expect((await repo.siteIds()).has('xxs')).toBe(false);
    await repo.saveSite(newDepartment);
    const { items } = await repo.listSites({ kinds: ['department'] });
    expect(items).toHaveLength(33);
    expect(items.at(-1)).toEqual(newDepartment);
    // The id cache forgets the old group.
    expect((await repo.siteIds()).has('xxs')).toBe(true);
  });

  it.skipIf(engine.skipReason)('updates a site in place, keeping its position', async () => {
    const renamed: Site = {
      ...wms,
      contact: { phone: '010-65197114', email: 'wms@mofcom.gov.cn' },
    };
    await repo.saveSite(renamed);
    const { items } = await repo.listSites({ kinds: ['department'] });
    expect(items.findIndex((s) => s.id === 'wms')).toBe(
      seedSites.filter((s) => s.kind === 'department').findIndex((s) => s.id === 'wms'),
    );
    expect(items.find((s) => s.id === 'wms')).toEqual(renamed);
    await repo.saveSite(wms);
  });

  it.skipIf(engine.skipReason)(
    'refuses an invalid site with every violation, and writes nothing',
    async () => {
      const before = await sitesHash(db!);
      const broken = {
        ...newDepartment,
        id: 'yys',
        domain: 'yys.example.org',
        names: { 'zh-CN': '<script>alert(1)</script>', en: 'Department of Y' },
        siteCode: 'BM1',
        languages: ['zh-CN', 'xx'],
      } as Site;
      const error = await thrown(() => repo.saveSite(broken));
      expect(error).toBeInstanceOf(InvalidSiteError);
      expect(isInvalidSiteError(error)).toBe(true);
      const fields = (error as InvalidSiteError).violations.map((v) => `${v.field} ${v.code}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          'domain invalid-domain',
          'names.zh-CN unsafe-text',
          'siteCode invalid-site-code',
          'languages.1 invalid-language',
        ]),
      );
      expect((error as Error).message).toContain('Site "yys" breaks');
      expect(await sitesHash(db!)).toBe(before);
    },
  );

  it.skipIf(engine.skipReason)(
    'refuses a site whose domain or site code another site has',
    async () => {
      const before = await sitesHash(db!);
      const copy: Site = { ...newDepartment, id: 'zzs', siteCode: wms.siteCode };
      const error = (await thrown(() => repo.saveSite(copy))) as InvalidSiteError;
      expect(error.violations.map((v) => `${v.field} ${v.code}`).sort()).toEqual([
        'domain domain-mismatch',
        'domain duplicate',
        'siteCode duplicate',
      ]);
      expect(error.violations.find((v) => v.field === 'siteCode')?.message).toBe(
        `siteCode "${wms.siteCode}" is already the siteCode of site "wms".`,
      );
      expect(await sitesHash(db!)).toBe(before);
    },
  );

  it.skipIf(engine.skipReason)('refuses a site whose parent is not stored', async () => {
    // Inside a transaction that is rolled back, "main" becomes a department: the parent rule
    // then fails, so the stored registry (not just the parent's id) is what is checked.
    const error = await thrown(() =>
      db!.transaction(async (tx) => {
        await tx.query("UPDATE sites SET kind = 'department', parent = 'main' WHERE id = 'main'");
        const scoped = createRepository({
          transaction: (fn: (q: typeof tx) => Promise<unknown>) => fn(tx),
        } as unknown as Database);
        await scoped.saveSite({
          ...newDepartment,
          id: 'qqs',
          domain: 'qqs.mofcom.gov.cn',
          siteCode: 'bm30000198',
        });
      }),
    );
    expect((error as InvalidSiteError).violations).toEqual([
      expect.objectContaining({ field: 'parent', code: 'parent-kind' }),
    ]);
    expect((await repo.listSites({ kinds: ['main'] })).items).toHaveLength(1);
  });

  it.skipIf(engine.skipReason)('has database checks behind the validation', async () => {
    const row = (column: string, value: string) =>
      db!.query(`UPDATE sites SET ${column} = $1 WHERE id = 'wms'`, [value]);
    await expect(row('site_code', 'bm1')).rejects.toThrow();
    await expect(row('icp', 'ICP 123')).rejects.toThrow();
    await expect(row('public_security', '京公网安备 1号')).rejects.toThrow();
    await expect(row('contact', '{}')).rejects.toThrow();
    await expect(row('organizer', '{"en": "x"}')).rejects.toThrow();
    await expect(row('url_pattern', '{"kind": "hash", "template": "#{lang}"}')).rejects.toThrow();
    await expect(row('site_code', seedSites[0]!.siteCode)).rejects.toThrow();
  });
});

describe.each(ENGINE_CASES)('migrations 002 and 011 %s', (_title, engine) => {
  const suite = 'sites_upgrade';
  let db: Database | undefined;

  beforeAll(async () => {
    if (engine.skipReason) return;
    db = await openEmptyDatabase(engine, suite);
  });
  afterAll(() => disposeDatabase(engine, db, suite));

  it.skipIf(engine.skipReason)(
    'upgrade sites seeded under 001 to exactly what the seed now writes',
    async () => {
      const migrations = await loadMigrations();
      expect(await migrate(db!, migrations.slice(0, 1))).toEqual(['001']);
      // The registry as the 001-era seed wrote it: no facts, the ministry in commissioner names.
      const { sites } = generateSeedData();
      await db!.transaction(async (tx) => {
        for (const site of sites) {
          const names =
            site.kind === 'commissioner'
              ? {
                  'zh-CN': `商务部${site.names['zh-CN']}`,
                  en: site.names['en']!.replace(' in ', ' of the Ministry of Commerce in '),
                }
              : site.names;
          await tx.query(
            `INSERT INTO sites (id, kind, names, domain, parent, languages, position)
             VALUES ($1, $2, $3::jsonb, $4, $5, $6::text[], $7)`,
            [
              site.id,
              site.kind,
              JSON.stringify(names),
              site.domain,
              site.parent,
              site.languages,
              site.position,
            ],
          );
        }
      });
      expect(await migrate(db!, migrations.slice(0, 2))).toEqual(['002']);
      // 002 wrote the ICP record with a `-1` suffix; 011 corrects it, and nothing else.
      const { items: after002 } = await createRepository(db!).listSites();
      expect(new Set(after002.map((site) => site.icp))).toEqual(new Set(['京ICP备05004093号-1']));
      expect((await migrate(db!, migrations)).at(-1)).toBe('011');
      const { items } = await createRepository(db!).listSites();
      expect(items).toEqual(seedSites);
    },
  );
});
