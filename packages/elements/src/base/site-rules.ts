/**
 * The naming rules of the site group and the masthead's names, loaded by {@link SiteRecord} on
 * first use (`import()`): the rule tables (provinces, record-number patterns, the ministry's
 * names in 19 languages) are a chunk of their own, not part of the masthead's or the footer's
 * first bytes, and one chunk for both.
 */
export { siteMasthead, validateSite } from '@portal-kit/sdk';
