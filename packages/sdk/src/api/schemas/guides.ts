/**
 * Schemas of the business guides (业务指南): `GET /api/v1/guides` (the six guides),
 * `GET /api/v1/guides/{id}` (one guide as a tree of sections and service items),
 * `GET /api/v1/services` (service items, searchable) and `GET /api/v1/services/{id}` (one
 * service item with the fields of a government service guide). Texts are in `lang` where
 * translated, else in Chinese; each answer's `lang` says which.
 */
import Type from 'typebox';
import {
  GUIDE_IDS,
  GUIDE_NODE_ID_PATTERN,
  LANG_PATTERN,
  NAME_MAX_LENGTH,
  ORGAN_ID_PATTERN,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  SERVICE_MATERIAL_FORMS,
  SERVICE_QUERY_MAX_LENGTH,
  SERVICE_STATUSES,
  SERVICE_STEP_MODES,
  TITLE_MAX_LENGTH,
} from '../constants.js';
import { stringEnum } from './common.js';
import { DocumentBlock, DocumentId } from './documents.js';
import { HttpUrl } from './news.js';

export const GuideId = stringEnum(GUIDE_IDS, 'One of the six business guides.');

export const GuideNodeId = Type.String({
  pattern: GUIDE_NODE_ID_PATTERN,
  description: 'A section or service item id, unique across the guides.',
});

const Day = Type.String({ format: 'date', description: 'A day, `YYYY-MM-DD` (Beijing).' });
const TextLang = Type.String({
  pattern: LANG_PATTERN,
  description: 'Language of the texts: the one asked for, or `zh-CN` when not translated.',
});
export const ServiceStatus = stringEnum(
  SERVICE_STATUSES,
  '`withdrawn`: no longer offered (see `withdrawnOn`); kept so old links explain it.',
);

export const GuideSummary = Type.Object(
  {
    id: GuideId,
    lang: TextLang,
    title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    summary: Type.String(),
    sections: Type.Integer({ minimum: 0, description: 'How many sections the guide has.' }),
    services: Type.Integer({
      minimum: 0,
      description: 'How many service items it lists, withdrawn ones included.',
    }),
  },
  { additionalProperties: false, description: 'A business guide as listed.' },
);

export const GuideList = Type.Object(
  { items: Type.Array(GuideSummary) },
  { additionalProperties: false, description: 'The six business guides, in order.' },
);

const Parent = Type.Union([GuideNodeId, Type.Null()], {
  description: 'The section the node is in; `null` at the top of the guide.',
});

export const GuideSectionNode = Type.Object(
  {
    kind: Type.Literal('section'),
    id: GuideNodeId,
    parent: Parent,
    lang: TextLang,
    title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    body: Type.Array(DocumentBlock, { description: "The section's own text (may be empty)." }),
  },
  { additionalProperties: false, description: 'A section of a guide.' },
);

export const GuideServiceNode = Type.Object(
  {
    kind: Type.Literal('service'),
    id: GuideNodeId,
    parent: Parent,
    lang: TextLang,
    title: Type.String({ maxLength: TITLE_MAX_LENGTH, description: "The service item's name." }),
    status: ServiceStatus,
    withdrawnOn: Type.Union([Day, Type.Null()]),
  },
  {
    additionalProperties: false,
    description: 'A service item in a guide; its fields: `GET /api/v1/services/{id}`.',
  },
);

export const GuideNode = Type.Union([GuideSectionNode, GuideServiceNode], {
  description: 'A node of a guide: a section or a service item.',
});

export const Guide = Type.Object(
  {
    ...GuideSummary.properties,
    nodes: Type.Array(GuideNode, {
      description:
        'Every section and service item, in tree order (depth first: a node follows its ' +
        'parent and its earlier siblings with their descendants); `parent` builds the tree.',
    }),
  },
  { additionalProperties: false, description: 'One business guide with its whole tree.' },
);

export const GuidePathItem = Type.Object(
  { id: GuideNodeId, title: Type.String({ maxLength: TITLE_MAX_LENGTH }) },
  { additionalProperties: false },
);

const PathOf = Type.Array(GuidePathItem, {
  description: 'The sections above the service item, the guide first: breadcrumbs.',
});

