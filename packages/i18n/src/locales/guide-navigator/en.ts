/**
 * English strings of `<portal-guide-navigator>`: the reference language. Its keys are the keys of
 * every other language (the completeness test checks it) and its type types `t()`. The generic
 * states (loading, error, retry…) are the `common` namespace's.
 */
const en = {
  heading: 'Business guide',
  navLabel: 'Sections of the guide',
  filter: 'Filter sections by title',
  matches_one: '{{n}} section matches',
  matches_other: '{{n}} sections match',
  noMatch: 'No section title contains “{{q}}”.',
  clearFilter: 'Clear the filter',
  subsections: 'Subsections of {{title}}',
  service: 'Service',
  withdrawn: 'Withdrawn',
  breadcrumbs: 'You are here',
  inSection: 'In this section',
  empty: 'This guide has no sections yet.',
  notConfigured: 'No guide is chosen.',
  fallback: 'Not translated yet: shown in Chinese.',
  code: 'Item code',
  organ: 'Handling organ',
  legalBasis: 'Legal basis',
  conditions: 'Conditions',
  materials: 'Materials to hand in',
  material: 'Material',
  form: 'Form',
  copies: 'Copies',
  forms: {
    original: 'Original',
    copy: 'Copy',
    'original-and-copy': 'Original and copy',
    electronic: 'Electronic file',
  },
  process: 'Process',
  modes: {
    all: 'All of these:',
    any: 'One of these:',
  },
  timeLimit: 'Time limit',
  statutory: 'Statutory',
  promised: 'Promised',
  workingDays_one: '{{n}} working day',
  workingDays_other: '{{n}} working days',
  decisionBy: 'apply today → decision by {{date}}',
  sameDay: 'decided on the day you apply',
  noDate: 'no date yet: the public-holiday calendar for that year is not published',
  fees: 'Fees',
  where: 'Where',
  when: 'Opening hours',
  online: 'Apply online',
  phone: 'Enquiries',
  faq: 'Frequent questions',
  withdrawnOn: 'Withdrawn on {{date}}: no longer offered.',
};

export default en;
