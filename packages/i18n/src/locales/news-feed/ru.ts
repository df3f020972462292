/** Russian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Новости',
  columns: {
    headlines: 'Главные новости',
    updates: 'Последние события',
    briefs: 'Краткие новости',
  },
  empty: 'Новостей пока нет.',
  notConfigured: 'Источник новостей не настроен.',
} satisfies Translation<NewsFeedStrings>;
