/** French strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Ce document n’existe pas.',
  notFoundHint: 'Vérifiez l’adresse ou recherchez le document par son numéro.',
  fallback: 'Ce document n’existe pas dans votre langue. Il est affiché en chinois.',
  fileNumber: 'Numéro du document',
  indexNumber: 'Numéro d’index',
  issuer: 'Émis par',
  type: 'Type de document',
  category: 'Catégorie',
  written: 'Rédigé le',
  published: 'Publié le',
  effective: 'En vigueur depuis le',
  validity: 'Validité',
  replacedBy: 'Remplacé par',
  attachments: 'Pièces jointes',
  interpretations: 'Interprétations',
  relations: 'Documents liés',
  relationKinds: {
    amends: 'Modifie',
    'amended-by': 'Modifié par',
    repeals: 'Abroge',
    'repealed-by': 'Abrogé par',
  },
} satisfies Translation<DocumentStrings>;
