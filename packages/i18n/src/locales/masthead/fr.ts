/** French strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Aller au contenu principal',
  searchLabel: 'Rechercher sur ce site',
  searchButton: 'Rechercher',
  accessibility: 'Accessibilité',
  careMode: 'Mode confort',
  careModeHint: 'Texte plus grand, contraste renforcé, sans animation',
  notConfigured: 'L’en-tête ne peut pas s’afficher ici : aucun site n’est défini.',
  invalid: 'L’en-tête ne peut pas s’afficher : la fiche du site enfreint les règles de nommage.',
  invalidFields: 'Champs à corriger :',
  wholeRecord: 'la fiche entière',
} satisfies Translation<MastheadStrings>;
