/** Spanish strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Ese documento no existe.',
  notFoundHint: 'Compruebe la dirección o busque el documento por su número.',
  fallback: 'Este documento no está disponible en su idioma. Se muestra en chino.',
  fileNumber: 'Número del documento',
  indexNumber: 'Número de índice',
  issuer: 'Emitido por',
  type: 'Tipo',
  category: 'Categoría',
  written: 'Redactado el',
  published: 'Publicado el',
  effective: 'En vigor desde',
  validity: 'Vigencia',
  replacedBy: 'Sustituido por',
  attachments: 'Archivos adjuntos',
  interpretations: 'Interpretaciones',
  relations: 'Documentos relacionados',
  relationKinds: {
    amends: 'Modifica',
    'amended-by': 'Modificado por',
    repeals: 'Deroga',
    'repealed-by': 'Derogado por',
  },
} satisfies Translation<DocumentStrings>;
