/**
 * The contract's types, pinned: each type derived from a TypeBox schema (`Static<…>`) equals the
 * public shape written out below. A schema change that changes a public type fails here, so it is
 * made on purpose (and this file updated with it), never by accident.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Health,
  MessageReceipt,
  MessageSubmission,
  MessageView,
  NewsArticle,
  NewsColumn,
  NewsItem,
  NewsQuery,
  Page,
  Problem,
  ProblemParamError,
  Site,
  SiteContact,
  SiteKind,
  SiteList,
  SitesQuery,
  SiteUrlPattern,
  SiteUrlPatternKind,
} from './types.js';
import type { Static } from 'typebox';
import type { NewsPage } from './schemas/news.js';

interface ExpectedSite {
  id: string;
  kind: 'main' | 'department' | 'commissioner' | 'overseas' | 'local';
  names: Record<string, string>;
  domain: string;
  parent: string | null;
  languages: string[];
  urlPattern: { kind: 'subdomain' | 'path' | 'query'; template: string };
  organizer: Record<string, string>;
  siteCode: string;
  icp: string;
  publicSecurity: string;
  contact: { phone?: string; email?: string; address?: string };
}

interface ExpectedNewsItem {
  id: string;
  site: string;
  column: 'headlines' | 'updates' | 'briefs';
  lang: string;
  title: string;
  summary: string;
  url: string;
  publishedAt: string;
}

interface ExpectedNewsArticle extends ExpectedNewsItem {
  body: string;
}

describe('types derived from the schemas have their public shapes', () => {
  it('enumerations', () => {
    expectTypeOf<SiteKind>().toEqualTypeOf<ExpectedSite['kind']>();
    expectTypeOf<NewsColumn>().toEqualTypeOf<ExpectedNewsItem['column']>();
    expectTypeOf<SiteUrlPatternKind>().toEqualTypeOf<'subdomain' | 'path' | 'query'>();
  });
  it('Site and its parts', () => {
    expectTypeOf<Site>().toEqualTypeOf<ExpectedSite>();
    expectTypeOf<SiteUrlPattern>().toEqualTypeOf<ExpectedSite['urlPattern']>();
    expectTypeOf<SiteContact>().toEqualTypeOf<ExpectedSite['contact']>();
    expectTypeOf<SiteList>().toEqualTypeOf<{ items: ExpectedSite[] }>();
  });
  it('news', () => {
    expectTypeOf<NewsItem>().toEqualTypeOf<ExpectedNewsItem>();
    expectTypeOf<NewsArticle>().toEqualTypeOf<ExpectedNewsArticle>();
    expectTypeOf<Static<typeof NewsPage>>().toEqualTypeOf<Page<NewsItem>>();
  });
  it('problems and health', () => {
    expectTypeOf<ProblemParamError>().toEqualTypeOf<{ param: string; message: string }>();
    expectTypeOf<Problem>().toEqualTypeOf<{
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      errors?: ProblemParamError[];
    }>();
    expectTypeOf<Health>().toEqualTypeOf<{ status: 'ok'; database: 'pglite' | 'postgres' }>();
  });
  it('queries take one value or several for list parameters', () => {
    expectTypeOf<NewsQuery>().toEqualTypeOf<{
      site?: string | string[];
      column?: NewsColumn | NewsColumn[];
      lang?: string;
      limit?: number;
      cursor?: string;
    }>();
    expectTypeOf<SitesQuery>().toEqualTypeOf<{ kind?: SiteKind | SiteKind[] }>();
  });
  it("messages: the submission, the receipt and the asker's view", () => {
    expectTypeOf<MessageSubmission>().toEqualTypeOf<{
      site: string;
      kind: 'consultation' | 'suggestion' | 'complaint';
      subject: string;
      body: string;
      name?: string;
      email?: string;
      phone?: string;
      publish?: boolean;
      lang?: string;
      website?: string;
    }>();
    expectTypeOf<MessageReceipt>().toEqualTypeOf<{
      trackingNumber: string;
      accessCode: string;
      receivedAt: string;
      dueDate: string;
      status: 'received';
    }>();
    type Status = 'received' | 'forwarded' | 'replied' | 'published';
    expectTypeOf<MessageView>().toEqualTypeOf<{
      trackingNumber: string;
      site: string;
      kind: 'consultation' | 'suggestion' | 'complaint';
      subject: string;
      receivedAt: string;
      dueDate: string;
      workingDaysLeft: number;
      status: Status;
      history: { status: Status; at: string }[];
      reply: { text: string; at: string } | null;
    }>();
  });
});
