/**
 * English strings of `<portal-language-switcher>`: the reference language. `suggestion` is only
 * ever shown in the language it proposes, with that language's own name as `{{language}}` (the
 * English file reads "This page is also available in English."), so each file may word it for
 * its own name.
 */
const en = {
  /** The visually hidden start of the disclosure button's name, before the current language's name, with the punctuation the language puts there; a space follows in the template. */
  label: 'Language:',
  suggestion: 'This page is also available in {{language}}.',
  switch: 'Switch',
  dismiss: 'No thanks',
};

export default en;
