/** Spanish strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Buscar un documento por su número',
  label: 'Número del documento',
  hint: 'Escríbalo tal como lo ve, por ejemplo 商资发〔2006〕123号 o 商务部令2004年第14号.',
  readAs: 'Leído como {{number}}',
  submit: 'Buscar',
  notFound: 'Ningún documento tiene el número {{number}}.',
  didYouMean: '¿Quería decir uno de estos?',
  suggestionReasons: {
    'other-year': 'otro año',
    'neighbouring-sequence': 'un número contiguo',
    'near-issuer': 'un código de emisor parecido',
    'transposed-digits': 'dos cifras intercambiadas',
  },
  unreadable: 'El servidor no pudo leer este número.',
  errors: {
    'not-a-string': 'Escriba el número del documento como texto.',
    empty: 'Escriba un número de documento.',
    'too-long': 'Es demasiado largo para un número de documento. Escriba solo el número.',
    'invalid-character':
      'El número contiene un carácter que nunca aparece en los números de documento. Bórrelo e inténtelo de nuevo.',
    'unknown-form':
      'Esto no parece un número de documento. Escriba el emisor, el año y el número, por ejemplo 商资发〔2006〕123号.',
    'no-issuer':
      'Falta el emisor. Empiece por su código o su nombre, por ejemplo 商资发 o 商务部令.',
    'invalid-issuer':
      'No se puede leer el emisor. Escriba su código o su nombre en caracteres chinos, por ejemplo 商资发.',
    'no-year':
      'Falta el año. Escríbalo entre corchetes, por ejemplo 〔2006〕, o antes del número, como en 2004年第14号.',
    'malformed-year': 'No se puede leer el año. Escríbalo con cuatro cifras, por ejemplo 2006.',
    'ambiguous-year':
      'El año y el número están juntos. Ponga el año entre corchetes, por ejemplo 商资发〔2006〕123号.',
    'year-out-of-range': 'El año debe estar entre 1949 y 2100.',
    'no-sequence':
      'Falta el número de orden después del año, por ejemplo 123 en 商资发〔2006〕123号.',
    'malformed-sequence':
      'No se puede leer el número de orden. Escríbalo con cifras, por ejemplo 123.',
    'sequence-out-of-range': 'El número de orden debe estar entre 1 y 99999.',
    'trailing-text': 'Hay texto después del número. Borre todo lo que sigue a 号.',
  },
  browse: 'O explorar por tipo, año y emisor',
  type: 'Tipo de documento',
  anyType: 'Todos los tipos',
  year: 'Año',
  anyYear: 'Todos los años',
  organ: 'Órgano emisor',
  anyOrgan: 'Todos los emisores',
  show: 'Mostrar documentos',
  results: 'Documentos encontrados: {{count}}',
  noResults: 'Ningún documento coincide con esta selección.',
} satisfies Translation<DocumentLookupStrings>;
