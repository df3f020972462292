/** German strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Wird geladen …',
  loadingMore: 'Weitere werden geladen …',
  more: 'Mehr anzeigen',
  empty: 'Nichts anzuzeigen.',
  notConfigured: 'Es ist keine Datenquelle konfiguriert.',
  error: 'Der Inhalt konnte nicht geladen werden.',
  errorMore: 'Weitere Einträge konnten nicht geladen werden.',
  reasons: {
    network:
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    crossOrigin:
      'Der Portaldienst ({{host}}) ist nicht erreichbar. Er ist möglicherweise ausgefallen oder lässt Anfragen von dieser Website ({{origin}}) nicht zu.',
    unreachable:
      'Der Portaldienst ({{host}}) ist nicht erreichbar. Er ist möglicherweise ausgefallen; versuchen Sie es später erneut.',
    timeout: 'Der Server hat zu lange nicht geantwortet.',
    server: 'Beim Server ist ein Problem aufgetreten (Fehler {{status}}).',
    refused: 'Der Server hat die Anfrage abgelehnt (Fehler {{status}}).',
    config: 'Diese Komponente ist nicht richtig eingerichtet.',
    unknown: 'Ein unerwarteter Fehler ist aufgetreten.',
  },
  retry: 'Erneut versuchen',
  stale: 'Gespeicherte Inhalte werden angezeigt; Aktualisierung fehlgeschlagen.',
  offline: 'Sie sind offline. Der Inhalt wird neu geladen, sobald die Verbindung wieder besteht.',
  loadedMore_one: '{{count}} weiterer Eintrag geladen.',
  loadedMore_other: '{{count}} weitere Einträge geladen.',
} satisfies Translation<CommonStrings>;
