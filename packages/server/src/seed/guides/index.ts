/**
 * The guides seed: the six guides (./guides.ts) and the service items (./services-*.ts) as
 * rows of migration 010, texts per language (`zh-CN`, `en`). Deterministic: fixed data, no
 * clock. The sources and the sample fields: docs/data/guides-seed.md.
 */
import { GUIDE_IDS, GUIDE_NODE_ID_PATTERN } from '@portal-kit/sdk';
import type { Queryable } from '../../db/database.js';
import { normalizeSearchText } from '../../documents/text.js';
import type { StoredServiceTexts } from '../../guides/texts.js';
import { GUIDES } from './guides.js';
import { EXPORT_SERVICES } from './services-export.js';
import { INVESTMENT_SERVICES } from './services-investment.js';
import { LABOUR_SERVICES } from './services-labour.js';
import { MARKET_SERVICES } from './services-market.js';
import { REMEDY_SERVICES } from './services-remedy.js';
import { TRADE_SERVICES } from './services-trade.js';
import type { Bi, SeedSection, SeedService } from './types.js';

export type { SeedGuide, SeedSection, SeedService } from './types.js';
export { GUIDES } from './guides.js';

/** Every service item, in guide order. */
export const SEED_SERVICES: readonly SeedService[] = [
  ...MARKET_SERVICES,
  ...TRADE_SERVICES,
  ...EXPORT_SERVICES,
  ...INVESTMENT_SERVICES,
  ...LABOUR_SERVICES,
  ...REMEDY_SERVICES,
];

/** The languages the seed has texts in, Chinese first. */
export const GUIDE_SEED_LANGS = ['zh-CN', 'en'] as const;
type SeedLang = (typeof GUIDE_SEED_LANGS)[number];
const pick = (text: Bi, lang: SeedLang) => (lang === 'zh-CN' ? text.zh : text.en);

export function serviceTexts(service: SeedService, lang: SeedLang): StoredServiceTexts {
  const t = (text: Bi) => pick(text, lang);
  return {
    name: t(service.name),
    legalBasis: service.legalBasis.map((basis) => t(basis.title)),
    conditions: service.conditions.map(t),
    materials: service.materials.map((m) => ({
      name: t(m.name),
      form: m.form,
      copies: m.copies,
      note: m.note ? t(m.note) : null,
    })),
    steps: service.steps.map((s) => ({
      id: s.id,
      title: t(s.title),
      text: t(s.text),
      mode: s.mode ?? null,
    })),
    fees: t(service.fees),
    where: t(service.where),
    when: t(service.when),
    faq: service.faq.map((f) => ({ question: t(f.question), answer: t(f.answer) })),
    withdrawnNote: service.withdrawnNote ? t(service.withdrawnNote) : null,
  };
}

/** What `q` searches: name, conditions, materials and steps of every language, one field a line. */
export function serviceSearchText(service: SeedService): string {
  const fields: string[] = [];
  for (const lang of GUIDE_SEED_LANGS) {
    const texts = serviceTexts(service, lang);
    fields.push(texts.name, ...texts.conditions);
    for (const m of texts.materials) fields.push(m.name, ...(m.note ? [m.note] : []));
    for (const s of texts.steps) fields.push(s.title, s.text);
  }
  return fields.map(normalizeSearchText).join('\n');
}

/** A node row of `guide_nodes`, in tree order. */
export interface GuideNodeRow {
  id: string;
  guide: string;
  parent: string | null;
  position: number;
  kind: 'section' | 'service';
  texts: Record<string, { title: string; body: { kind: 'paragraph'; text: string }[] }> | null;
}

