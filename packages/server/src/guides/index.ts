/**
 * The guides repository: the six business guides (业务指南), one guide's tree, the service
 * items (办事事项) and their search, over the {@link Database} seam. Nothing here knows about
 * HTTP. Texts fall back per node and per item (./texts.ts).
 */
import type {
  Guide,
  GuideId,
  GuideList,
  GuideNode,
  Service,
  ServiceList,
  ServiceStatus,
  ServiceSummary,
} from '@portal-kit/sdk';
import type { Database, Queryable } from '../db/database.js';
import { queryTerms } from '../documents/text.js';
import { parseJson, textIn } from './texts.js';
import type { Json, StoredServiceTexts } from './texts.js';

export interface ListServicesOptions {
  guide?: GuideId;
  /** Every word must occur in the item's name, conditions, materials or steps. */
  q?: string;
  status?: ServiceStatus;
  lang: string;
  limit: number;
}

/** The guides part of the repository. */
export interface GuidesRepository {
  /** The six guides in order, texts in `lang` where translated, else Chinese. */
  listGuides(lang: string): Promise<GuideList>;
  /** The guide with its whole tree in order, or `null` when no guide has this id. */
  getGuide(id: string, lang: string): Promise<Guide | null>;
  /** Service items in guide and tree order, filtered and searched. */
  listServices(options: ListServicesOptions): Promise<ServiceList>;
  /** The service item with every field, or `null` when there is none. */
  getService(id: string, lang: string): Promise<Service | null>;
}

type GuideTexts = Record<string, { title: string; summary: string }>;
type SectionTexts = Record<
  string,
  { title: string; body: { kind: 'paragraph' | 'heading'; text: string }[] }
>;

interface GuideRow {
  id: GuideId;
  texts: Json<GuideTexts>;
  sections: number;
  services: number;
}

interface NodeRow {
  id: string;
  guide: GuideId;
  parent: string | null;
  kind: 'section' | 'service';
  texts: Json<SectionTexts> | null;
  service_texts: Json<Record<string, StoredServiceTexts>> | null;
  status: ServiceStatus | null;
  withdrawn_on: string | null;
}

interface ServiceRow {
  id: string;
  guide: GuideId;
  parent: string | null;
  code: string;
  organ: string;
  organ_names: Json<Record<string, string>>;
  status: ServiceStatus;
  withdrawn_on: string | null;
  statutory_days: number | null;
  promised_days: number | null;
  online_url: string | null;
  phone: string | null;
  legal_basis: Json<{ documentId: string | null }[]>;
  texts: Json<Record<string, StoredServiceTexts>>;
}

const GUIDE_FIELDS = `g.id, g.texts,
  (SELECT count(*)::int FROM guide_nodes n WHERE n.guide = g.id AND n.kind = 'section') AS sections,
  (SELECT count(*)::int FROM guide_nodes n WHERE n.guide = g.id AND n.kind = 'service') AS services`;

const SERVICE_FIELDS = `s.id, n.guide, n.parent, s.code, s.organ, o.names AS organ_names, s.status,
  to_char(s.withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, s.statutory_days, s.promised_days,
  s.online_url, s.phone, s.legal_basis, s.texts`;

const SERVICE_FROM = `services s JOIN guide_nodes n ON n.id = s.id JOIN guides g ON g.id = n.guide
  JOIN organs o ON o.id = s.organ`;

function guideSummary(row: GuideRow, lang: string) {
  const { lang: used, text } = textIn(row.texts, lang);
  return {
    id: row.id,
    lang: used,
    title: text.title,
    summary: text.summary,
    sections: row.sections,
    services: row.services,
  };
}

/** The breadcrumbs of a node: the guide, then the sections above it, in `lang`. */
async function pathsOf(db: Queryable, guides: readonly GuideId[], lang: string) {
  const guideRows = await db.query<{ id: GuideId; texts: Json<GuideTexts> }>(
    'SELECT id, texts FROM guides WHERE id = ANY($1::text[])',
    [[...guides]],
  );
  const sections = await db.query<{ id: string; parent: string | null; texts: Json<SectionTexts> }>(
    `SELECT id, parent, texts FROM guide_nodes WHERE kind = 'section' AND guide = ANY($1::text[])`,
    [[...guides]],
  );
  const guideTitle = new Map(guideRows.map((g) => [g.id, textIn(g.texts, lang).text.title]));
  const byId = new Map(sections.map((s) => [s.id, s]));
  return (guide: GuideId, parent: string | null) => {
    const path: { id: string; title: string }[] = [];
    for (let at = parent; at !== null;) {
      const section = byId.get(at);
      if (!section) break;
      path.unshift({ id: section.id, title: textIn(section.texts, lang).text.title });
      at = section.parent;
    }
    path.unshift({ id: guide, title: guideTitle.get(guide) ?? guide });
    return path;
  };
}

