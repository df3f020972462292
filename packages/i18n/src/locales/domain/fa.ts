/** Persian names of the portal's domain terms (document types, policy categories, publication kinds). */
import type { Translation } from '../../namespace.js';
import type { DomainStrings } from './index.js';

export default {
  documentTypes: {
    resolution: 'قطعنامه',
    decision: 'تصمیم',
    order: 'فرمان',
    communique: 'بیانیه',
    announcement: 'اطلاعیه',
    'public-notice': 'آگهی عمومی',
    opinion: 'نظر',
    notice: 'ابلاغیه',
    circular: 'بخشنامه',
    report: 'گزارش',
    request: 'درخواست دستور',
    reply: 'پاسخ رسمی',
    motion: 'لایحه',
    letter: 'نامه',
    minutes: 'صورت‌جلسه',
  },
  policyCategories: {
    'domestic-trade': 'تجارت داخلی',
    'foreign-trade': 'تجارت خارجی',
    'foreign-investment': 'سرمایه‌گذاری خارجی',
    'international-cooperation': 'همکاری اقتصادی بین‌المللی',
  },
  publicationKinds: {
    order: 'فرمان وزارتی',
    announcement: 'اطلاعیه',
    bulletin: 'بولتن',
  },
  validity: {
    'in-force': 'معتبر',
    amended: 'اصلاح‌شده',
    repealed: 'لغوشده',
    expired: 'منقضی',
  },
} satisfies Translation<DomainStrings>;