/** The nodes of every guide, depth first; throws on a broken tree (unknown or repeated ids). */
export function guideNodeRows(): GuideNodeRow[] {
  const services = new Set(SEED_SERVICES.map((s) => s.id));
  const seen = new Set<string>();
  const idPattern = new RegExp(GUIDE_NODE_ID_PATTERN, 'u');
  const rows: GuideNodeRow[] = [];
  const claim = (id: string) => {
    if (!idPattern.test(id) || seen.has(id))
      throw new Error(`guides seed: bad or repeated node id ${id}`);
    seen.add(id);
  };
  for (const guide of GUIDES) {
    let position = 0;
    const walk = (node: SeedSection | string, parent: string | null) => {
      if (typeof node === 'string') {
        if (!services.has(node)) throw new Error(`guides seed: no service item ${node}`);
        claim(node);
        rows.push({
          id: node,
          guide: guide.id,
          parent,
          position: position++,
          kind: 'service',
          texts: null,
        });
        return;
      }
      claim(node.id);
      const texts: NonNullable<GuideNodeRow['texts']> = {};
      for (const lang of GUIDE_SEED_LANGS) {
        texts[lang] = {
          title: pick(node.title, lang),
          body: node.body.map((p) => ({ kind: 'paragraph', text: pick(p, lang) })),
        };
      }
      rows.push({
        id: node.id,
        guide: guide.id,
        parent,
        position: position++,
        kind: 'section',
        texts,
      });
      for (const child of node.children) walk(child, node.id);
    };
    for (const top of guide.sections) walk(top, null);
  }
  const unplaced = [...services].filter((id) => !seen.has(id));
  if (unplaced.length > 0)
    throw new Error(`guides seed: service items in no guide: ${unplaced.join(', ')}`);
  return rows;
}

const perLang = <T>(make: (lang: SeedLang) => T) =>
  JSON.stringify(Object.fromEntries(GUIDE_SEED_LANGS.map((lang) => [lang, make(lang)])));

/**
 * Stores the guides and service items (inside the caller's transaction). A legal basis keeps
 * its `documentId` only when `documentIds` has it (a bare seed may have no documents).
 */
export async function insertGuides(
  tx: Queryable,
  documentIds: ReadonlySet<string>,
): Promise<number> {
  if (GUIDES.map((g) => g.id).join() !== GUIDE_IDS.join()) {
    throw new Error('guides seed: the guides are not the contract GUIDE_IDS, in order');
  }
  const nodes = guideNodeRows();
  await tx.query(
    `INSERT INTO guides (id, position, texts)
     SELECT id, position, texts::jsonb FROM unnest($1::text[], $2::int[], $3::text[]) AS g (id, position, texts)`,
    [
      GUIDES.map((g) => g.id),
      GUIDES.map((_, i) => i),
      GUIDES.map((g) =>
        perLang((lang) => ({ title: pick(g.title, lang), summary: pick(g.summary, lang) })),
      ),
    ],
  );
  const s = SEED_SERVICES;
  await tx.query(
    `INSERT INTO services (id, code, organ, status, withdrawn_on, statutory_days, promised_days,
                           online_url, phone, legal_basis, texts, search_text)
     SELECT id, code, organ, status, withdrawn_on::date, statutory, promised, online_url, phone,
            legal_basis::jsonb, texts::jsonb, search_text
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[],
                 $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
       AS s (id, code, organ, status, withdrawn_on, statutory, promised, online_url, phone,
             legal_basis, texts, search_text)`,
    [
      s.map((x) => x.id),
      s.map((x) => x.code),
      s.map((x) => x.organ),
      s.map((x) => (x.withdrawnOn ? 'withdrawn' : 'active')),
      s.map((x) => x.withdrawnOn ?? null),
      s.map((x) => x.statutory),
      s.map((x) => x.promised),
      s.map((x) => x.onlineUrl),
      s.map((x) => x.phone),
      s.map((x) =>
        JSON.stringify(
          x.legalBasis.map((basis) => ({
            documentId:
              basis.documentId !== null && documentIds.has(basis.documentId)
                ? basis.documentId
                : null,
          })),
        ),
      ),
      s.map((x) => perLang((lang) => serviceTexts(x, lang))),
      s.map(serviceSearchText),
    ],
  );
  await tx.query(
    `INSERT INTO guide_nodes (id, guide, parent, position, kind, service, texts)
     SELECT id, guide, parent, position, kind, CASE WHEN kind = 'service' THEN id END, texts::jsonb
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])
       AS n (id, guide, parent, position, kind, texts)`,
    [
      nodes.map((n) => n.id),
      nodes.map((n) => n.guide),
      nodes.map((n) => n.parent),
      nodes.map((n) => n.position),
      nodes.map((n) => n.kind),
      nodes.map((n) => (n.texts ? JSON.stringify(n.texts) : null)),
    ],
  );
  return SEED_SERVICES.length;
}
