/**
 * One new site of each kind, as the command line that makes it: the sites the tests generate.
 * Their ids are sites of the demo portal's registry, so the pages show its news and policies;
 * their site codes are not the registry's, so a footer showing them shows this site's record.
 * The local site's ICP and public-security numbers are sample values in the official formats.
 */
import type { SiteKind } from '@portal-kit/sdk';

export interface SiteCase {
  kind: SiteKind;
  id: string;
  languages: string[];
  argv: string[];
}

export const SITE_CASES: readonly SiteCase[] = [
  {
    kind: 'main',
    id: 'main',
    languages: ['zh-CN', 'en', 'ar'],
    argv: ['--kind', 'main', '--languages', 'zh-CN,en,ar', '--site-code', 'bm30990012'],
  },
  {
    kind: 'department',
    id: 'wms',
    languages: ['zh-CN', 'en'],
    argv: [
      '--kind',
      'department',
      '--id',
      'wms',
      '--name-zh',
      '对外贸易司',
      '--name-en',
      'Department of Foreign Trade',
      '--site-code',
      'bm30990101',
    ],
  },
  {
    kind: 'commissioner',
    id: 'tianjintb',
    languages: ['zh-CN'],
    argv: [
      '--kind',
      'commissioner',
      '--id',
      'tianjintb',
      '--name-zh',
      '驻天津特派员办事处',
      '--name-en',
      'Office of the Special Commissioner in Tianjin',
      '--languages',
      'zh-CN',
      '--site-code',
      'bm30990201',
    ],
  },
  {
    kind: 'overseas',
    id: 'fr',
    languages: ['fr', 'zh-CN', 'en'],
    argv: [
      '--kind',
      'overseas',
      '--id',
      'fr',
      '--name-zh',
      '驻法国使馆经商处',
      '--name-en',
      'Economic and Commercial Office of the Embassy in France',
      '--name',
      "fr=Bureau économique et commercial de l'ambassade de Chine en France",
      '--languages',
      'fr,zh-CN,en',
      '--site-code',
      'bm30991001',
      '--email',
      'fr@mofcom.gov.cn',
    ],
  },
  {
    kind: 'local',
    id: 'guangdong',
    languages: ['zh-CN', 'en'],
    argv: [
      '--kind',
      'local',
      '--id',
      'guangdong',
      '--name-zh',
      '广东省商务之窗',
      '--name-en',
      'Guangdong Commerce Window',
      '--site-code',
      '4400990100',
      '--icp',
      '粤ICP备05008813号',
      '--public-security',
      '粤公网安备 44010402000001号',
      '--organizer-zh',
      '广东省商务厅',
      '--organizer-en',
      'Department of Commerce of Guangdong',
      '--phone',
      '020-12345',
    ],
  },
];
