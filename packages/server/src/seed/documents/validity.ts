/**
 * Validity of generated documents, consistent with the relations: a document is `repealed` or
 * `amended` exactly when a later document of its category (and of the same issuing level)
 * repeals or amends it; a few lapse (`expired`, their term written in the text); the rest stay
 * in force.
 */
import type { DocumentType, DocumentValidity } from '@portal-kit/sdk';
import type { Random } from '../random.js';
import type { Plan } from './plan.js';

/** A later document repeals or amends `target` (a plan index). */
export interface Replacement {
  readonly target: number;
  readonly kind: 'amends' | 'repeals';
}

/** The types a replacing document can have. */
const REPLACING: ReadonlySet<DocumentType> = new Set([
  'order',
  'notice',
  'announcement',
  'decision',
  'opinion',
]);

/** How far ahead (in the category's documents, by date) a replacing document is looked for. */
const HORIZON = 60;

/**
 * Chooses each policy's validity and, for the amended and repealed ones, the later document
 * that amends or repeals it. `plans` must be in date order. Bulletins stay in force.
 */
export function chooseValidity(
  rng: Random,
  plans: readonly Plan[],
  dates: ReadonlyMap<number, { effectiveOn: string | null }>,
): { validity: Map<number, DocumentValidity>; replacements: Map<number, Replacement[]> } {
  const validity = new Map<number, DocumentValidity>();
  const replacements = new Map<number, Replacement[]>();
  const byCategory = new Map<string, Plan[]>();
  for (const plan of plans) {
    if (plan.kind !== 'policy') continue;
    const list = byCategory.get(plan.category);
    if (list) list.push(plan);
    else byCategory.set(plan.category, [plan]);
  }
  for (const list of byCategory.values()) {
    for (let k = 0; k < list.length; k++) {
      const plan = list[k] as Plan;
      const roll = rng.next();
      let wanted: DocumentValidity = 'in-force';
      if (roll < 0.08) wanted = 'repealed';
      else if (roll < 0.13) wanted = 'amended';
      else if (roll < 0.16 && plan.year <= 2023 && plan.type === 'notice') wanted = 'expired';
      if (wanted === 'repealed' || wanted === 'amended') {
        const start = k + 1 + rng.int(0, 20);
        let found: Plan | undefined;
        for (let j = start; j < Math.min(list.length, start + HORIZON); j++) {
          const candidate = list[j] as Plan;
          if (
            REPLACING.has(candidate.type) &&
            candidate.province === plan.province &&
            candidate.publishedOn > plan.publishedOn &&
            (dates.get(candidate.index)?.effectiveOn ?? candidate.publishedOn) > plan.publishedOn
          ) {
            found = candidate;
            break;
          }
        }
        if (found === undefined) wanted = 'in-force';
        else {
          const kind = wanted === 'repealed' ? 'repeals' : 'amends';
          const listed = replacements.get(found.index);
          if (listed) listed.push({ target: plan.index, kind });
          else replacements.set(found.index, [{ target: plan.index, kind }]);
        }
      }
      validity.set(plan.index, wanted);
    }
  }
  return { validity, replacements };
}
