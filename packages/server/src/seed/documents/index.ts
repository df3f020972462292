/**
 * The documents seed: `generateDocuments()` — the real documents, the generated policies of the
 * reference distribution and the issues of the periodical bulletin, with their organs and the
 * amendments and repeals between them. Deterministic: the same options give the same corpus.
 * See docs/data/documents-seed.md.
 */
import { Random } from '../random.js';
import { chooseValidity, type Replacement } from './validity.js';
import {
  attachments,
  bulletinAttachment,
  datesOf,
  documentUrl,
  IndexNumbers,
  interpretations,
  MINISTRY_INDEX_CODE,
  provincialIndexCode,
} from './extras.js';
import { assignNumbers } from './numbering.js';
import { PROVINCIAL_ORGANS, seedOrgans } from './organs.js';
import { planBulletins, planPolicy, type Plan } from './plan.js';
import { REAL_DOCUMENTS, realRelations, realSeedDocuments, realSeries } from './real.js';
import { sitePools } from './sites.js';
import { bulletinText, chineseDate, chineseText, issuerName } from './texts.js';
import { englishText, otherLanguages, otherText } from './translations.js';
import type {
  DocumentCorpus,
  DocumentSeedOptions,
  SeedDocument,
  SeedDocumentText,
  SeedRelation,
} from './types.js';
import {
  BULLETIN_COUNT,
  CATEGORIES,
  CATEGORY_COUNTS,
  VOCABULARY,
  type Category,
} from './vocabulary.js';

export type * from './types.js';
export { BULLETIN_COUNT, CATEGORY_COUNTS } from './vocabulary.js';
export { REAL_DOCUMENTS } from './real.js';

/** The seed `generateDocuments` uses unless told otherwise. */
export const DEFAULT_DOCUMENT_SEED = 20_260_101;

/** Policies of the reference distribution (2,623) plus bulletin issues (454). */
export const DEFAULT_DOCUMENT_COUNT =
  Object.values(CATEGORY_COUNTS).reduce((sum, n) => sum + n, 0) + BULLETIN_COUNT;

type Target = Category | 'bulletin';

/**
 * How many documents of each category and bulletins make `count`: the reference distribution,
 * scaled (largest remainders), never fewer than the real documents of a category.
 */
export function documentTargets(count = DEFAULT_DOCUMENT_COUNT): Record<Target, number> {
  const base: Record<Target, number> = { ...CATEGORY_COUNTS, bulletin: BULLETIN_COUNT };
  const keys = Object.keys(base) as Target[];
  const raw = keys.map((k) => (base[k] * count) / DEFAULT_DOCUMENT_COUNT);
  const out = Object.fromEntries(keys.map((k, i) => [k, Math.floor(raw[i] as number)])) as Record<
    Target,
    number
  >;
  let left = count - Object.values(out).reduce((a, b) => a + b, 0);
  const order = keys
    .map((k, i) => [k, (raw[i] as number) % 1] as const)
    .sort((a, b) => b[1] - a[1]);
  for (const [k] of order) {
    if (left-- <= 0) break;
    out[k] += 1;
  }
  for (const category of CATEGORIES) {
    const real = REAL_DOCUMENTS.filter((r) => r.category === category).length;
    out[category] = Math.max(out[category], real);
  }
  return out;
}

const CATEGORY_ID: Readonly<Record<Category, string>> = {
  'domestic-trade': 'dt',
  'foreign-trade': 'ft',
  'foreign-investment': 'fi',
  'international-cooperation': 'ic',
};

/** Inserts `notes` before the signature and date that end a body. */
function withNotes(text: SeedDocumentText, notes: readonly string[]): SeedDocumentText {
  if (notes.length === 0) return text;
  const body = [...text.body];
  body.splice(
    Math.max(0, body.length - 2),
    0,
    ...notes.map((t) => ({ kind: 'paragraph' as const, text: t })),
  );
  return { ...text, body };
}

