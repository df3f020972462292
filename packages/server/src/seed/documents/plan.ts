/**
 * The skeleton of each generated document before its text: category, type, date, publishing
 * site, issuing organs and how its file number is made. Numbers are given afterwards, in date
 * order per series (`numbering.ts`), so they grow through the year as real ones do.
 */
import type { DocumentType } from '@portal-kit/sdk';
import type { Random } from '../random.js';
import { ORGAN_SHORT_NAMES, provincialOrganId, type PROVINCIAL_ORGANS } from './organs.js';
import type { SitePools } from './sites.js';
import { VOCABULARY, type Category } from './vocabulary.js';

/** The last day documents are dated: the seed's reference date (2026-11-20). */
export const LAST_DAY = '2026-11-20';
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2026;
/** The ministry of commerce was founded in 2003; before it, MOFTEC and the SETC issued. */
const MOFCOM_FOUNDED = 2003;

/** How a document's number is made: the series it belongs to and how it is written. */
export interface Numbering {
  readonly form: 'standard' | 'order' | 'announcement' | 'notice' | 'bulletin';
  /** Numbers of one series run 1, 2, 3… per year: `form|lead|code|year`. */
  readonly series: string;
  /** What is written before the number: `商资发`, `商务部 海关总署`. */
  readonly issuer: string;
  readonly year: number;
}

export interface Plan {
  /** Position in generation order (stable tie-break). */
  readonly index: number;
  readonly kind: 'policy' | 'bulletin';
  readonly category: Category;
  readonly type: DocumentType;
  /** Publication day `YYYY-MM-DD`. */
  readonly publishedOn: string;
  readonly year: number;
  readonly site: string;
  readonly organs: readonly string[];
  /** The province for a provincial document, else null. */
  readonly province: (typeof PROVINCIAL_ORGANS)[number] | null;
  readonly numbering: Numbering | null;
  /** Issued by the ministry's general office (办公厅) rather than the ministry itself. */
  readonly office: boolean;
  readonly subject: number;
  readonly action: number;
  readonly major: boolean;
}

/** Document types of ordinary policies and their weights (通知 first, 令 rarer). */
type PolicyType = Exclude<DocumentType, 'resolution' | 'motion' | 'bulletin'>;
const TYPE_WEIGHTS: Readonly<Record<PolicyType, number>> = {
  notice: 42,
  announcement: 17,
  letter: 10,
  reply: 8,
  opinion: 7,
  order: 4,
  decision: 2,
  circular: 2,
  'public-notice': 1.5,
  report: 0.8,
  minutes: 0.7,
  communique: 0.5,
  request: 0.3,
};
const PROVINCIAL_TYPE_WEIGHTS: Readonly<Partial<Record<PolicyType, number>>> = {
  notice: 60,
  letter: 12,
  opinion: 10,
  reply: 8,
  circular: 5,
  report: 3,
  minutes: 2,
};

/** Year weights: fewer documents online from the early years, more in recent ones. */
const YEAR_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => {
    const year = FIRST_YEAR + i;
    const weight = year < 2003 ? 2 : year < 2009 ? 3 : year < 2016 ? 4 : year < 2026 ? 4.5 : 4;
    return [String(year), weight];
  }),
);

/** Issuer codes of other organs leading a joint document with the ministry. */
const PARTNER_CODES: Readonly<Record<string, readonly string[]>> = {
  mof: ['财建', '财行', '财企'],
  ndrc: ['发改经贸', '发改外资'],
  gacc: ['署贸函', '署监发'],
  safe: ['汇发'],
  sat: ['税总发'],
  samr: ['国市监竞争'],
  mps: ['公通字'],
};

const DAY_MS = 86_400_000;
const LAST_MS = Date.parse(`${LAST_DAY}T00:00:00Z`);

/** A working day (Monday–Friday) of `year`, never after the last day. */
export function randomDay(rng: Random, year: number): string {
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year, 11, 31), LAST_MS);
  let ms = start + rng.int(0, Math.round((end - start) / DAY_MS)) * DAY_MS;
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 6) ms -= DAY_MS;
  if (weekday === 0) ms += DAY_MS;
  if (new Date(ms).getUTCFullYear() !== year) ms = start + 2 * DAY_MS;
  return new Date(Math.min(ms, LAST_MS)).toISOString().slice(0, 10);
}

