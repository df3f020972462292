/**
 * English strings of `<portal-news-feed>`: the reference language. Its keys are the keys of
 * every other language (the completeness test checks it) and its type types `t()`.
 */
const en = {
  heading: 'News',
  columns: {
    headlines: 'Headlines',
    updates: 'Updates',
    briefs: 'Briefs',
  },
  more: 'More news',
  loadingMore: 'Loading more news…',
  loading: 'Loading news…',
  empty: 'No news to show.',
  error: "The news couldn't be loaded.",
  errorMore: "More news couldn't be loaded.",
  notConfigured: 'No news source is configured.',
  retry: 'Retry',
  stale: "Showing saved content; couldn't refresh.",
  loaded_one: '{{count}} news item loaded.',
  loaded_other: '{{count}} news items loaded.',
  loadedMore_one: '{{count}} more news item loaded.',
  loadedMore_other: '{{count}} more news items loaded.',
  publishedOn: 'Published on {{date}}',
};

export default en;
