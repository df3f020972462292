/** German strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Dieses Dokument gibt es nicht.',
  notFoundHint: 'Prüfen Sie die Adresse oder suchen Sie das Dokument über sein Aktenzeichen.',
  fallback: 'Dieses Dokument liegt nicht in Ihrer Sprache vor. Es wird auf Chinesisch angezeigt.',
  fileNumber: 'Aktenzeichen',
  indexNumber: 'Indexnummer',
  issuer: 'Herausgegeben von',
  type: 'Dokumentart',
  category: 'Kategorie',
  written: 'Verfasst am',
  published: 'Veröffentlicht am',
  effective: 'In Kraft seit',
  validity: 'Gültigkeit',
  replacedBy: 'Ersetzt durch',
  attachments: 'Anhänge',
  interpretations: 'Erläuterungen',
  relations: 'Verwandte Dokumente',
  relationKinds: {
    amends: 'Ändert',
    'amended-by': 'Geändert durch',
    repeals: 'Hebt auf',
    'repealed-by': 'Aufgehoben durch',
  },
} satisfies Translation<DocumentStrings>;
