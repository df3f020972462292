/**
 * The guides part of the fixture API (fixture-api.mjs) for `<portal-guide-navigator>`:
 * `GET /api/v1/guides/{id}?lang=` and `GET /api/v1/services/{id}?lang=`, answering hand-written
 * data shaped exactly as the contract (packages/sdk/src/api/schemas/guides.ts) says: a guide's
 * nodes flat, in tree order, each naming its parent; texts in `lang` where translated, else in
 * Chinese, `lang` saying which. The investment guide is four levels deep, has sections with text,
 * service items and a withdrawn one; the foreign-investment report's steps have "all of" and
 * "one of" sub-steps; one section (the negative list) has no English text.
 *
 * Fixture data for the tests, not facts: the real guides are the server's seed.
 */

/** A text in Chinese and, where translated, English: `[zh, en?]`. */
const text = ([zh, en], lang) => (lang === 'en' && en !== undefined ? [en, 'en'] : [zh, 'zh-CN']);

const SECTIONS = [
  {
    id: 'investment.fdi',
    parent: null,
    title: ['外商投资', 'Foreign investment'],
    body: [
      ['heading', ['概述', 'Overview']],
      [
        'paragraph',
        [
          '国家对外商投资实行准入前国民待遇加负面清单管理制度。',
          'Foreign investment enjoys pre-establishment national treatment plus a negative list.',
        ],
      ],
    ],
  },
  {
    id: 'investment.fdi.entry',
    parent: 'investment.fdi',
    title: ['准入与设立', 'Entry and establishment'],
    body: [
      [
        'paragraph',
        [
          '外国投资者在中国境内投资，按照负面清单办理。',
          'Foreign investors invest in China as the negative list allows.',
        ],
      ],
    ],
  },
  {
    id: 'investment.fdi.entry.negative-list',
    parent: 'investment.fdi.entry',
    // Not translated: shown in Chinese on an English page.
    title: ['负面清单'],
    body: [['paragraph', ['负面清单之外的领域，按照内外资一致的原则实施管理。']]],
  },
  { service: 'foreign-investment-report', parent: 'investment.fdi.entry.negative-list' },
  {
    id: 'investment.odi',
    parent: null,
    title: ['对外投资', 'Outbound investment'],
    body: [
      [
        'paragraph',
        ['企业境外投资实行备案和核准管理。', 'Outbound investment is filed or approved.'],
      ],
    ],
  },
  { service: 'odi-filing', parent: 'investment.odi' },
  {
    id: 'investment.abolished',
    parent: null,
    title: ['已取消事项', 'Abolished items'],
    body: [],
  },
  { service: 'foreign-trade-operator-registration', parent: 'investment.abolished' },
];

const SERVICES = {
  'foreign-investment-report': {
    name: ['外商投资信息报告', 'Foreign investment information report'],
    code: 'FIXTURE-0001',
    status: 'active',
    withdrawnOn: null,
    withdrawnNote: null,
    organ: { id: 'mofcom', name: ['商务部', 'Ministry of Commerce'] },
    legalBasis: [
      {
        title: ['中华人民共和国外商投资法', 'Foreign Investment Law'],
        documentId: 'mofcom-order-2004-14',
      },
      {
        title: ['外商投资信息报告办法', 'Measures on Foreign Investment Information Reports'],
        documentId: null,
      },
    ],
    conditions: [
      ['外商投资企业或者外国投资者', 'A foreign-invested enterprise or a foreign investor'],
    ],
    materials: [
      { name: ['初始报告表', 'Initial report form'], form: 'electronic', copies: 1, note: null },
      {
        name: ['营业执照', 'Business licence'],
        form: 'original-and-copy',
        copies: 2,
        note: ['加盖公章', 'Stamped'],
      },
    ],
    steps: [
      [
        '1',
        ['登录系统', 'Sign in'],
        ['使用统一身份认证登录。', 'Sign in with the unified identity.'],
        null,
      ],
      [
        '2',
        ['填报信息', 'Fill in the reports'],
        ['以下报告均须填报。', 'Every one of these is needed.'],
        'all',
      ],
      ['2.1', ['初始报告', 'Initial report'], ['设立时填报。', 'On establishment.'], null],
      [
        '2.2',
        ['变更报告', 'Change report'],
        ['信息变更时填报。', 'When the information changes.'],
        null,
      ],
      ['3', ['提交', 'Submit'], ['任选一种方式提交。', 'Submit one way.'], 'any'],
      ['3.1', ['网上提交', 'Online'], ['通过系统提交。', 'Through the system.'], null],
      [
        '3.2',
        ['窗口提交', 'At the counter'],
        ['到窗口提交纸质材料。', 'Paper forms at the counter.'],
        null,
      ],
      ['4', ['办结', 'Done'], ['系统发送回执。', 'The system sends a receipt.'], null],
    ],
    timeLimit: { statutory: 20, promised: 10 },
    fees: ['不收费', 'Free of charge'],
    where: ['网上办理', 'Online'],
    when: ['全天', 'At any time'],
    onlineUrl: 'https://example.gov.cn/fixture/report',
    phone: '010-0000-0000',
    faq: [
      {
        question: ['何时报送年度报告？', 'When is the annual report due?'],
        answer: ['每年1月1日至6月30日。', 'From 1 January to 30 June.'],
      },
    ],
  },
  'odi-filing': {
    // Not translated: Chinese on every page.
    name: ['境外投资备案'],
    code: 'FIXTURE-0002',
    status: 'active',
    withdrawnOn: null,
    withdrawnNote: null,
    organ: { id: 'mofcom', name: ['商务部'] },
    legalBasis: [{ title: ['境外投资管理办法'], documentId: null }],
    conditions: [['在中国境内依法设立的企业']],
    materials: [{ name: ['境外投资备案表'], form: 'original', copies: 1, note: null }],
    steps: [['1', ['提交备案表'], ['通过系统提交。'], null]],
    timeLimit: { statutory: 3, promised: null },
    fees: ['不收费'],
    where: ['商务部政务大厅'],
    when: ['工作日 9:00–16:00'],
    onlineUrl: null,
    phone: null,
    faq: [],
  },
  'foreign-trade-operator-registration': {
    name: ['对外贸易经营者备案登记', 'Foreign-trade operator registration'],
    code: 'FIXTURE-0003',
    status: 'withdrawn',
    withdrawnOn: '2022-12-30',
    withdrawnNote: ['已取消，不再办理。', 'Abolished: no longer required.'],
    organ: { id: 'mofcom', name: ['商务部', 'Ministry of Commerce'] },
    legalBasis: [{ title: ['对外贸易法', 'Foreign Trade Law'], documentId: null }],
    conditions: [],
    materials: [],
    steps: [],
    timeLimit: { statutory: null, promised: null },
    fees: ['不收费', 'Free of charge'],
    where: ['—', '—'],
    when: ['—', '—'],
    onlineUrl: null,
    phone: null,
    faq: [],
  },
};

