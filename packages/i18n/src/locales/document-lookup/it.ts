/** Italian strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Trova un documento dal suo numero',
  label: 'Numero del documento',
  hint: 'Scrivilo come lo vedi, ad esempio 商资发〔2006〕123号 o 商务部令2004年第14号.',
  readAs: 'Letto come {{number}}',
  submit: 'Cerca',
  notFound: 'Nessun documento ha il numero {{number}}.',
  didYouMean: 'Intendevi uno di questi?',
  suggestionReasons: {
    'other-year': 'un altro anno',
    'neighbouring-sequence': 'un numero vicino',
    'near-issuer': 'un codice di emittente simile',
    'transposed-digits': 'due cifre scambiate',
  },
  unreadable: 'Il server non è riuscito a leggere questo numero.',
  errors: {
    'not-a-string': 'Inserisci il numero del documento come testo.',
    empty: 'Inserisci un numero di documento.',
    'too-long': 'È troppo lungo per un numero di documento. Inserisci solo il numero.',
    'invalid-character':
      'Il numero contiene un carattere che i numeri di documento non hanno mai. Eliminalo e riprova.',
    'unknown-form':
      'Non sembra un numero di documento. Scrivi emittente, anno e numero, ad esempio 商资发〔2006〕123号.',
    'no-issuer':
      'Manca l’emittente. Inizia con il suo codice o nome, ad esempio 商资发 o 商务部令.',
    'invalid-issuer':
      'L’emittente non è leggibile. Scrivi il codice o il nome in caratteri cinesi, ad esempio 商资发.',
    'no-year':
      'Manca l’anno. Scrivilo tra parentesi, ad esempio 〔2006〕, o prima del numero, come in 2004年第14号.',
    'malformed-year': 'L’anno non è leggibile. Scrivilo con quattro cifre, ad esempio 2006.',
    'ambiguous-year':
      'Anno e numero sono attaccati. Metti l’anno tra parentesi, ad esempio 商资发〔2006〕123号.',
    'year-out-of-range': 'L’anno deve essere compreso tra 1949 e 2100.',
    'no-sequence':
      'Manca il numero progressivo dopo l’anno, ad esempio 123 in 商资发〔2006〕123号.',
    'malformed-sequence':
      'Il numero progressivo non è leggibile. Scrivilo in cifre, ad esempio 123.',
    'sequence-out-of-range': 'Il numero progressivo deve essere compreso tra 1 e 99999.',
    'trailing-text': 'C’è del testo dopo il numero. Elimina tutto ciò che segue 号.',
  },
  browse: 'Oppure sfoglia per tipo, anno ed emittente',
  type: 'Tipo di documento',
  anyType: 'Tutti i tipi',
  year: 'Anno',
  anyYear: 'Tutti gli anni',
  organ: 'Organo emittente',
  anyOrgan: 'Tutti gli emittenti',
  show: 'Mostra documenti',
  results: 'Documenti trovati: {{count}}',
  noResults: 'Nessun documento corrisponde a queste scelte.',
} satisfies Translation<DocumentLookupStrings>;
