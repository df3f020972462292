/** Mongolian strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Ачаалж байна…',
  loadingMore: 'Нэмж ачаалж байна…',
  more: 'Цааш үзэх',
  empty: 'Харуулах зүйл алга.',
  notConfigured: 'Өгөгдлийн эх сурвалж тохируулаагүй байна.',
  error: 'Агуулгыг ачаалж чадсангүй.',
  errorMore: 'Нэмэлт зүйлсийг ачаалж чадсангүй.',
  reasons: {
    network: 'Сервертэй холбогдож чадсангүй. Холболтоо шалгаад дахин оролдоно уу.',
    timeout: 'Сервер хэт удаан хариулсан.',
    server: 'Серверт алдаа гарлаа (алдаа {{status}}).',
    refused: 'Сервер хүсэлтийг татгалзлаа (алдаа {{status}}).',
    config: 'Энэ бүрэлдэхүүний тохиргоо буруу байна.',
    unknown: 'Гэнэтийн алдаа гарлаа.',
  },
  retry: 'Дахин оролдох',
  stale: 'Хадгалсан агуулгыг харуулж байна; шинэчилж чадсангүй.',
  offline: 'Та сүлжээнд холбогдоогүй байна. Холболт сэргэхэд агуулга дахин ачаалагдана.',
  loadedMore_one: 'Дахин {{count}} зүйл ачааллаа.',
  loadedMore_other: 'Дахин {{count}} зүйл ачааллаа.',
} satisfies Translation<CommonStrings>;
