/**
 * Where documents are published: the sites offered to the seed, grouped the way policies are
 * spread over the site group — mostly the main site and the departments of the category, some
 * on the local commerce windows (their province's own documents) and a few on overseas and
 * commissioner's offices' sites.
 */
import type { Random } from '../random.js';
import { buildRegistry, ROOT_DOMAIN } from '../registry/index.js';
import { PROVINCIAL_ORGANS, type ProvincialOrgan } from './organs.js';
import { VOCABULARY, type Category } from './vocabulary.js';

/** The share of policies per group of sites (groups without an offered site are skipped). */
const GROUP_WEIGHTS = {
  main: 50,
  focus: 30,
  department: 4,
  local: 10,
  overseas: 4,
  commissioner: 2,
} as const;
type Group = keyof typeof GROUP_WEIGHTS;

export interface SitePools {
  /** A publishing site for a policy of `category`. */
  pick(rng: Random, category: Category): string;
  /** The first of `preferred` that is offered, else the main site, else any offered site. */
  prefer(preferred: readonly string[]): string;
  /** The province whose commerce department a local window's site publishes for. */
  provinceOf(site: string): ProvincialOrgan | null;
  /** The site's domain (`www.mofcom.gov.cn`). */
  domainOf(site: string): string;
}

/** Groups the offered site ids. Throws when none is offered. */
export function sitePools(siteIds: readonly string[]): SitePools {
  if (siteIds.length === 0) throw new RangeError('generateDocuments needs at least one site id');
  const offered = new Set(siteIds);
  const registry = new Map(buildRegistry().map((entry) => [entry.site.id, entry]));
  const provinces = new Map(PROVINCIAL_ORGANS.map((p) => [p.siteId, p]));
  const groups: Record<Group, string[]> = {
    main: [],
    focus: [],
    department: [],
    local: [],
    overseas: [],
    commissioner: [],
  };
  const focusSites = new Map<Category, string[]>();
  for (const id of siteIds) {
    const entry = registry.get(id);
    const kind = entry?.site.kind ?? 'department';
    if (kind === 'main') groups.main.push(id);
    else if (kind === 'department') groups.department.push(id);
    else if (kind === 'local') groups.local.push(id);
    else if (kind === 'overseas') groups.overseas.push(id);
    else groups.commissioner.push(id);
    for (const category of Object.keys(VOCABULARY) as Category[]) {
      if (entry?.focus && VOCABULARY[category].focus.includes(entry.focus)) {
        focusSites.set(category, [...(focusSites.get(category) ?? []), id]);
      }
    }
  }
  const fallback = groups.main[0] ?? (siteIds[0] as string);
  return {
    pick(rng, category) {
      const pools: Record<Group, readonly string[]> = {
        ...groups,
        focus: focusSites.get(category) ?? [],
      };
      const weights = Object.fromEntries(
        (Object.keys(GROUP_WEIGHTS) as Group[])
          .filter((g) => pools[g].length > 0)
          .map((g) => [g, GROUP_WEIGHTS[g]]),
      ) as Record<Group, number>;
      return rng.pick(pools[rng.weighted(weights)]);
    },
    prefer(preferred) {
      return preferred.find((id) => offered.has(id)) ?? fallback;
    },
    provinceOf(site) {
      return registry.get(site)?.site.kind === 'local' ? (provinces.get(site) ?? null) : null;
    },
    domainOf(site) {
      return registry.get(site)?.site.domain ?? `${site}.${ROOT_DOMAIN}`;
    },
  };
}
