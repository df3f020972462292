/** Kazakh strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Хабарламаңызды бақылау',
  intro:
    'Хабарламаңыздың қай кезеңде екенін көріп, жауапты оқу үшін түбіртектегі бақылау нөмірі мен кіру кодын енгізіңіз.',
  trackingNumber: 'Бақылау нөмірі',
  trackingNumberHint:
    'Түбіртектегідей, мысалы M26-7KQ4-9XHC. Бас не кіші әріп, бос орын мен сызықша маңызды емес.',
  trackingMistyped: 'Бақылау нөмірі қате терілген сияқты: оны түбіртекпен салыстырыңыз',
  accessCode: 'Кіру коды',
  accessCodeHint:
    '16 әріп пен цифр, мысалы 7KQ4-9XHC-2M5R-PWZ8. Ол бұл құрылғыда ешқашан сақталмайды.',
  accessCodeInvalid: 'Кіру кодын түбіртектегідей енгізіңіз: 16 әріп пен цифр',
  submit: 'Күйін көрсету',
  notFound:
    'Бұл бақылау нөмірі мен кіру кодына сәйкес хабарлама жоқ. Екеуін де түбіртекпен салыстырып, қайталап көріңіз.',
  notConfigured: 'Бұл беттен хабарламаларды бақылау мүмкін емес: ол бапталмаған.',
  failed: 'Хабарламаңыздың күйін жүктеу мүмкін болмады.',
  subject: 'Тақырып',
  due: 'Жауап беру мерзімі: {{date}}',
  daysLeft_one: '{{count}} жұмыс күні қалды',
  daysLeft_other: '{{count}} жұмыс күні қалды',
  dueToday: 'Мерзімі бүгін бітеді',
  overdue_one: 'Мерзімінен {{count}} жұмыс күні өтті',
  overdue_other: 'Мерзімінен {{count}} жұмыс күні өтті',
  repliedOn: '{{date}} күні жауап берілді',
  timeline: 'Қарау барысы',
  received: 'Қабылданды',
  forwarded: 'Жауапты бөлімге жіберілді',
  replied: 'Жауап берілді',
  published: 'Жауабымен бірге жарияланды',
  reply: 'Жауап',
} satisfies Translation<MessageStatusStrings>;
