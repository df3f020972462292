/** French strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Trouver un document par son numéro',
  label: 'Numéro du document',
  hint: 'Saisissez-le tel que vous le voyez, par exemple 商资发〔2006〕123号 ou 商务部令2004年第14号.',
  readAs: 'Lu comme {{number}}',
  submit: 'Rechercher',
  notFound: 'Aucun document ne porte le numéro {{number}}.',
  didYouMean: 'Vouliez-vous dire l’un de ceux-ci ?',
  suggestionReasons: {
    'other-year': 'une autre année',
    'neighbouring-sequence': 'un numéro voisin',
    'near-issuer': 'un code d’émetteur proche',
    'transposed-digits': 'deux chiffres inversés',
  },
  unreadable: 'Le serveur n’a pas pu lire ce numéro.',
  errors: {
    'not-a-string': 'Saisissez le numéro du document sous forme de texte.',
    empty: 'Saisissez un numéro de document.',
    'too-long': 'C’est trop long pour un numéro de document. Saisissez le numéro seul.',
    'invalid-character':
      'Le numéro contient un caractère qu’aucun numéro de document ne comporte. Supprimez-le et réessayez.',
    'unknown-form':
      'Cela ne ressemble pas à un numéro de document. Écrivez l’émetteur, l’année et le numéro, par exemple 商资发〔2006〕123号.',
    'no-issuer':
      'L’émetteur manque. Commencez par son code ou son nom, par exemple 商资发 ou 商务部令.',
    'invalid-issuer':
      'L’émetteur est illisible. Écrivez son code ou son nom en caractères chinois, par exemple 商资发.',
    'no-year':
      'L’année manque. Écrivez-la entre crochets, par exemple 〔2006〕, ou avant le numéro, comme dans 2004年第14号.',
    'malformed-year': 'L’année est illisible. Écrivez-la en quatre chiffres, par exemple 2006.',
    'ambiguous-year':
      'L’année et le numéro sont collés. Mettez l’année entre crochets, par exemple 商资发〔2006〕123号.',
    'year-out-of-range': 'L’année doit être comprise entre 1949 et 2100.',
    'no-sequence':
      'Le numéro d’ordre après l’année manque, par exemple 123 dans 商资发〔2006〕123号.',
    'malformed-sequence':
      'Le numéro d’ordre après l’année est illisible. Écrivez-le en chiffres, par exemple 123.',
    'sequence-out-of-range': 'Le numéro d’ordre après l’année doit être compris entre 1 et 99999.',
    'trailing-text': 'Il y a du texte après le numéro. Supprimez tout ce qui suit 号.',
  },
  browse: 'Ou parcourir par type, année et émetteur',
  type: 'Type de document',
  anyType: 'Tous les types',
  year: 'Année',
  anyYear: 'Toutes les années',
  organ: 'Organe émetteur',
  anyOrgan: 'Tous les émetteurs',
  show: 'Afficher les documents',
  results: 'Documents trouvés : {{count}}',
  noResults: 'Aucun document ne correspond à ces choix.',
} satisfies Translation<DocumentLookupStrings>;
