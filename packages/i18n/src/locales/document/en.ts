/**
 * English strings of `<portal-document>` (and of the document cards other components show): the
 * reference language. Its keys are the keys of every other language and its type types `t()`.
 */
const en = {
  notFound: 'There is no such document.',
  notFoundHint: 'Check the address, or look the document up by its file number.',
  fallback: 'This document has no text in your language. It is shown in Chinese.',
  fileNumber: 'File number',
  indexNumber: 'Index number',
  issuer: 'Issued by',
  type: 'Type',
  category: 'Category',
  written: 'Written on',
  published: 'Published on',
  effective: 'In force from',
  validity: 'Validity',
  replacedBy: 'Replaced by',
  attachments: 'Attachments',
  interpretations: 'Interpretations',
  relations: 'Related documents',
  relationKinds: {
    amends: 'Amends',
    'amended-by': 'Amended by',
    repeals: 'Repeals',
    'repealed-by': 'Repealed by',
  },
};

export default en;
