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
  empty: 'Көрсететін жаңалық жоқ.',
  notConfigured: 'Жаңалықтар көзі бапталмаған.',
} satisfies Translation<NewsFeedStrings>;
