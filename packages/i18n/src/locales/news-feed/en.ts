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
  reasons: {
    network: 'The news server could not be reached. Check your connection and try again.',
    timeout: 'The news server took too long to answer.',
    server: 'The news server had a problem (error {{status}}).',
    refused: 'The news server refused the request (error {{status}}).',
    config: 'This news feed is not set up correctly.',
    unknown: 'Something unexpected went wrong.',
  },
  retry: 'Retry',
  stale: "Showing saved content; couldn't refresh.",
  loaded_one: '{{count}} news item loaded.',
  loaded_other: '{{count}} news items loaded.',
  loadedMore_one: '{{count}} more news item loaded.',
  loadedMore_other: '{{count}} more news items loaded.',
  publishedOn: 'Published on {{date}}',
};

export default en;
