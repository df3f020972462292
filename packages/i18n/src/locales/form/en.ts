/**
 * English strings of the form layer (`<portal-text-field>`, `<portal-select>`, the validators and
 * `<portal-error-summary>`): the reference language. Its keys are the keys of every other
 * language (the completeness test checks it) and its type types `t()`.
 *
 * Messages follow the GOV.UK Design System: they name the field by its label (`{{label}}`),
 * say what to do, and never blame the reader.
 */
const en = {
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  required: 'Enter {{label}}',
  requiredChoice: 'Select {{label}}',
  tooLong: '{{label}} must be {{max}} characters or fewer',
  tooShort: '{{label}} must be {{min}} characters or more',
  pattern: 'Enter {{label}} in the correct format',
  email: 'Enter {{label}} in the correct format, like name@example.com',
  invalid: 'Check {{label}}',
  characterLimit: 'You can enter up to {{max}} characters',
  truncated: 'The text was too long: only the first {{max}} characters were kept',
  charactersLeft_one: 'You have {{count}} character remaining',
  charactersLeft_other: 'You have {{count}} characters remaining',
  charactersOver_one: 'You have {{count}} character too many',
  charactersOver_other: 'You have {{count}} characters too many',
};

export default en;
