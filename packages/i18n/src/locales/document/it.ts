/** Italian strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Questo documento non esiste.',
  notFoundHint: 'Controlla l’indirizzo o cerca il documento per numero.',
  fallback: 'Questo documento non è disponibile nella tua lingua. È mostrato in cinese.',
  fileNumber: 'Numero del documento',
  indexNumber: 'Numero di indice',
  issuer: 'Emesso da',
  type: 'Tipo',
  category: 'Categoria',
  written: 'Redatto il',
  published: 'Pubblicato il',
  effective: 'In vigore dal',
  validity: 'Validità',
  replacedBy: 'Sostituito da',
  attachments: 'Allegati',
  interpretations: 'Interpretazioni',
  relations: 'Documenti correlati',
  relationKinds: {
    amends: 'Modifica',
    'amended-by': 'Modificato da',
    repeals: 'Abroga',
    'repealed-by': 'Abrogato da',
  },
} satisfies Translation<DocumentStrings>;
