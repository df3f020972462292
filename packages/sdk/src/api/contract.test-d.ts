/**
 * The contract, checked at the type level: every TypeScript type in `./types.ts` equals the type
 * its JSON Schema in `./openapi.ts` describes. Changing either side alone fails this test.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { FromSchema } from '../../test/schema-types.js';
import type { schemas } from './openapi.js';
import type {
  Health,
  NewsArticle,
  NewsColumn,
  NewsItem,
  Page,
  Problem,
  ProblemParamError,
  Site,
  SiteContact,
  SiteKind,
  SiteList,
  SiteUrlPattern,
  SiteUrlPatternKind,
} from './types.js';

type Schemas = typeof schemas;
type Of<Name extends keyof Schemas> = FromSchema<Schemas[Name], Schemas>;

describe('types.ts ≡ openapi.ts schemas', () => {
  it('SiteKind', () => expectTypeOf<SiteKind>().toEqualTypeOf<Of<'SiteKind'>>());
  it('NewsColumn', () => expectTypeOf<NewsColumn>().toEqualTypeOf<Of<'NewsColumn'>>());
  it('Site', () => expectTypeOf<Site>().toEqualTypeOf<Of<'Site'>>());
  it('SiteUrlPatternKind', () =>
    expectTypeOf<SiteUrlPatternKind>().toEqualTypeOf<Of<'SiteUrlPatternKind'>>());
  it('SiteUrlPattern', () => expectTypeOf<SiteUrlPattern>().toEqualTypeOf<Of<'SiteUrlPattern'>>());
  it('SiteContact', () => expectTypeOf<SiteContact>().toEqualTypeOf<Of<'SiteContact'>>());
  it('SiteList', () => expectTypeOf<SiteList>().toEqualTypeOf<Of<'SiteList'>>());
  it('NewsItem', () => expectTypeOf<NewsItem>().toEqualTypeOf<Of<'NewsItem'>>());
  it('NewsArticle', () => expectTypeOf<NewsArticle>().toEqualTypeOf<Of<'NewsArticle'>>());
  it('NewsPage', () => expectTypeOf<Page<NewsItem>>().toEqualTypeOf<Of<'NewsPage'>>());
  it('ProblemParamError', () =>
    expectTypeOf<ProblemParamError>().toEqualTypeOf<Of<'ProblemParamError'>>());
  it('Problem', () => expectTypeOf<Problem>().toEqualTypeOf<Of<'Problem'>>());
  it('Health', () => expectTypeOf<Health>().toEqualTypeOf<Of<'Health'>>());
});

describe('FromSchema catches drift', () => {
  it('a missing required property', () => {
    type Shrunk = FromSchema<{
      type: 'object';
      required: ['id'];
      properties: { id: { type: 'string' } };
    }>;
    expectTypeOf<Shrunk>().not.toEqualTypeOf<Pick<NewsItem, 'id' | 'site'>>();
  });
  it('an optional property made required', () => {
    type Required = FromSchema<
      Schemas['Problem'] & { required: ['type', 'title', 'status', 'detail'] },
      Schemas
    >;
    expectTypeOf<Required>().not.toEqualTypeOf<Problem>();
  });
  it('a nullable property', () => {
    expectTypeOf<FromSchema<{ type: ['string', 'null'] }>>().toEqualTypeOf<string | null>();
    expectTypeOf<FromSchema<{ type: 'string' }>>().not.toEqualTypeOf<string | null>();
  });
  it('an unknown shape is never', () => {
    expectTypeOf<FromSchema<{ oneOf: [] }>>().toBeNever();
    expectTypeOf<FromSchema<{ $ref: '#/components/schemas/Nope' }, Schemas>>().toBeNever();
  });
});
