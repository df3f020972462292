/** The event of `<portal-guide-navigator>`. */

/** What was opened: a section, a service item, or the guide's overview. */
export type GuideSelectKind = 'section' | 'service' | 'guide';

/** Detail of {@link PortalGuideSelectEvent}. */
export interface GuideSelectDetail {
  /** The node's id (`investment.fdi-entry`, `tech-contract-registration`), or the guide's id. */
  readonly id: string;
  /** What it is. */
  readonly kind: GuideSelectKind;
}

/**
 * `portal-guide-select`: the reader opened a section or service item of the guide (a link of
 * the tree, of the breadcrumbs or of a section), or went back to the guide's overview; also
 * after back/forward changed what is shown. Bubbles, composed.
 */
export class PortalGuideSelectEvent extends CustomEvent<GuideSelectDetail> {
  constructor(detail: GuideSelectDetail) {
    super('portal-guide-select', { detail, bubbles: true, composed: true });
  }
}
