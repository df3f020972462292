/** Mongolian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Мэдээ',
  columns: {
    headlines: 'Онцлох мэдээ',
    updates: 'Шинэ мэдээ',
    briefs: 'Товч мэдээ',
  },
  empty: 'Харуулах мэдээ алга.',
  notConfigured: 'Мэдээний эх сурвалж тохируулаагүй байна.',
} satisfies Translation<NewsFeedStrings>;
