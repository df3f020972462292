/** Kazakh strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Негізгі мазмұнға өту',
  searchLabel: 'Сайттан іздеу',
  searchButton: 'Іздеу',
  accessibility: 'Қолжетімділік',
  careMode: 'Қарттарға арналған режим',
  careModeHint: 'Үлкен мәтін, күшті контраст, қозғалыссыз',
  notConfigured: 'Тақырыпшаны мұнда көрсету мүмкін емес: сайт көрсетілмеген.',
  invalid: 'Тақырыпшаны көрсету мүмкін емес: сайт жазбасы атау ережелерін бұзады.',
  invalidFields: 'Түзетілетін өрістер:',
  wholeRecord: 'жазба толығымен',
} satisfies Translation<MastheadStrings>;
