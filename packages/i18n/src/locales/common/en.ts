/**
 * English strings shared by every data component (the status views and paged lists): loading,
 * empty, error with its reason, retry, stale and offline notices, "more". The reference language:
 * its keys are the keys of every other language and its type types the status views' `t()`.
 * A component's own wording (its heading, its "nothing to show") stays in its own namespace.
 */
const en = {
  loading: 'Loading…',
  loadingMore: 'Loading more…',
  more: 'Show more',
  empty: 'Nothing to show.',
  notConfigured: 'No data source is configured.',
  error: "The content couldn't be loaded.",
  errorMore: "More items couldn't be loaded.",
  reasons: {
    network: 'The server could not be reached. Check your connection and try again.',
    crossOrigin:
      'Could not reach the portal service at {{host}}. It may be down, or it may not allow requests from this site ({{origin}}).',
    unreachable: 'Could not reach the portal service at {{host}}. It may be down; try again later.',
    timeout: 'The server took too long to answer.',
    server: 'The server had a problem (error {{status}}).',
    refused: 'The server refused the request (error {{status}}).',
    config: 'This component is not set up correctly.',
    unknown: 'Something unexpected went wrong.',
  },
  retry: 'Retry',
  stale: "Showing saved content; couldn't refresh.",
  offline: "You're offline. The content will load again when the connection is back.",
  loadedMore_one: '{{count}} more item loaded.',
  loadedMore_other: '{{count}} more items loaded.',
};

export default en;
