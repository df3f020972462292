/**
 * Small composable validators for the form layer. A validator is a plain object: an `id` and a
 * `validate(value, field)` that answers `null` (valid) or the key of a message in the `form`
 * namespace with its parameters. The field turns that into a localized sentence naming itself
 * by its label ("Enter email address", "Message must be 200 characters or fewer"), so a
 * validator never holds text and works in every language.
 *
 * @example
 * field.validators = [required(), maxLength(200), custom((v) => v !== 'admin', 'invalid')];
 */

/** What a validator sees of the field it checks. */
export interface ValidatedField {
  /** The field's label, as the reader sees it. */
  readonly label: string;
  /** Whether the field is a choice (a select): "Select …" rather than "Enter …". */
  readonly choice?: boolean;
}

/** A failed check: the message key (a `form` namespace key, or one of the field's `messages`). */
export interface ValidationResult {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One check of a field's value. */
export interface Validator {
  /** Identifies the check (`required`, `maxLength`…); a field runs one validator per id. */
  readonly id: string;
  /** `null` when `value` passes, else why it does not. Empty values pass every check but `required`. */
  validate(value: string, field: ValidatedField): ValidationResult | null;
}

/** The value is not empty (white space alone counts as empty). */
export function required(): Validator {
  return {
    id: 'required',
    validate: (value, field) =>
      value.trim() === '' ? { key: field.choice ? 'requiredChoice' : 'required' } : null,
  };
}

/**
 * The characters of `value` as people and the Portal API count them: code points, so a CJK
 * Extension B character or an emoji is one character, not the two UTF-16 code units that
 * `value.length` (and the browser's own `maxlength`) would count.
 */
export const characterCount = (value: string): number =>
  value.length - (value.match(/[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g)?.length ?? 0);

/** At most `max` characters (code points, as the API's schemas count them). */
export function maxLength(max: number): Validator {
  return {
    id: 'maxLength',
    validate: (value) => (characterCount(value) > max ? { key: 'tooLong', params: { max } } : null),
  };
}

/** At least `min` characters (code points), when not empty. */
export function minLength(min: number): Validator {
  return {
    id: 'minLength',
    validate: (value) =>
      value !== '' && characterCount(value) < min ? { key: 'tooShort', params: { min } } : null,
  };
}

/**
 * The whole value matches `re` (anchored like the HTML `pattern` attribute), when not empty.
 * `key` names the message (default `pattern`: "Enter … in the correct format").
 */
export function pattern(re: RegExp, key = 'pattern'): Validator {
  const anchored = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ''));
  return {
    id: 'pattern',
    validate: (value) => (value === '' || anchored.test(value) ? null : { key }),
  };
}

/**
 * An email address as the HTML standard's `type=email` accepts it (one `@`, a dotted domain of
 * letters, digits and hyphens), when not empty.
 */
export function email(): Validator {
  const re =
    /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;
  return {
    id: 'email',
    validate: (value) => (value === '' || re.test(value) ? null : { key: 'email' }),
  };
}

/**
 * A check of your own: `test(value)` answers whether the value is valid; `key` names the message
 * (a `form` key such as `invalid`, or a key of the field's `messages` with your own wording).
 */
export function custom(
  test: (value: string) => boolean,
  key = 'invalid',
  id = `custom:${key}`,
): Validator {
  return {
    id,
    validate: (value) => (value === '' || test(value) ? null : { key }),
  };
}

/** The first failure of `validators` on `value`, or `null` when every one passes. */
export function firstFailure(
  validators: readonly Validator[],
  value: string,
  field: ValidatedField,
): ValidationResult | null {
  for (const validator of validators) {
    const result = validator.validate(value, field);
    if (result) return result;
  }
  return null;
}
