/** German strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Dokument über sein Aktenzeichen finden',
  label: 'Aktenzeichen',
  hint: 'Geben Sie es so ein, wie Sie es sehen, zum Beispiel 商资发〔2006〕123号 oder 商务部令2004年第14号.',
  readAs: 'Gelesen als {{number}}',
  submit: 'Suchen',
  notFound: 'Kein Dokument hat das Aktenzeichen {{number}}.',
  didYouMean: 'Meinten Sie eines dieser Dokumente?',
  suggestionReasons: {
    'other-year': 'ein anderes Jahr',
    'neighbouring-sequence': 'eine benachbarte Nummer',
    'near-issuer': 'ein ähnliches Behördenkürzel',
    'transposed-digits': 'zwei vertauschte Ziffern',
  },
  unreadable: 'Der Server konnte dieses Aktenzeichen nicht lesen.',
  errors: {
    'not-a-string': 'Geben Sie das Aktenzeichen als Text ein.',
    empty: 'Geben Sie ein Aktenzeichen ein.',
    'too-long': 'Das ist zu lang für ein Aktenzeichen. Geben Sie nur das Aktenzeichen ein.',
    'invalid-character':
      'Das Aktenzeichen enthält ein Zeichen, das in Aktenzeichen nie vorkommt. Entfernen Sie es und versuchen Sie es erneut.',
    'unknown-form':
      'Das sieht nicht wie ein Aktenzeichen aus. Schreiben Sie Behörde, Jahr und Nummer, zum Beispiel 商资发〔2006〕123号.',
    'no-issuer':
      'Die Behörde fehlt. Beginnen Sie mit ihrem Kürzel oder Namen, zum Beispiel 商资发 oder 商务部令.',
    'invalid-issuer':
      'Die Behörde ist nicht lesbar. Schreiben Sie ihr Kürzel oder ihren Namen in chinesischen Schriftzeichen, zum Beispiel 商资发.',
    'no-year':
      'Das Jahr fehlt. Schreiben Sie es in Klammern, zum Beispiel 〔2006〕, oder vor die Nummer wie in 2004年第14号.',
    'malformed-year': 'Das Jahr ist nicht lesbar. Schreiben Sie es vierstellig, zum Beispiel 2006.',
    'ambiguous-year':
      'Jahr und Nummer gehen ineinander über. Setzen Sie das Jahr in Klammern, zum Beispiel 商资发〔2006〕123号.',
    'year-out-of-range': 'Das Jahr muss zwischen 1949 und 2100 liegen.',
    'no-sequence':
      'Die laufende Nummer nach dem Jahr fehlt, zum Beispiel 123 in 商资发〔2006〕123号.',
    'malformed-sequence':
      'Die laufende Nummer nach dem Jahr ist nicht lesbar. Schreiben Sie sie in Ziffern, zum Beispiel 123.',
    'sequence-out-of-range': 'Die laufende Nummer nach dem Jahr muss zwischen 1 und 99999 liegen.',
    'trailing-text': 'Nach dem Aktenzeichen steht noch Text. Entfernen Sie alles nach 号.',
  },
  browse: 'Oder nach Art, Jahr und Behörde suchen',
  type: 'Dokumentart',
  anyType: 'Alle Arten',
  year: 'Jahr',
  anyYear: 'Alle Jahre',
  organ: 'Herausgebende Behörde',
  anyOrgan: 'Alle Behörden',
  show: 'Dokumente anzeigen',
  results: 'Gefundene Dokumente: {{count}}',
  noResults: 'Kein Dokument entspricht dieser Auswahl.',
} satisfies Translation<DocumentLookupStrings>;
