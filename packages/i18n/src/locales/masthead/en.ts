/**
 * English strings of `<portal-masthead>`: the reference language. Its keys are the keys of every
 * other language and its type types `t()`. The ministry's and the unit's names come from the
 * site record and the SDK (`siteMasthead()`), not from here; the states' generic words are the
 * `common` namespace's.
 */
const en = {
  skipLink: 'Skip to main content',
  searchLabel: 'Search this site',
  searchButton: 'Search',
  accessibility: 'Accessibility',
  careMode: 'Care mode',
  careModeHint: 'Larger text, stronger contrast, no motion',
  notConfigured: 'The masthead cannot be shown here: no site is set.',
  invalid: 'The masthead cannot be shown: the site record breaks the naming rules.',
  invalidFields: 'Fields to correct:',
  wholeRecord: 'the record itself',
};

export default en;
