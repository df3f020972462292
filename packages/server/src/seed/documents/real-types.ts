/**
 * The shape of the real documents of the seed: facts researched from public copies of the
 * documents (each record names its source), written compactly and expanded by `realDocuments()`.
 */
import type { DocumentType, DocumentValidity } from '@portal-kit/sdk';

/** One real document as researched. */
export interface RealDocument {
  readonly id: string;
  /** The canonical file number (`parseFileNumber(n).value.canonical === n`). */
  readonly fileNumber: string;
  readonly type: DocumentType;
  readonly category: string;
  /** Issuing organs, the lead organ first. */
  readonly organs: readonly string[];
  /** Sites it is published on, most fitting first (the first one offered is used). */
  readonly sites: readonly string[];
  readonly zh: {
    readonly title: string;
    readonly summary: string;
    /** Paragraphs; a line starting with `# ` is a heading. */
    readonly body: readonly string[];
  };
  readonly en?: { readonly title: string; readonly summary: string };
  readonly writtenOn: string;
  readonly publishedOn: string;
  readonly effectiveOn: string | null;
  readonly validity: DocumentValidity;
  /** Publication(s) and URL(s) the facts come from, and what could not be verified. */
  readonly source: string;
}

/** A later real document amends or repeals an earlier one: [from, to, kind, date]. */
export type RealRelation = readonly [string, string, 'amends' | 'repeals', string];
