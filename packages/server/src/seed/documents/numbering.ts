/**
 * File numbers of generated documents: each series (an issuer code, or an organ's orders,
 * announcements or bulletins, per year) is numbered in date order, with the gaps a published
 * subset shows, never taking a number a real document of the seed has.
 */
import type { Random } from '../random.js';
import type { Numbering, Plan } from './plan.js';

const MARKER: Readonly<Record<Exclude<Numbering['form'], 'standard'>, string>> = {
  order: '令',
  announcement: '公告',
  notice: '通告',
  bulletin: '文告',
};

/** The canonical spelling of a number of `numbering` with `sequence`. */
export function writeNumber(numbering: Numbering, sequence: number): string {
  const { form, issuer, year } = numbering;
  return form === 'standard'
    ? `${issuer}〔${year}〕${sequence}号`
    : `${issuer}${MARKER[form]}${year}年第${sequence}号`;
}

/** Where a series starts (the first numbers of a year are often not published) and its gaps. */
function steps(rng: Random, form: Numbering['form']): { first: () => number; gap: () => number } {
  switch (form) {
    case 'bulletin':
      return { first: () => 1, gap: () => 1 };
    case 'order':
      return { first: () => rng.int(1, 3), gap: () => 1 + (rng.chance(0.4) ? rng.int(1, 2) : 0) };
    case 'announcement':
    case 'notice':
      return { first: () => rng.int(1, 8), gap: () => 1 + (rng.chance(0.5) ? rng.int(1, 4) : 0) };
    default:
      return { first: () => rng.int(1, 40), gap: () => 1 + rng.int(0, 6) };
  }
}

/**
 * The file number of every plan that has one, by plan index. `plans` must be in date order;
 * `reserved` lists the series numbers real documents hold.
 */
export function assignNumbers(
  rng: Random,
  plans: readonly Plan[],
  reserved: readonly { series: string; sequence: number }[],
): Map<number, string> {
  const taken = new Set(reserved.map((r) => `${r.series}#${r.sequence}`));
  const last = new Map<string, number>();
  const numbers = new Map<number, string>();
  for (const plan of plans) {
    const numbering = plan.numbering;
    if (numbering === null) continue;
    const step = steps(rng, numbering.form);
    const previous = last.get(numbering.series);
    let sequence = previous === undefined ? step.first() : previous + step.gap();
    while (taken.has(`${numbering.series}#${sequence}`)) sequence++;
    last.set(numbering.series, sequence);
    numbers.set(plan.index, writeNumber(numbering, sequence));
  }
  return numbers;
}
