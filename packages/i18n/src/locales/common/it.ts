/** Italian strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Caricamento…',
  loadingMore: 'Caricamento di altri elementi…',
  more: 'Mostra altro',
  empty: 'Niente da mostrare.',
  notConfigured: 'Nessuna fonte di dati configurata.',
  error: 'Impossibile caricare il contenuto.',
  errorMore: 'Impossibile caricare altri elementi.',
  reasons: {
    network: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
    crossOrigin:
      'Impossibile raggiungere il servizio del portale ({{host}}). Potrebbe essere fuori servizio o non accettare richieste da questo sito ({{origin}}).',
    unreachable:
      'Impossibile raggiungere il servizio del portale ({{host}}). Potrebbe essere fuori servizio; riprova più tardi.',
    timeout: 'Il server ha impiegato troppo tempo a rispondere.',
    server: 'Il server ha avuto un problema (errore {{status}}).',
    refused: 'Il server ha rifiutato la richiesta (errore {{status}}).',
    config: 'Questo componente non è configurato correttamente.',
    unknown: 'Si è verificato un errore imprevisto.',
  },
  retry: 'Riprova',
  stale: 'Contenuto salvato mostrato; impossibile aggiornare.',
  offline: 'Sei offline. Il contenuto verrà ricaricato quando tornerà la connessione.',
  loadedMore_one: '{{count}} altro elemento caricato.',
  loadedMore_many: '{{count}} di altri elementi caricati.',
  loadedMore_other: '{{count}} altri elementi caricati.',
} satisfies Translation<CommonStrings>;
