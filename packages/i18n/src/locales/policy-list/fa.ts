/** Persian strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'سیاست‌ها',
  filters: 'فیلترها',
  query: 'واژه‌های عنوان یا متن',
  search: 'جستجو',
  sort: 'مرتب‌سازی بر اساس',
  sorts: {
    newest: 'جدیدترین‌ها نخست',
    relevance: 'مرتبط‌ترین‌ها نخست',
  },
  category: 'دسته',
  type: 'نوع سند',
  organ: 'مرجع صادرکننده',
  year: 'سال',
  yearFrom: 'از',
  yearTo: 'تا',
  anyYear: 'همهٔ سال‌ها',
  moreValues: '{{n}} مورد دیگر',
  validity: 'اعتبار',
  results_one: '{{n}} سند یافت شد',
  results_other: '{{n}} سند یافت شد',
  empty: 'هیچ سندی با این فیلترها مطابقت ندارد.',
  clearFilters: 'پاک کردن فیلترها',
  notConfigured: 'منبع اسناد پیکربندی نشده است.',
  amendedBy: 'اصلاح‌شده با',
  repealedBy: 'لغوشده با',
} satisfies Translation<PolicyListStrings>;
