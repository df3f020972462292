/** Arabic names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'قرار',
    decision: 'مقرَّر',
    order: 'أمر',
    communique: 'بيان رسمي',
    announcement: 'إعلان',
    'public-notice': 'إشعار عام',
    opinion: 'رأي',
    notice: 'إخطار',
    circular: 'تعميم',
    report: 'تقرير',
    request: 'طلب تعليمات',
    reply: 'رد رسمي',
    motion: 'مقترح',
    letter: 'رسالة',
    minutes: 'محضر',
  },
  policyCategories: {
    'domestic-trade': 'التجارة الداخلية',
    'foreign-trade': 'التجارة الخارجية',
    'foreign-investment': 'الاستثمار الأجنبي',
    'international-cooperation': 'التعاون الاقتصادي الدولي',
  },
  publicationKinds: {
    order: 'أمر وزاري',
    announcement: 'إعلان',
    bulletin: 'نشرة',
  },
  validity: {
    'in-force': 'سارٍ',
    amended: 'معدَّل',
    repealed: 'ملغى',
    expired: 'منتهي الصلاحية',
  },
} satisfies Translation<DomainStrings>;
