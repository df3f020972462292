/** Russian strings of the form layer (fields, validators, error summary). */
import type { Translation } from '../../namespace.js';
import type { FormStrings } from './index.js';

export default {
  errorSummary: 'Обнаружена ошибка',
  errorPrefix: 'Ошибка:',
  required: 'Заполните поле «{{label}}»',
  requiredChoice: 'Выберите значение в поле «{{label}}»',
  tooLong: 'Поле «{{label}}»: не более {{max}} симв.',
  tooShort: 'Поле «{{label}}»: не менее {{min}} симв.',
  pattern: 'Поле «{{label}}» заполнено в неверном формате',
  email: 'Поле «{{label}}» заполнено в неверном формате; пример: name@example.com',
  invalid: 'Проверьте поле «{{label}}»',
  characterLimit: 'Можно ввести не более {{max}} симв.',
  truncated: 'Текст слишком длинный: сохранены только первые {{max}} симв.',
  charactersLeft_one: 'Остался {{count}} символ',
  charactersLeft_few: 'Осталось {{count}} символа',
  charactersLeft_many: 'Осталось {{count}} символов',
  charactersLeft_other: 'Осталось {{count}} символа',
  charactersOver_one: 'Превышение на {{count}} символ',
  charactersOver_few: 'Превышение на {{count}} символа',
  charactersOver_many: 'Превышение на {{count}} символов',
  charactersOver_other: 'Превышение на {{count}} символа',
} satisfies Translation<FormStrings>;
