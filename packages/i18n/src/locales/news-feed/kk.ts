/** Kazakh strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Жаңалықтар',
  columns: {
    headlines: 'Басты жаңалықтар',
    updates: 'Соңғы жаңалықтар',
    briefs: 'Қысқа жаңалықтар',
  },
  more: 'Тағы жаңалықтар',
  loadingMore: 'Тағы жаңалықтар жүктелуде…',
  loading: 'Жаңалықтар жүктелуде…',
  empty: 'Көрсететін жаңалық жоқ.',
  error: 'Жаңалықтарды жүктеу мүмкін болмады.',
  errorMore: 'Қосымша жаңалықтарды жүктеу мүмкін болмады.',
  notConfigured: 'Жаңалықтар көзі бапталмаған.',
  reasons: {
    network: 'Жаңалықтар серверіне қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
    timeout: 'Жаңалықтар сервері тым ұзақ жауап бермеді.',
    server: 'Жаңалықтар серверінде ақау болды (қате {{status}}).',
    refused: 'Жаңалықтар сервері сұрауды қабылдамады (қате {{status}}).',
    config: 'Бұл жаңалықтар таспасы дұрыс бапталмаған.',
    unknown: 'Күтпеген қате орын алды.',
  },
  retry: 'Қайталау',
  stale: 'Сақталған мазмұн көрсетілуде; жаңарту мүмкін болмады.',
  loaded_one: '{{count}} жаңалық жүктелді.',
  loaded_other: '{{count}} жаңалық жүктелді.',
  loadedMore_one: 'Тағы {{count}} жаңалық жүктелді.',
  loadedMore_other: 'Тағы {{count}} жаңалық жүктелді.',
  publishedOn: 'Жарияланған күні: {{date}}',
} satisfies Translation<NewsFeedStrings>;
