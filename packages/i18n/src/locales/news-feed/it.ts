/** Italian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Notizie',
  columns: {
    headlines: 'In primo piano',
    updates: 'Aggiornamenti',
    briefs: 'Brevi',
  },
  more: 'Altre notizie',
  loadingMore: 'Caricamento di altre notizie…',
  loading: 'Caricamento delle notizie…',
  empty: 'Nessuna notizia da mostrare.',
  error: 'Impossibile caricare le notizie.',
  errorMore: 'Impossibile caricare altre notizie.',
  notConfigured: 'Nessuna fonte di notizie configurata.',
  retry: 'Riprova',
  stale: 'Contenuto salvato mostrato; impossibile aggiornare.',
  loaded_one: '{{count}} notizia caricata.',
  loaded_many: '{{count}} di notizie caricate.',
  loaded_other: '{{count}} notizie caricate.',
  loadedMore_one: '{{count}} altra notizia caricata.',
  loadedMore_many: '{{count}} di altre notizie caricate.',
  loadedMore_other: '{{count}} altre notizie caricate.',
  publishedOn: 'Pubblicato il {{date}}',
} satisfies Translation<NewsFeedStrings>;
