/**
 * What the documents seed produces and the repository stores: issuing organs, documents with
 * their texts per language, and the amendments and repeals between them.
 */
import type { DocumentType, DocumentValidity } from '@portal-kit/sdk';

/** An issuing organ (发文机关): `mofcom`, `gacc`, `state-council`… */
export interface SeedOrgan {
  /** `ORGAN_ID_PATTERN`. */
  readonly id: string;
  /** Names by language code; `zh-CN` always, `en` always, others where known. */
  readonly names: Readonly<Record<string, string>>;
}

/** A document's text in one language. */
export interface SeedDocumentText {
  readonly title: string;
  readonly summary: string;
  /** Headings and paragraphs of plain text. */
  readonly body: readonly { readonly kind: 'heading' | 'paragraph'; readonly text: string }[];
}

/** One document. */
export interface SeedDocument {
  /** `DOCUMENT_ID_PATTERN`, e.g. `mofcom-order-2004-14`. */
  readonly id: string;
  /** The publishing site's id (a site of the registry). */
  readonly site: string;
  /** The file number as officially written (canonical), or `null` for a document without one. */
  readonly fileNumber: string | null;
  /** Index number (索引号), e.g. `000013070/2006-00123`, or `null`. */
  readonly indexNumber: string | null;
  readonly type: DocumentType;
  /** A policy category id (`foreign-trade`…). */
  readonly category: string;
  /** Issuing organ ids, the lead organ (whose number it is) first. */
  readonly organs: readonly string[];
  /** Texts by language code; `zh-CN` always. */
  readonly texts: Readonly<Record<string, SeedDocumentText>>;
  /** Dates, `YYYY-MM-DD`. */
  readonly writtenOn: string;
  readonly publishedOn: string;
  readonly effectiveOn: string | null;
  /** Consistent with the relations: `amended`/`repealed` exactly when a later document does so. */
  readonly validity: DocumentValidity;
  readonly attachments: readonly {
    readonly name: string;
    readonly mediaType: string;
    readonly size: number;
    readonly url: string;
  }[];
  /** Interpretations (政策解读): a title (Chinese) and an http(s) URL. */
  readonly interpretations: readonly { readonly title: string; readonly url: string }[];
  /** The document's page on its site: an absolute http(s) URL. */
  readonly url: string;
  /** For a real document: where its facts come from (publication, URL). */
  readonly source?: string;
}

/** A later document amends or repeals an earlier one, on a date. */
export interface SeedRelation {
  /** The later document's id. */
  readonly from: string;
  /** The earlier document's id. */
  readonly to: string;
  readonly kind: 'amends' | 'repeals';
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

/** Everything the documents seed writes. */
export interface DocumentCorpus {
  readonly organs: readonly SeedOrgan[];
  readonly documents: readonly SeedDocument[];
  readonly relations: readonly SeedRelation[];
}

/** Options of `generateDocuments()`. */
export interface DocumentSeedOptions {
  /** The sites documents may be published on (the registry's ids). */
  readonly siteIds: readonly string[];
  /**
   * How many documents: default 2,623 policies (the reference distribution) plus the bulletin
   * issues; more (e.g. 100,000 for benchmarks) adds generated documents in the same proportions.
   */
  readonly count?: number;
  /** The random seed; the same seed gives the same corpus. */
  readonly seed?: number;
}
