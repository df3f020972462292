/**
 * English strings of `<portal-document-lookup>`: the reference language. Its keys are the keys of
 * every other language and its type types `t()`. The document card's labels are the `document`
 * namespace's; type, category and validity names the `domain` namespace's.
 */
const en = {
  heading: 'Find a document by its file number',
  label: 'File number',
  hint: 'Type it as you see it, for example 商资发〔2006〕123号 or 商务部令2004年第14号.',
  readAs: 'Read as {{number}}',
  submit: 'Find',
  notFound: 'No document has the number {{number}}.',
  didYouMean: 'Did you mean one of these?',
  suggestionReasons: {
    'other-year': 'another year',
    'neighbouring-sequence': 'a neighbouring number',
    'near-issuer': 'a similar issuer code',
    'transposed-digits': 'two digits swapped',
  },
  unreadable: 'The server could not read this number.',
  errors: {
    'not-a-string': 'Enter the file number as text.',
    empty: 'Enter a file number.',
    'too-long': 'This is too long for a file number. Enter the number alone.',
    'invalid-character':
      'The number contains a character file numbers never have. Remove it and try again.',
    'unknown-form':
      'This does not look like a file number. Write the issuer, the year and the number, for example 商资发〔2006〕123号.',
    'no-issuer':
      'The issuer is missing. Start with its code or name, for example 商资发 or 商务部令.',
    'invalid-issuer':
      'The issuer cannot be read. Write its code or name in Chinese characters, for example 商资发.',
    'no-year':
      'The year is missing. Write it in brackets, for example 〔2006〕, or before the number, as in 2004年第14号.',
    'malformed-year': 'The year cannot be read. Write it in four digits, for example 2006.',
    'ambiguous-year':
      'The year and the number run together. Put the year in brackets, for example 〔2006〕123号.',
    'year-out-of-range': 'The year must be between 1949 and 2100.',
    'no-sequence': 'The number after the year is missing, for example 123 in 〔2006〕123号.',
    'malformed-sequence':
      'The number after the year cannot be read. Write it in digits, for example 123.',
    'sequence-out-of-range': 'The number after the year must be between 1 and 99999.',
    'trailing-text': 'There is text after the number. Remove everything after 号.',
  },
  browse: 'Or browse by type, year and issuer',
  type: 'Document type',
  anyType: 'Any type',
  year: 'Year',
  anyYear: 'Any year',
  organ: 'Issuing organ',
  anyOrgan: 'Any issuer',
  show: 'Show documents',
  results: 'Documents found: {{count}}',
  noResults: 'No document matches these choices.',
};

export default en;
