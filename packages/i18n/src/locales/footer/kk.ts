/** Kazakh strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Сайт туралы',
  organizer: 'Ұйымдастырушы:',
  siteCode: 'Сайттың сәйкестендіру коды:',
  icp: 'ICP тіркеу нөмірі:',
  publicSecurity: 'Қоғамдық қауіпсіздік тіркеу нөмірі:',
  phone: 'Телефон:',
  email: 'Электрондық пошта:',
  address: 'Мекенжай:',
  contact: 'Бізбен байланыс',
  sitemap: 'Сайт картасы',
  reportError: 'Осы сайттағы қатені хабарлау',
  external: 'Сыртқы сайт',
  notConfigured: 'Сайт мәліметтерін мұнда көрсету мүмкін емес: сайт көрсетілмеген.',
  invalid: 'Сайт мәліметтерін көрсету мүмкін емес: сайт жазбасы атау ережелерін бұзады.',
  invalidFields: 'Түзетілетін өрістер:',
  wholeRecord: 'жазба толығымен',
} satisfies Translation<FooterStrings>;
