/**
 * English names of the portal's domain terms: the 15 document types of the 2012 regulations,
 * the policy categories, the publication kinds and the validities, keyed by their `@portal-kit/sdk` ids. The
 * reference language: its keys are every language's keys and its type types `t()`.
 */
const en = {
  documentTypes: {
    resolution: 'Resolution',
    decision: 'Decision',
    order: 'Order',
    communique: 'Communiqué',
    announcement: 'Announcement',
    'public-notice': 'Public notice',
    opinion: 'Opinion',
    notice: 'Notice',
    circular: 'Circular',
    report: 'Report',
    request: 'Request for instructions',
    reply: 'Reply',
    motion: 'Motion',
    letter: 'Letter',
    minutes: 'Minutes',
  },
  policyCategories: {
    'domestic-trade': 'Domestic trade',
    'foreign-trade': 'Foreign trade',
    'foreign-investment': 'Foreign investment',
    'international-cooperation': 'International economic cooperation',
  },
  publicationKinds: {
    order: 'Ministerial order',
    announcement: 'Announcement',
    bulletin: 'Bulletin',
  },
  validity: {
    'in-force': 'In force',
    amended: 'Amended',
    repealed: 'Repealed',
    expired: 'Expired',
  },
};

export default en;
