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
  empty: 'No news to show.',
  notConfigured: 'No news source is configured.',
};

export default en;
