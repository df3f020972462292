/** Kazakh strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Жүктелуде…',
  loadingMore: 'Тағы жүктелуде…',
  more: 'Тағы көрсету',
  empty: 'Көрсететін ештеңе жоқ.',
  notConfigured: 'Деректер көзі бапталмаған.',
  error: 'Мазмұнды жүктеу мүмкін болмады.',
  errorMore: 'Қосымша элементтерді жүктеу мүмкін болмады.',
  reasons: {
    network: 'Серверге қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
    timeout: 'Сервер тым ұзақ жауап бермеді.',
    server: 'Серверде ақау болды (қате {{status}}).',
    refused: 'Сервер сұрауды қабылдамады (қате {{status}}).',
    config: 'Бұл құрамдас дұрыс бапталмаған.',
    unknown: 'Күтпеген қате орын алды.',
  },
  retry: 'Қайталау',
  stale: 'Сақталған мазмұн көрсетілуде; жаңарту мүмкін болмады.',
  offline: 'Желіге қосылмағансыз. Байланыс қалпына келгенде мазмұн қайта жүктеледі.',
  loadedMore_one: 'Тағы {{count}} элемент жүктелді.',
  loadedMore_other: 'Тағы {{count}} элемент жүктелді.',
} satisfies Translation<CommonStrings>;
