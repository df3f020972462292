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
  more: 'Цааш үзэх',
  loadingMore: 'Нэмэлт мэдээ ачаалж байна…',
  loading: 'Мэдээ ачаалж байна…',
  empty: 'Харуулах мэдээ алга.',
  error: 'Мэдээг ачаалж чадсангүй.',
  errorMore: 'Нэмэлт мэдээг ачаалж чадсангүй.',
  notConfigured: 'Мэдээний эх сурвалж тохируулаагүй байна.',
  reasons: {
    network: 'Мэдээний сервертэй холбогдож чадсангүй. Холболтоо шалгаад дахин оролдоно уу.',
    timeout: 'Мэдээний сервер хэт удаан хариулсан.',
    server: 'Мэдээний серверт алдаа гарлаа (алдаа {{status}}).',
    refused: 'Мэдээний сервер хүсэлтийг татгалзлаа (алдаа {{status}}).',
    config: 'Энэ мэдээний урсгалын тохиргоо буруу байна.',
    unknown: 'Гэнэтийн алдаа гарлаа.',
  },
  retry: 'Дахин оролдох',
  stale: 'Хадгалсан агуулгыг харуулж байна; шинэчилж чадсангүй.',
  loaded_one: '{{count}} мэдээ ачааллаа.',
  loaded_other: '{{count}} мэдээ ачааллаа.',
  loadedMore_one: 'Дахин {{count}} мэдээ ачааллаа.',
  loadedMore_other: 'Дахин {{count}} мэдээ ачааллаа.',
  publishedOn: 'Нийтэлсэн: {{date}}',
} satisfies Translation<NewsFeedStrings>;
