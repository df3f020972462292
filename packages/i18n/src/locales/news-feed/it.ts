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
  reasons: {
    network: 'Impossibile raggiungere il server delle notizie. Controlla la connessione e riprova.',
    timeout: 'Il server delle notizie ha impiegato troppo tempo a rispondere.',
    server: 'Il server delle notizie ha avuto un problema (errore {{status}}).',
    refused: 'Il server delle notizie ha rifiutato la richiesta (errore {{status}}).',
    config: 'Questo feed di notizie non è configurato correttamente.',
    unknown: 'Si è verificato un errore imprevisto.',
  },
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
