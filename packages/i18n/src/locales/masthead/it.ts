/** Italian strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Vai al contenuto principale',
  searchLabel: 'Cerca nel sito',
  searchButton: 'Cerca',
  accessibility: 'Accessibilità',
  careMode: 'Modalità assistita',
  careModeHint: 'Testo più grande, contrasto più forte, nessuna animazione',
  notConfigured: "L'intestazione non può essere mostrata qui: nessun sito impostato.",
  invalid: "L'intestazione non può essere mostrata: la scheda del sito viola le regole sui nomi.",
  invalidFields: 'Campi da correggere:',
  wholeRecord: "l'intera scheda",
} satisfies Translation<MastheadStrings>;
