/**
 * The business guides' operations (业务指南): the six guides, one guide's tree, the service
 * items (办事事项) and their search. Spread into `operations` (./operations.ts).
 */
import {
  Guide,
  GuideList,
  GuidePath,
  GuideQuery,
  Service,
  ServiceList,
  ServicePath,
  ServicesQuery,
} from './schemas/guides.js';

export const guideOperations = {
  listGuides: {
    operationId: 'listGuides',
    method: 'GET',
    path: '/api/v1/guides',
    tag: 'guides',
    summary: 'List the business guides',
    description:
      'The six business guides (China market, foreign trade, investment, cooperation, trade ' +
      'remedy, WTO consultation), in order, with how many sections and service items each has; ' +
      'titles in `lang` where translated, else in Chinese (`lang` in each says which).',
    query: GuideQuery,
    response: GuideList,
    ok: 'The guides.',
    cacheable: true,
    errors: {},
  },
  getGuide: {
    operationId: 'getGuide',
    method: 'GET',
    path: '/api/v1/guides/{id}',
    tag: 'guides',
    summary: 'Get one guide as a tree',
    description:
      'One guide: every section (with its text) and service item, in tree order, each naming ' +
      'its parent section. Texts in `lang` where translated, else in Chinese, per node.',
    query: GuideQuery,
    params: GuidePath,
    response: Guide,
    ok: 'The guide.',
    cacheable: true,
    errors: { '404': 'No guide has this id.' },
  },
  listServices: {
    operationId: 'listServices',
    method: 'GET',
    path: '/api/v1/services',
    tag: 'guides',
    summary: 'List and search the service items',
    description:
      'The service items of one guide or all, in guide and tree order, each with the sections ' +
      'above it; `q` keeps those whose name, conditions, materials or steps hold every word ' +
      '(one Chinese character is enough); `status` keeps the active or the withdrawn ones.',
    query: ServicesQuery,
    response: ServiceList,
    ok: 'The service items.',
    cacheable: true,
    errors: {},
  },
  getService: {
    operationId: 'getService',
    method: 'GET',
    path: '/api/v1/services/{id}',
    tag: 'guides',
    summary: 'Get one service item',
    description:
      'One service item with the fields of a government service guide: handling organ, legal ' +
      'basis, conditions, materials, process steps, time limits in working days, fees, where ' +
      'and when, online address, enquiry phone and frequent questions. A withdrawn item says ' +
      'since when and why.',
    query: GuideQuery,
    params: ServicePath,
    response: Service,
    ok: 'The service item.',
    cacheable: true,
    errors: { '404': 'No service item has this id.' },
  },
} as const;
