/** Arabic strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: 'السياسات',
  filters: 'عوامل التصفية',
  query: 'كلمات في العنوان أو النص',
  search: 'بحث',
  sort: 'الترتيب حسب',
  sorts: {
    newest: 'الأحدث أولًا',
    relevance: 'الأكثر صلة أولًا',
  },
  category: 'الفئة',
  type: 'نوع الوثيقة',
  organ: 'الجهة المصدِرة',
  year: 'السنة',
  yearFrom: 'من',
  yearTo: 'إلى',
  anyYear: 'أي سنة',
  moreValues: '{{n}} أخرى',
  validity: 'السريان',
  results_zero: 'لم يُعثر على أي وثيقة',
  results_one: 'وثيقة واحدة',
  results_two: 'وثيقتان',
  results_few: '{{n}} وثائق',
  results_many: '{{n}} وثيقة',
  results_other: '{{n}} وثيقة',
  empty: 'لا توجد وثائق تطابق عوامل التصفية هذه.',
  clearFilters: 'مسح عوامل التصفية',
  notConfigured: 'لم يُضبط مصدر للوثائق.',
  amendedBy: 'عُدِّلت بموجب',
  repealedBy: 'أُلغيت بموجب',
} satisfies Translation<PolicyListStrings>;
