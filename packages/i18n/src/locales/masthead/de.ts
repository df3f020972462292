/** German strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Zum Hauptinhalt springen',
  searchLabel: 'Diese Website durchsuchen',
  searchButton: 'Suchen',
  accessibility: 'Barrierefreiheit',
  careMode: 'Seniorenmodus',
  careModeHint: 'Größere Schrift, stärkerer Kontrast, keine Bewegung',
  notConfigured:
    'Der Seitenkopf kann hier nicht angezeigt werden: Es ist keine Website festgelegt.',
  invalid:
    'Der Seitenkopf kann nicht angezeigt werden: Der Website-Eintrag verstößt gegen die Namensregeln.',
  invalidFields: 'Zu korrigierende Felder:',
  wholeRecord: 'der ganze Eintrag',
} satisfies Translation<MastheadStrings>;
