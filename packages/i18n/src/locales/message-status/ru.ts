/** Russian strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Статус вашего сообщения',
  intro:
    'Введите номер для отслеживания и код доступа из подтверждения, чтобы узнать, на каком этапе ваше сообщение, и прочитать ответ.',
  trackingNumber: 'Номер для отслеживания',
  trackingNumberHint:
    'Как в подтверждении, например M26-7KQ4-9XHC. Регистр, пробелы и дефисы не важны.',
  trackingMistyped: 'Похоже, номер для отслеживания введён с ошибкой: сверьте его с подтверждением',
  accessCode: 'Код доступа',
  accessCodeHint:
    '16 букв и цифр, например 7KQ4-9XHC-2M5R-PWZ8. Он не сохраняется на этом устройстве.',
  accessCodeInvalid: 'Введите код доступа, как в подтверждении: 16 букв и цифр',
  submit: 'Показать статус',
  notFound:
    'Сообщение с таким номером для отслеживания и кодом доступа не найдено. Сверьте оба с подтверждением и попробуйте ещё раз.',
  notConfigured: 'На этой странице нельзя отслеживать сообщения: она не настроена.',
  failed: 'Не удалось загрузить статус вашего сообщения.',
  subject: 'Тема',
  due: 'Срок ответа — до {{date}}',
  daysLeft_one: 'Остался {{count}} рабочий день',
  daysLeft_few: 'Осталось {{count}} рабочих дня',
  daysLeft_many: 'Осталось {{count}} рабочих дней',
  daysLeft_other: 'Осталось {{count}} рабочего дня',
  dueToday: 'Срок истекает сегодня',
  overdue_one: 'Просрочено на {{count}} рабочий день',
  overdue_few: 'Просрочено на {{count}} рабочих дня',
  overdue_many: 'Просрочено на {{count}} рабочих дней',
  overdue_other: 'Просрочено на {{count}} рабочего дня',
  repliedOn: 'Ответ дан {{date}}',
  timeline: 'Ход рассмотрения',
  received: 'Получено',
  forwarded: 'Передано в ответственное подразделение',
  replied: 'Дан ответ',
  published: 'Опубликовано вместе с ответом',
  reply: 'Ответ',
} satisfies Translation<MessageStatusStrings>;