export const ServiceStep = Type.Object(
  {
    id: Type.String({
      pattern: '^[1-9][0-9]?(\\.[1-9][0-9]?){0,3}$',
      description: 'Its number: `2`, or `2.1` for the first sub-step of step 2.',
    }),
    title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    text: Type.String(),
    mode: Type.Union([stringEnum(SERVICE_STEP_MODES, 'How the sub-steps combine.'), Type.Null()], {
      description:
        'How its sub-steps combine — `all`: every one ("and"); `any`: one of them ("or"); ' +
        '`null` when it has none.',
    }),
  },
  { additionalProperties: false, description: 'A step of the process (办理流程).' },
);

export const ServiceMaterial = Type.Object(
  {
    name: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    form: stringEnum(SERVICE_MATERIAL_FORMS, 'How it is handed in.'),
    copies: Type.Integer({ minimum: 0, maximum: 99 }),
    note: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false, description: 'A material to hand in (申请材料).' },
);

export const ServiceSummary = Type.Object(
  {
    id: GuideNodeId,
    guide: GuideId,
    lang: TextLang,
    name: Type.String({ maxLength: TITLE_MAX_LENGTH }),
    status: ServiceStatus,
    withdrawnOn: Type.Union([Day, Type.Null()]),
    path: PathOf,
  },
  { additionalProperties: false, description: 'A service item as listed.' },
);

export const ServiceList = Type.Object(
  { items: Type.Array(ServiceSummary) },
  { additionalProperties: false, description: 'Service items, in guide and tree order.' },
);

export const Service = Type.Object(
  {
    ...ServiceSummary.properties,
    code: Type.String({ maxLength: 64, description: 'The item code (事项编码).' }),
    withdrawnNote: Type.Union([Type.String(), Type.Null()], {
      description: 'Why and by what it was withdrawn, in `lang`.',
    }),
    organ: Type.Object(
      {
        id: Type.String({ pattern: ORGAN_ID_PATTERN }),
        name: Type.String({ maxLength: NAME_MAX_LENGTH }),
      },
      { additionalProperties: false, description: 'The handling organ (实施机关).' },
    ),
    legalBasis: Type.Array(
      Type.Object(
        {
          title: Type.String({ maxLength: TITLE_MAX_LENGTH }),
          documentId: Type.Union([DocumentId, Type.Null()], {
            description: 'The document of the portal it names, when there is one.',
          }),
        },
        { additionalProperties: false },
      ),
      { description: '设定依据: the laws and regulations the item rests on.' },
    ),
    conditions: Type.Array(Type.String(), { description: '申请条件.' }),
    materials: Type.Array(ServiceMaterial),
    steps: Type.Array(ServiceStep, {
      description: 'The process, in order, each sub-step after its step (`2`, `2.1`, `2.2`, `3`).',
    }),
    timeLimit: Type.Object(
      {
        statutory: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
          description: '法定办结时限, in working days.',
        }),
        promised: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
          description: '承诺办结时限, in working days.',
        }),
      },
      { additionalProperties: false },
    ),
    fees: Type.String({ description: '收费标准; says so when free.' }),
    where: Type.String({ description: '办理地点.' }),
    when: Type.String({ description: '办理时间.' }),
    onlineUrl: Type.Union([HttpUrl, Type.Null()], { description: '网上办理 address.' }),
    phone: Type.Union([Type.String({ maxLength: 64 }), Type.Null()], {
      description: '咨询电话.',
    }),
    faq: Type.Array(
      Type.Object(
        { question: Type.String(), answer: Type.String() },
        { additionalProperties: false },
      ),
      { description: '常见问题.' },
    ),
  },
  {
    additionalProperties: false,
    description: 'One service item (办事事项) with its guide fields.',
  },
);

const LangQuery = Type.Optional(
  Type.String({ pattern: LANG_PATTERN, description: 'Language of the texts; default `zh-CN`.' }),
);

/** Query of `GET /api/v1/guides`, `GET /api/v1/guides/{id}` and `GET /api/v1/services/{id}`. */
export const GuideQuery = Type.Object({ lang: LangQuery }, { additionalProperties: false });

export const GuidePath = Type.Object({ id: GuideId }, { additionalProperties: false });
export const ServicePath = Type.Object({ id: GuideNodeId }, { additionalProperties: false });

/** Query of `GET /api/v1/services`. */
export const ServicesQuery = Type.Object(
  {
    guide: Type.Optional(GuideId),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: SERVICE_QUERY_MAX_LENGTH,
        description: "Words the item's name, conditions, materials or steps hold.",
      }),
    ),
    status: Type.Optional(ServiceStatus),
    lang: LangQuery,
    limit: Type.Optional(
      Type.Integer({ minimum: PAGE_SIZE_MIN, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_MAX }),
    ),
  },
  { additionalProperties: false },
);
