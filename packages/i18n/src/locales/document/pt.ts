/** Portuguese strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Esse documento não existe.',
  notFoundHint: 'Verifique o endereço ou procure o documento pelo número.',
  fallback: 'Este documento não está disponível no seu idioma. É apresentado em chinês.',
  fileNumber: 'Número do documento',
  indexNumber: 'Número de índice',
  issuer: 'Emitido por',
  type: 'Tipo',
  category: 'Categoria',
  written: 'Redigido em',
  published: 'Publicado em',
  effective: 'Em vigor desde',
  validity: 'Vigência',
  replacedBy: 'Substituído por',
  attachments: 'Anexos',
  interpretations: 'Interpretações',
  relations: 'Documentos relacionados',
  relationKinds: {
    amends: 'Altera',
    'amended-by': 'Alterado por',
    repeals: 'Revoga',
    'repealed-by': 'Revogado por',
  },
} satisfies Translation<DocumentStrings>;
