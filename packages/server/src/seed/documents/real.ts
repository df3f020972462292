/**
 * The real documents as seed records: researched facts (file number, title, dates, validity,
 * the amendments and repeals between them) with the site that publishes each and its page.
 * Their index numbers are unknown and left `null`, rather than invented.
 */
import { parseFileNumber } from '@portal-kit/sdk';
import { documentUrl } from './extras.js';
import { REAL_EXPORT_COOPERATION, REAL_RELATIONS } from './real-export.js';
import { REAL_INVESTMENT } from './real-investment.js';
import { REAL_TRADE } from './real-trade.js';
import type { RealDocument } from './real-types.js';
import type { SitePools } from './sites.js';
import type { SeedDocument, SeedDocumentText, SeedRelation } from './types.js';

/** Every real document of the seed. */
export const REAL_DOCUMENTS: readonly RealDocument[] = [
  ...REAL_TRADE,
  ...REAL_INVESTMENT,
  ...REAL_EXPORT_COOPERATION,
];

function blocks(lines: readonly string[]): SeedDocumentText['body'] {
  return lines.map((line) =>
    line.startsWith('# ')
      ? { kind: 'heading', text: line.slice(2) }
      : { kind: 'paragraph', text: line },
  );
}

/**
 * The series a real number belongs to (`order|mofcom|2005`), so generated numbers never take
 * it; `null` for the State Council's series without years, which nothing generated uses.
 */
export function realSeries(real: RealDocument): { series: string; sequence: number } | null {
  const parsed = parseFileNumber(real.fileNumber);
  if (!parsed.ok || parsed.value.year === null) return null;
  const { form, issuer, year, sequence } = parsed.value;
  const lead = form === 'standard' ? issuer : (real.organs[0] as string);
  return { series: `${form}|${lead}|${year}`, sequence };
}

/** The real documents as seed records, published on the offered sites. */
export function realSeedDocuments(sites: SitePools): SeedDocument[] {
  return REAL_DOCUMENTS.map((real) => {
    const site = sites.prefer(real.sites);
    const texts: Record<string, SeedDocumentText> = {
      'zh-CN': { title: real.zh.title, summary: real.zh.summary, body: blocks(real.zh.body) },
    };
    if (real.en) {
      texts['en'] = {
        title: real.en.title,
        summary: real.en.summary,
        body: [
          { kind: 'paragraph', text: real.en.summary },
          {
            kind: 'paragraph',
            text: 'This English summary is not an official translation; the Chinese text prevails.',
          },
        ],
      };
    }
    return {
      id: real.id,
      site,
      fileNumber: real.fileNumber,
      indexNumber: null,
      type: real.type,
      category: real.category,
      organs: real.organs,
      texts,
      writtenOn: real.writtenOn,
      publishedOn: real.publishedOn,
      effectiveOn: real.effectiveOn,
      validity: real.validity,
      attachments: [],
      interpretations: [],
      url: documentUrl(sites.domainOf(site), real.category, real.type, real.id, real.publishedOn),
      source: real.source,
    };
  });
}

/** The amendments and repeals between the real documents. */
export function realRelations(): SeedRelation[] {
  return REAL_RELATIONS.map(([from, to, kind, date]) => ({ from, to, kind, date }));
}