const pathOf = (parent, lang) => {
  const out = [];
  for (let id = parent; id !== null;) {
    const s = SECTIONS.find((n) => n.id === id);
    out.unshift({ id: s.id, title: text(s.title, lang)[0] });
    id = s.parent;
  }
  return [{ id: 'investment', title: lang === 'en' ? 'Investment' : '投资' }, ...out];
};

/** The service `id` in `lang`, as `GET /api/v1/services/{id}` answers. */
export function serviceIn(id, lang) {
  const s = SERVICES[id];
  if (!s) return undefined;
  const [name, textLang] = text(s.name, lang);
  const t = (pair) => text(pair, textLang === 'en' ? 'en' : 'zh-CN')[0];
  const parent = SECTIONS.find((n) => n.service === id).parent;
  return {
    id,
    guide: 'investment',
    lang: textLang,
    name,
    status: s.status,
    withdrawnOn: s.withdrawnOn,
    path: pathOf(parent, textLang),
    code: s.code,
    withdrawnNote: s.withdrawnNote && t(s.withdrawnNote),
    organ: { id: s.organ.id, name: t(s.organ.name) },
    legalBasis: s.legalBasis.map((b) => ({ title: t(b.title), documentId: b.documentId })),
    conditions: s.conditions.map(t),
    materials: s.materials.map((m) => ({ ...m, name: t(m.name), note: m.note && t(m.note) })),
    steps: s.steps.map(([stepId, title, body, mode]) => ({
      id: stepId,
      title: t(title),
      text: t(body),
      mode,
    })),
    timeLimit: s.timeLimit,
    fees: t(s.fees),
    where: t(s.where),
    when: t(s.when),
    onlineUrl: s.onlineUrl,
    phone: s.phone,
    faq: s.faq.map((f) => ({ question: t(f.question), answer: t(f.answer) })),
  };
}

/** The investment guide in `lang` (`empty`: with no nodes), as `GET /api/v1/guides/{id}` answers. */
export function guideIn(lang, empty = false) {
  const nodes = SECTIONS.map((n) => {
    if (n.service) {
      const s = serviceIn(n.service, lang);
      return {
        kind: 'service',
        id: s.id,
        parent: n.parent,
        lang: s.lang,
        title: s.name,
        status: s.status,
        withdrawnOn: s.withdrawnOn,
      };
    }
    const [title, textLang] = text(n.title, lang);
    return {
      kind: 'section',
      id: n.id,
      parent: n.parent,
      lang: textLang,
      title,
      body: n.body.map(([kind, pair]) => ({ kind, text: text(pair, textLang)[0] })),
    };
  });
  return {
    id: 'investment',
    lang: lang === 'en' ? 'en' : 'zh-CN',
    title: lang === 'en' ? 'Investment' : '投资',
    summary: lang === 'en' ? 'Investing in China and abroad.' : '外商投资与对外投资。',
    sections: empty ? 0 : nodes.filter((n) => n.kind === 'section').length,
    services: empty ? 0 : nodes.filter((n) => n.kind === 'service').length,
    nodes: empty ? [] : nodes,
  };
}

/** Answers the guides' paths; returns whether it did. */
export function guidesFixture(ctx, apiPath, { json, problem, mode }) {
  const lang = ctx.query.lang === undefined ? 'zh-CN' : String(ctx.query.lang);
  const guide = /^\/api\/v1\/guides\/([^/]+)$/.exec(apiPath);
  if (guide) {
    if (decodeURIComponent(guide[1]) !== 'investment') problem(ctx, 404, 'No such guide');
    else json(ctx, guideIn(lang, mode === 'empty'));
    return true;
  }
  const service = /^\/api\/v1\/services\/([^/]+)$/.exec(apiPath);
  if (service) {
    const found = serviceIn(decodeURIComponent(service[1]), lang);
    if (found) json(ctx, found);
    else problem(ctx, 404, 'No such service item');
    return true;
  }
  return false;
}