/** `day` moved by `days` (may be negative), as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function ministryOrgan(category: Category, year: number): string {
  if (year >= MOFCOM_FOUNDED) return 'mofcom';
  return category === 'domestic-trade' ? 'setc' : 'moftec';
}

/** The name written before 令/公告/通告 for `organs` (short names of joint issuers). */
function markedIssuer(organs: readonly string[]): string {
  return organs.map((id) => ORGAN_SHORT_NAMES.get(id) ?? id).join(' ');
}

function numberingFor(
  rng: Random,
  type: DocumentType,
  category: Category,
  year: number,
  organs: readonly string[],
  province: Plan['province'],
): Numbering | null {
  const lead = organs[0] as string;
  const marked = (form: 'order' | 'announcement' | 'notice'): Numbering => ({
    form,
    series: `${form}|${lead}|${year}`,
    issuer: markedIssuer(organs),
    year,
  });
  if (type === 'order') return marked('order');
  if (type === 'announcement') return marked('announcement');
  if (type === 'public-notice') return marked('notice');
  if (type === 'minutes' || rng.chance(0.05)) return null;
  let code: string;
  if (province) {
    const kind = type === 'letter' || type === 'reply' ? '函' : rng.chance(0.15) ? '规' : '发';
    code = `${province.code}商务${kind}`;
  } else if (PARTNER_CODES[lead]) {
    code = rng.pick(PARTNER_CODES[lead] as readonly string[]);
  } else {
    const words = VOCABULARY[category];
    if (year < MOFCOM_FOUNDED) code = rng.pick(words.moftec);
    else code = rng.pick(type === 'letter' ? words.han : type === 'reply' ? words.pi : words.fa);
  }
  return { form: 'standard', series: `standard|${code}|${year}`, issuer: code, year };
}

/** Plans one ordinary policy of `category`. */
export function planPolicy(rng: Random, index: number, category: Category, sites: SitePools): Plan {
  const year = Number(rng.weighted(YEAR_WEIGHTS));
  const publishedOn = randomDay(rng, year);
  const site = sites.pick(rng, category);
  const province = sites.provinceOf(site);
  const type: PolicyType = province
    ? rng.weighted(PROVINCIAL_TYPE_WEIGHTS as Record<PolicyType, number>)
    : rng.weighted(TYPE_WEIGHTS);
  const words = VOCABULARY[category];
  let organs: string[];
  if (province) {
    organs = [provincialOrganId(province.siteId)];
  } else {
    const ministry = ministryOrgan(category, year);
    const jointChance = type === 'order' ? 0.25 : type === 'announcement' ? 0.2 : 0.1;
    if (ministry === 'mofcom' && rng.chance(jointChance)) {
      const partner = rng.pick(words.partners);
      // a few joint documents are led (and numbered) by the other organ
      const led = type !== 'order' && type !== 'announcement' && rng.chance(0.3);
      organs = led && PARTNER_CODES[partner] ? [partner, 'mofcom'] : ['mofcom', partner];
    } else {
      organs = [ministry];
    }
  }
  const major = !province && rng.chance(type === 'order' || type === 'announcement' ? 0.45 : 0.1);
  return {
    index,
    kind: 'policy',
    category,
    type,
    publishedOn,
    year,
    site,
    organs,
    province,
    numbering: numberingFor(rng, type, category, year, organs, province),
    office:
      organs.length === 1 && !province && (type === 'letter' ? rng.chance(0.6) : rng.chance(0.06)),
    subject: rng.int(0, words.subjects.length - 1),
    action: rng.int(0, 9),
    major,
  };
}

/** Plans `count` issues of the periodical bulletin, spread evenly over the years. */
export function planBulletins(
  rng: Random,
  firstIndex: number,
  count: number,
  site: string,
): Plan[] {
  const years = LAST_YEAR - FIRST_YEAR + 1;
  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const year = FIRST_YEAR + Math.floor((i * years) / count);
    const organ = year < MOFCOM_FOUNDED ? 'moftec' : 'mofcom';
    plans.push({
      index: firstIndex + i,
      kind: 'bulletin',
      category: 'foreign-trade',
      type: 'bulletin',
      publishedOn: randomDay(rng, year),
      year,
      site,
      organs: [organ],
      province: null,
      numbering: {
        form: 'bulletin',
        series: `bulletin|${organ}|${year}`,
        issuer: markedIssuer([organ]),
        year,
      },
      office: false,
      subject: 0,
      action: 0,
      major: false,
    });
  }
  return plans;
}
