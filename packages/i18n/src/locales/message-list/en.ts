/**
 * English strings of `<portal-message-list>`: the reference language. Its keys are the keys of
 * every other language and its type types `t()`. The states' generic words (loading, retry,
 * "more", offline) are the `common` namespace's.
 */
const en = {
  heading: 'Published questions and replies',
  query: 'Search the questions and replies',
  search: 'Search',
  results_one: '{{n}} question and reply found',
  results_other: '{{n}} questions and replies found',
  empty: 'No question and reply has been published yet.',
  emptySearch: 'No published question or reply matches your search.',
  clearSearch: 'Clear the search',
  notConfigured: 'Published messages cannot be shown here: the list is not set up.',
  kindConsultation: 'Question',
  kindSuggestion: 'Suggestion',
  kindComplaint: 'Complaint',
  received: 'Received',
  replied: 'Replied',
  question: 'Question',
  reply: 'Reply',
  moreQuestion: 'Show the whole question',
  moreReply: 'Show the whole reply',
  less: 'Show less',
  matched: 'Matched text',
};

export default en;
