/**
 * The shapes the guides seed is written in: every text in Chinese and English side by side
 * ({@link Bi}), turned into per-language texts when stored (./index.ts).
 */
import type { GuideId, ServiceMaterial, ServiceStep } from '@portal-kit/sdk';

/** A text in Chinese and in English. */
export interface Bi {
  readonly zh: string;
  readonly en: string;
}

/** A section of a guide: its text and, in order, its sub-sections and service item ids. */
export interface SeedSection {
  /** `<guide>.<name>`, unique across the guides. */
  readonly id: string;
  readonly title: Bi;
  /** Paragraphs of the section's own text. */
  readonly body: readonly Bi[];
  /** Sub-sections, and service items by id, in the order they are shown. */
  readonly children: readonly (SeedSection | string)[];
}

export interface SeedGuide {
  readonly id: GuideId;
  readonly title: Bi;
  readonly summary: Bi;
  readonly sections: readonly SeedSection[];
}

/** A service item (办事事项) as researched; see docs/data/guides-seed.md for the sources. */
export interface SeedService {
  readonly id: string;
  /** 事项编码; `SAMPLE-…` when no public source confirmed one. */
  readonly code: string;
  /** An organ id of the documents seed (`mofcom`). */
  readonly organ: string;
  readonly withdrawnOn?: string;
  readonly withdrawnNote?: Bi;
  readonly name: Bi;
  /** The documents it rests on; `documentId` is kept only when the documents seed has it. */
  readonly legalBasis: readonly { readonly title: Bi; readonly documentId: string | null }[];
  readonly conditions: readonly Bi[];
  readonly materials: readonly {
    readonly name: Bi;
    readonly form: ServiceMaterial['form'];
    readonly copies: number;
    readonly note?: Bi;
  }[];
  readonly steps: readonly {
    readonly id: string;
    readonly title: Bi;
    readonly text: Bi;
    readonly mode?: ServiceStep['mode'];
  }[];
  /** Working days; `null` where none is set or the law counts calendar days (said in `faq`). */
  readonly statutory: number | null;
  readonly promised: number | null;
  readonly fees: Bi;
  readonly where: Bi;
  readonly when: Bi;
  readonly onlineUrl: string | null;
  readonly phone: string | null;
  readonly faq: readonly { readonly question: Bi; readonly answer: Bi }[];
  /** Where the facts come from (addresses of public copies, or the document itself). */
  readonly sources: readonly string[];
  /** Fields no source confirmed: sample data, listed in docs/data/guides-seed.md. */
  readonly sample: readonly string[];
}