/** The documents corpus for `options`. */
export function generateDocuments(options: DocumentSeedOptions): DocumentCorpus {
  const rng = new Random(options.seed ?? DEFAULT_DOCUMENT_SEED);
  const sites = sitePools(options.siteIds);
  const organs = seedOrgans();
  const names = new Map(organs.map((o) => [o.id, o.names['zh-CN'] as string]));
  const targets = documentTargets(options.count);
  const real = realSeedDocuments(sites);

  const plans: Plan[] = [];
  for (const category of CATEGORIES) {
    const generated =
      targets[category] - REAL_DOCUMENTS.filter((r) => r.category === category).length;
    for (let i = 0; i < generated; i++) plans.push(planPolicy(rng, plans.length, category, sites));
  }
  plans.push(...planBulletins(rng, plans.length, targets.bulletin, sites.prefer(['main'])));
  plans.sort((a, b) =>
    a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : a.index - b.index,
  );

  const reserved = REAL_DOCUMENTS.map(realSeries).filter((r) => r !== null);
  const numbers = assignNumbers(rng, plans, reserved);
  const ids = new Map<number, string>();
  const perIdYear = new Map<string, number>();
  for (const plan of plans) {
    const prefix =
      plan.kind === 'bulletin' ? `${plan.organs[0]}-bulletin` : CATEGORY_ID[plan.category];
    const key = `${prefix}-${plan.year}`;
    const n = (perIdYear.get(key) ?? 0) + 1;
    perIdYear.set(key, n);
    ids.set(
      plan.index,
      plan.kind === 'bulletin' ? `${key}-${n}` : `${key}-${String(n).padStart(5, '0')}`,
    );
  }
  const dates = new Map(plans.map((p) => [p.index, datesOf(rng, p)]));
  const { validity, replacements } = chooseValidity(rng, plans, dates);

  const indexNumbers = new IndexNumbers();
  const provincePosition = new Map(PROVINCIAL_ORGANS.map((p, i) => [p.siteId, i]));
  const built = new Map<number, SeedDocument>();
  const relations: SeedRelation[] = realRelations();
  let bulletinContents: { title: string; fileNumber: string | null }[] = [];
  for (const plan of plans) {
    const id = ids.get(plan.index) as string;
    const fileNumber = numbers.get(plan.index) ?? null;
    const { writtenOn, effectiveOn } = dates.get(plan.index) as ReturnType<typeof datesOf>;
    const domain = sites.domainOf(plan.site);
    const issuer = issuerName(plan, names);
    const texts: Record<string, SeedDocumentText> = {};
    let files: SeedDocument['attachments'];
    let readings: SeedDocument['interpretations'] = [];
    if (plan.kind === 'bulletin') {
      texts['zh-CN'] = bulletinText(plan, issuer, fileNumber as string, bulletinContents);
      bulletinContents = [];
      const title = texts['zh-CN'].title;
      if (rng.chance(0.3)) {
        const n = fileNumber?.match(/第(\d+)号$/u)?.[1] ?? '';
        const en = `China Foreign Economic and Trade Bulletin, No. ${n} of ${plan.year}`;
        texts['en'] = {
          title: en,
          summary: `${en}: orders, announcements and other documents of the ministry.`,
          body: [{ kind: 'paragraph', text: en }],
        };
      }
      files = bulletinAttachment(rng, plan, id, domain, title);
    } else {
      const notes = (replacements.get(plan.index) ?? []).map((r: Replacement) => {
        const target = built.get(r.target);
        const cited = target
          ? `《${target.texts['zh-CN']?.title}》${target.fileNumber ? `（${target.fileNumber}）` : ''}`
          : '';
        return r.kind === 'repeals'
          ? `${cited}同时废止。`
          : `${cited}与本文件规定不一致的，以本文件为准。`;
      });
      if (validity.get(plan.index) === 'expired') {
        notes.push(`本文件有效期至${chineseDate(`${Math.min(plan.year + 2, 2025)}-12-31`)}。`);
      }
      const zh = withNotes(chineseText(plan, rng, issuer, fileNumber, effectiveOn), notes);
      texts['zh-CN'] = zh;
      if (plan.major) {
        const en = englishText(plan, fileNumber);
        texts['en'] = en;
        for (const lang of otherLanguages(rng)) texts[lang] = otherText(lang, en, fileNumber);
      }
      const [subject] = VOCABULARY[plan.category].subjects[plan.subject] ?? [''];
      files = attachments(rng, plan, id, domain, subject);
      readings = interpretations(rng, plan, id, domain, zh.title);
      const ministry = plan.organs[0] === 'mofcom' || plan.organs[0] === 'moftec';
      if ((plan.type === 'order' || plan.type === 'announcement') && ministry) {
        bulletinContents.push({ title: zh.title, fileNumber });
        if (bulletinContents.length > 40) bulletinContents.shift();
      }
    }
    const indexCode = plan.province
      ? provincialIndexCode(provincePosition.get(plan.province.siteId) ?? 0)
      : MINISTRY_INDEX_CODE;
    const document: SeedDocument = {
      id,
      site: plan.site,
      fileNumber,
      indexNumber: indexNumbers.next(indexCode, plan.year),
      type: plan.type,
      category: plan.category,
      organs: plan.organs,
      texts,
      writtenOn,
      publishedOn: plan.publishedOn,
      effectiveOn,
      validity: validity.get(plan.index) ?? 'in-force',
      attachments: files,
      interpretations: readings,
      url: documentUrl(domain, plan.category, plan.type, id, plan.publishedOn),
    };
    built.set(plan.index, document);
    for (const r of replacements.get(plan.index) ?? []) {
      relations.push({
        from: id,
        to: ids.get(r.target) as string,
        kind: r.kind,
        date: effectiveOn ?? plan.publishedOn,
      });
    }
  }
  const documents = [...real, ...built.values()].sort((a, b) =>
    a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : a.id < b.id ? -1 : 1,
  );
  return { organs, documents, relations };
}
