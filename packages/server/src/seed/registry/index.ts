import { ROOT_DOMAIN as SDK_ROOT_DOMAIN } from '@portal-kit/sdk';
import type { Site } from '@portal-kit/sdk';
import { COMMISSIONERS } from './commissioners.js';
import { CONSULATES, EU_MISSION } from './consulates.js';
import { DEPARTMENTS } from './departments.js';
import type { DepartmentFocus } from './departments.js';
import { LOCAL_WINDOWS } from './local.js';
import { localFacts, ministryFacts } from './facts.js';
import type { SiteFacts } from './facts.js';
import { CONSULATE_OFFICE, EMBASSY_OFFICE, MINISTRY_NAMES, withPlace } from './names.js';
import { EMBASSIES } from './overseas.js';
import type { Region } from './overseas.js';

export type { DepartmentFocus } from './departments.js';
export type { Region } from './overseas.js';

/** The root domain of the site group. */
export const ROOT_DOMAIN = SDK_ROOT_DOMAIN;

/** A name in Chinese and English, and optionally in a third language. */
export interface PlaceName {
  zh: string;
  en: string;
  /** [language, name] */
  local?: readonly [string, string];
}

/** A site of the registry with what the news generator needs to know about it. */
export interface RegistryEntry {
  site: Site;
  /** The unit's place: country (overseas), city (commissioner), province (local). */
  place?: PlaceName;
  /** Capital city of a local window's province. */
  capital?: PlaceName;
  region?: Region;
  focus?: DepartmentFocus;
}

const ALL_LANGUAGES = Object.keys(MINISTRY_NAMES);

/** Sites seen so far per kind: a site's position numbers its identification code. */
type Positions = Map<Site['kind'], number>;

function nextPosition(positions: Positions, kind: Site['kind']): number {
  const position = positions.get(kind) ?? 0;
  positions.set(kind, position + 1);
  return position;
}

function subsite(
  positions: Positions,
  id: string,
  kind: Site['kind'],
  names: Record<string, string>,
  languages: string[],
  facts?: SiteFacts,
): Site {
  const position = nextPosition(positions, kind);
  return {
    id,
    kind,
    names,
    domain: `${id}.${ROOT_DOMAIN}`,
    parent: 'main',
    languages,
    ...(facts ?? ministryFacts({ id, kind }, position)),
  };
}

function overseasLanguages(local: string | undefined): string[] {
  return local && local !== 'en' ? ['zh-CN', 'en', local] : ['zh-CN', 'en'];
}

/**
 * The whole site group, in a fixed order: the main site, 32 departments,
 * 16 commissioner's offices, 207 overseas offices, 32 local commerce windows.
 */
export function buildRegistry(): RegistryEntry[] {
  const positions: Positions = new Map();
  const entries: RegistryEntry[] = [
    {
      site: {
        id: 'main',
        kind: 'main',
        names: { ...MINISTRY_NAMES },
        domain: `www.${ROOT_DOMAIN}`,
        parent: null,
        languages: ALL_LANGUAGES,
        ...ministryFacts({ id: 'main', kind: 'main' }, nextPosition(positions, 'main')),
      },
    },
  ];
  for (const [id, zh, en, focus] of DEPARTMENTS) {
    entries.push({
      site: subsite(positions, id, 'department', { 'zh-CN': zh, en }, ['zh-CN', 'en']),
      focus,
    });
  }
  for (const [id, zh, en] of COMMISSIONERS) {
    // The unit's own name: the masthead puts the ministry's name before it.
    const names = {
      'zh-CN': `驻${zh}特派员办事处`,
      en: `Office of the Special Commissioner in ${en}`,
    };
    entries.push({
      site: subsite(positions, id, 'commissioner', names, ['zh-CN']),
      place: { zh, en },
    });
  }
  for (const [id, region, zh, en, lang, localName] of EMBASSIES) {
    const names: Record<string, string> = {
      'zh-CN': `驻${zh}使馆经商处`,
      en: `Economic and Commercial Office of the Embassy in ${en}`,
    };
    const office = lang ? EMBASSY_OFFICE[lang] : undefined;
    if (lang && localName && office) names[lang] = withPlace(lang, office, localName);
    const place: PlaceName = {
      zh,
      en,
      ...(lang && localName ? { local: [lang, localName] as const } : {}),
    };
    entries.push({
      site: subsite(positions, id, 'overseas', names, overseasLanguages(lang)),
      place,
      region,
    });
  }
  for (const { id, region, city, territory, local } of CONSULATES) {
    const names: Record<string, string> = {
      'zh-CN': `驻${city[0]}总领馆经商室`,
      en: `Economic and Commercial Office of the Consulate General in ${city[1]}`,
    };
    const office = local ? CONSULATE_OFFICE[local[0]] : undefined;
    if (local && office) names[local[0]] = withPlace(local[0], office, local[1]);
    const place: PlaceName = {
      zh: territory[0],
      en: territory[1],
      ...(local ? { local: [local[0], local[2]] as const } : {}),
    };
    entries.push({
      site: subsite(positions, id, 'overseas', names, overseasLanguages(local?.[0])),
      place,
      region,
    });
  }
  entries.push({
    site: subsite(
      positions,
      EU_MISSION.id,
      'overseas',
      { ...EU_MISSION.names },
      overseasLanguages(EU_MISSION.localLanguage),
    ),
    place: { zh: '欧盟', en: 'the European Union', local: ['fr', 'Union européenne'] },
    region: EU_MISSION.region,
  });
  for (const [id, full, short, en, capitalZh, capitalEn] of LOCAL_WINDOWS) {
    const names = { 'zh-CN': `${full}商务之窗`, en: `${en} Commerce Window` };
    entries.push({
      site: subsite(positions, id, 'local', names, ['zh-CN'], localFacts(id, full, en)),
      place: { zh: short, en },
      capital: { zh: capitalZh, en: capitalEn },
    });
  }
  return entries;
}
