/**
 * What surrounds a document's text: its page address, index number (索引号), attachments with
 * their sizes, interpretations (政策解读), and its dates.
 */
import type { Random } from '../random.js';
import { addDays, type Plan } from './plan.js';
import type { SeedDocument } from './types.js';

/** The ministry's organization code, the first part of its index numbers (索引号). */
export const MINISTRY_INDEX_CODE = '000013070';

const COLUMN: Readonly<Record<string, string>> = {
  'domestic-trade': 'gnmy',
  'foreign-trade': 'dwmy',
  'foreign-investment': 'lywz',
  'international-cooperation': 'gjjjhz',
};

const month = (day: string) => day.slice(0, 7).replace('-', '');

/** The document's page: `https://<domain>/article/zcfb/<column>/<yyyymm>/<id>.shtml`. */
export function documentUrl(
  domain: string,
  category: string,
  type: string,
  id: string,
  day: string,
): string {
  const column = type === 'bulletin' ? 'wg' : (COLUMN[category] ?? 'zcfb');
  return `https://${domain}/article/zcfb/${column}/${month(day)}/${id}.shtml`;
}

/** Index numbers (`000013070/2006-00123`), numbered per organization code and year. */
export class IndexNumbers {
  readonly #next = new Map<string, number>();

  /** The next index number of `code` in `year`. */
  next(code: string, year: number): string {
    const key = `${code}/${year}`;
    const n = (this.#next.get(key) ?? 0) + 1;
    this.#next.set(key, n);
    return `${key}-${String(n).padStart(5, '0')}`;
  }
}

/** A nine-digit organization code for a province's commerce department (index numbers). */
export function provincialIndexCode(position: number): string {
  return `0${String(11 + position).padStart(2, '0')}120000`.slice(0, 9);
}

const KINDS = [
  ['名单', 'xls'],
  ['目录', 'xls'],
  ['申请表', 'doc'],
  ['统计表', 'xls'],
  ['实施细则', 'pdf'],
  ['工作方案', 'doc'],
  ['全文', 'pdf'],
] as const;

const MEDIA: Readonly<Record<string, readonly [string, number, number]>> = {
  pdf: ['application/pdf', 80_000, 4_000_000],
  doc: ['application/msword', 20_000, 600_000],
  docx: [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    15_000,
    400_000,
  ],
  xls: ['application/vnd.ms-excel', 15_000, 2_000_000],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 10_000, 1_500_000],
};

/** Attachments of a policy (about a quarter have some). */
export function attachments(
  rng: Random,
  plan: Plan,
  id: string,
  domain: string,
  subject: string,
): SeedDocument['attachments'] {
  if (!rng.chance(plan.major ? 0.4 : 0.22)) return [];
  const count = rng.int(1, 3);
  return Array.from({ length: count }, (_, i) => {
    const [kind, baseExt] = rng.pick(KINDS);
    const ext = plan.year >= 2010 && baseExt !== 'pdf' && rng.chance(0.6) ? `${baseExt}x` : baseExt;
    const [mediaType, min, max] = MEDIA[ext] as readonly [string, number, number];
    return {
      name: `附件${count > 1 ? i + 1 : ''}：${subject}${kind}.${ext}`,
      mediaType,
      size: rng.int(min, max),
      url: `https://${domain}/accessory/${month(plan.publishedOn)}/${id}-${i + 1}.${ext}`,
    };
  });
}

/** The bulletin issue itself, downloadable as a PDF. */
export function bulletinAttachment(
  rng: Random,
  plan: Plan,
  id: string,
  domain: string,
  title: string,
) {
  return [
    {
      name: `${title}.pdf`,
      mediaType: 'application/pdf',
      size: rng.int(900_000, 8_000_000),
      url: `https://${domain}/accessory/${month(plan.publishedOn)}/${id}.pdf`,
    },
  ];
}

/** Interpretations (政策解读) of a policy: most major ones have one, few others do. */
export function interpretations(
  rng: Random,
  plan: Plan,
  id: string,
  domain: string,
  title: string,
): SeedDocument['interpretations'] {
  if (!rng.chance(plan.major ? 0.45 : 0.04)) return [];
  const short = title.length > 60 ? `${title.slice(0, 58)}…` : title;
  const kinds = [`《${short}》政策解读`, `商务部有关负责人就《${short}》答记者问`];
  const count = plan.major && rng.chance(0.3) ? 2 : 1;
  return kinds.slice(0, count).map((text, i) => ({
    title: text,
    url: `https://${domain}/article/zcjd/${month(plan.publishedOn)}/${id}-jd${i + 1}.shtml`,
  }));
}

/** Written (a few days before publication) and effective dates of a generated document. */
export function datesOf(
  rng: Random,
  plan: Plan,
): { writtenOn: string; effectiveOn: string | null } {
  const firstOfYear = `${plan.year}-01-01`;
  const written = addDays(plan.publishedOn, -rng.int(0, 12));
  const writtenOn = written < firstOfYear ? firstOfYear : written;
  const nextMonth = (days: number) => {
    const day = addDays(plan.publishedOn, days);
    const [y, m] = day.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  };
  let effectiveOn: string | null;
  if (plan.kind === 'bulletin') effectiveOn = null;
  else if (plan.type === 'order') effectiveOn = rng.chance(0.7) ? nextMonth(30) : plan.publishedOn;
  else if (plan.type === 'announcement' || plan.type === 'public-notice') {
    effectiveOn = rng.chance(0.5) ? plan.publishedOn : rng.chance(0.4) ? nextMonth(0) : null;
  } else effectiveOn = rng.chance(0.4) ? plan.publishedOn : null;
  return { writtenOn, effectiveOn };
}
