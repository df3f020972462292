/** Russian strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'О сайте',
  organizer: 'Организатор:',
  siteCode: 'Идентификационный код сайта:',
  icp: 'Регистрация ICP:',
  publicSecurity: 'Регистрация в органах общественной безопасности:',
  phone: 'Телефон:',
  email: 'Эл. почта:',
  address: 'Адрес:',
  contact: 'Связаться с нами',
  sitemap: 'Карта сайта',
  reportError: 'Сообщить об ошибке на сайте',
  external: 'Внешний сайт',
  notConfigured: 'Сведения о сайте здесь показать нельзя: сайт не задан.',
  invalid: 'Сведения о сайте нельзя показать: запись сайта нарушает правила именования.',
  invalidFields: 'Исправьте поля:',
  wholeRecord: 'запись целиком',
} satisfies Translation<FooterStrings>;
