/**
 * `GET /api/v1/sites/{id}` of the fixture API (fixture-api.mjs): two valid site records — the
 * main site and a department (`wms`) — and `broken`, a record the naming rules refuse (no English
 * name, a malformed site code), as a server that skipped the check would send it. Any other id
 * is a 404.
 */

const MINISTRY_ZH = '中华人民共和国商务部';
const MINISTRY_EN = "Ministry of Commerce of the People's Republic of China";

const COMMON = {
  urlPattern: { kind: 'path', template: '/{lang}/' },
  icp: '京ICP备05004093号-1',
  publicSecurity: '京公网安备 11040102700068号',
};

export const SITES = {
  main: {
    id: 'main',
    kind: 'main',
    names: { 'zh-CN': MINISTRY_ZH, en: MINISTRY_EN, ar: 'وزارة التجارة لجمهورية الصين الشعبية' },
    domain: 'www.mofcom.gov.cn',
    parent: null,
    languages: ['zh-CN', 'en', 'ar'],
    ...COMMON,
    organizer: { 'zh-CN': MINISTRY_ZH, en: MINISTRY_EN },
    siteCode: 'bm30000012',
    contact: { phone: '12335', address: '北京市东城区东长安街2号' },
  },
  wms: {
    id: 'wms',
    kind: 'department',
    names: { 'zh-CN': '对外贸易司', en: 'Department of Foreign Trade' },
    domain: 'wms.mofcom.gov.cn',
    parent: 'main',
    languages: ['zh-CN', 'en'],
    ...COMMON,
    organizer: { 'zh-CN': MINISTRY_ZH, en: MINISTRY_EN },
    siteCode: 'bm30000102',
    contact: { phone: '12335', email: 'wms@mofcom.gov.cn', address: '北京市东城区东长安街2号' },
  },
};

SITES.broken = {
  ...SITES.wms,
  id: 'broken',
  domain: 'broken.mofcom.gov.cn',
  names: { 'zh-CN': '对外贸易司' },
  siteCode: 'xx12',
};

/** Answers a site request; false when `apiPath` is not one. */
export function sitesFixture(ctx, apiPath, { json, problem }) {
  const match = /^\/api\/v1\/sites\/([^/]+)$/.exec(apiPath);
  if (!match) return false;
  const site = SITES[decodeURIComponent(match[1])];
  if (site) json(ctx, site);
  else problem(ctx, 404, 'Not found');
  return true;
}