function summaryOf(
  row: Pick<ServiceRow, 'id' | 'guide' | 'status' | 'withdrawn_on' | 'texts' | 'parent'>,
  lang: string,
  path: { id: string; title: string }[],
): ServiceSummary {
  const { lang: used, text } = textIn(row.texts, lang);
  return {
    id: row.id,
    guide: row.guide,
    lang: used,
    name: text.name,
    status: row.status,
    withdrawnOn: row.withdrawn_on,
    path,
  };
}

export function createGuidesRepository(db: Database): GuidesRepository {
  return {
    async listGuides(lang) {
      const rows = await db.query<GuideRow>(
        `SELECT ${GUIDE_FIELDS} FROM guides g ORDER BY g.position`,
      );
      return { items: rows.map((row) => guideSummary(row, lang)) };
    },

    async getGuide(id, lang) {
      const [row] = await db.query<GuideRow>(
        `SELECT ${GUIDE_FIELDS} FROM guides g WHERE g.id = $1`,
        [id],
      );
      if (!row) return null;
      const rows = await db.query<NodeRow>(
        `SELECT n.id, n.guide, n.parent, n.kind, n.texts, s.texts AS service_texts, s.status,
                to_char(s.withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on
         FROM guide_nodes n LEFT JOIN services s ON s.id = n.service
         WHERE n.guide = $1 ORDER BY n.position`,
        [id],
      );
      const nodes = rows.map((node): GuideNode => {
        if (node.kind === 'section') {
          const { lang: used, text } = textIn(node.texts ?? {}, lang);
          const body = text.body.map((block) => ({ kind: block.kind, text: block.text }));
          return {
            kind: 'section',
            id: node.id,
            parent: node.parent,
            lang: used,
            title: text.title,
            body,
          };
        }
        const { lang: used, text } = textIn(node.service_texts ?? {}, lang);
        return {
          kind: 'service',
          id: node.id,
          parent: node.parent,
          lang: used,
          title: text.name,
          status: node.status ?? 'active',
          withdrawnOn: node.withdrawn_on,
        };
      });
      return { ...guideSummary(row, lang), nodes };
    },

    async listServices(options) {
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      if (options.guide !== undefined) where.push(`n.guide = ${param(options.guide)}`);
      if (options.status !== undefined) where.push(`s.status = ${param(options.status)}`);
      if (options.q !== undefined) {
        const terms = queryTerms(options.q);
        // A query of nothing searchable (spaces, invisible characters, punctuation) finds nothing.
        if (terms.length === 0) return { items: [] };
        for (const term of terms) where.push(`strpos(s.search_text, ${param(term.text)}) > 0`);
      }
      const rows = await db.query<ServiceRow>(
        `SELECT ${SERVICE_FIELDS} FROM ${SERVICE_FROM}
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY g.position, n.position
         LIMIT ${param(Math.max(1, Math.floor(options.limit)))}`,
        params,
      );
      if (rows.length === 0) return { items: [] };
      const pathOf = await pathsOf(db, [...new Set(rows.map((r) => r.guide))], options.lang);
      return {
        items: rows.map((row) => summaryOf(row, options.lang, pathOf(row.guide, row.parent))),
      };
    },

    async getService(id, lang) {
      const [row] = await db.query<ServiceRow>(
        `SELECT ${SERVICE_FIELDS} FROM ${SERVICE_FROM} WHERE s.id = $1`,
        [id],
      );
      if (!row) return null;
      const pathOf = await pathsOf(db, [row.guide], lang);
      const summary = summaryOf(row, lang, pathOf(row.guide, row.parent));
      const text = textIn(row.texts, summary.lang).text;
      const organ = parseJson(row.organ_names);
      const basis = parseJson(row.legal_basis);
      return {
        ...summary,
        code: row.code,
        withdrawnNote: text.withdrawnNote,
        organ: { id: row.organ, name: organ[summary.lang] ?? organ['zh-CN'] ?? row.organ },
        legalBasis: basis.map((b, i) => ({
          title: text.legalBasis[i] ?? '',
          documentId: b.documentId,
        })),
        conditions: text.conditions,
        materials: text.materials,
        steps: text.steps,
        timeLimit: { statutory: row.statutory_days, promised: row.promised_days },
        fees: text.fees,
        where: text.where,
        when: text.when,
        onlineUrl: row.online_url,
        phone: row.phone,
        faq: text.faq,
      };
    },
  };
}
