/**
 * `@portal-kit/create-site`: the pieces of `npm create @portal-kit/site` for use from code —
 * build and check a new site's record, render its files, write them, or run the command.
 */
export { parseCommandLine, splitLanguages, USAGE, UsageError, type CliOptions } from './args.js';
export { escapeHtml, renderPage, renderRootPage, type PageSources } from './page.js';
export {
  buildSite,
  checkSite,
  DEFAULT_LANGUAGES,
  defaultDomain,
  formatViolations,
  MINISTRY_CONTACT,
  MINISTRY_ICP,
  MINISTRY_PUBLIC_SECURITY,
  missingAnswers,
  URL_PATTERN,
  type MissingAnswer,
  type SiteCheck,
} from './record.js';
export { DEFAULT_API, pageSources, run, type RunContext } from './run.js';
export { contentSecurityPolicy } from './serve-source.js';
export { siteFiles, type SiteFiles } from './site-files.js';
export { isFallback, pageStrings, parsePageStrings, type PageStrings } from './strings.js';
export { checkTarget, writeSiteFiles, WriteError } from './write.js';
