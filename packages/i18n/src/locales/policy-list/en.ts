/**
 * English strings of `<portal-policy-list>`: the reference language. Its keys are the keys of
 * every other language (the completeness test checks it) and its type types `t()`. The names of
 * categories, document types and validities are the `domain` namespace's; the generic states
 * (loading, error, retry, more…) the `common` namespace's.
 */
const en = {
  heading: 'Policies',
  filters: 'Filters',
  query: 'Words in the title or text',
  search: 'Search',
  sort: 'Sort by',
  sorts: {
    newest: 'Newest first',
    relevance: 'Most relevant first',
  },
  category: 'Category',
  type: 'Document type',
  organ: 'Issuing organ',
  year: 'Year',
  yearFrom: 'From',
  yearTo: 'To',
  anyYear: 'Any year',
  moreValues: '{{n}} more',
  validity: 'Validity',
  results_one: '{{n}} document found',
  results_other: '{{n}} documents found',
  empty: 'No documents match these filters.',
  clearFilters: 'Clear filters',
  notConfigured: 'No document source is configured.',
  amendedBy: 'Amended by',
  repealedBy: 'Repealed by',
};

export default en;
