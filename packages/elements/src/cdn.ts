/**
 * The single-file bundle for pages that only paste a script tag:
 *
 * ```html
 * <script type="module" src="https://www.mofcom.gov.cn/cdn/portal-kit.js"></script>
 * <portal-news-feed site="guangdong" column="updates"></portal-news-feed>
 * ```
 *
 * It defines every Portal Kit element and exports what a page that only pastes tags may call:
 * `configure()` and `getConfig()`, `clientFor()`, `registerStrings()`, the element classes and
 * their event classes (`import { configure } from '…/portal-kit.js'`). The building blocks of
 * new components (base class, controllers, status views, form layer) are the npm package's
 * (`@portal-kit/elements`): exporting them here would add about 0.9 kB brotli to every page for
 * code no tag uses. Unless the page configured an API server itself, elements talk to the server
 * the script was loaded from.
 */
import { configure, getConfig } from './client.js';
import './all.js';

export {
  CareModeChangeEvent,
  clientFor,
  configure,
  getConfig,
  LanguageChangeEvent,
  PortalDocument,
  PortalDocumentLookup,
  PortalErrorEvent,
  PortalErrorSummary,
  PortalGuideNavigator,
  PortalGuideSelectEvent,
  PortalFooter,
  PortalLanguageSwitcher,
  PortalLoadEvent,
  PortalMasthead,
  PortalMessageActionEvent,
  PortalMessageForm,
  PortalMessageInbox,
  PortalMessageList,
  PortalMessageStats,
  PortalMessageStatus,
  PortalNewsFeed,
  PortalPolicyList,
  PortalSelect,
  PortalSubmitEvent,
  PortalTextField,
  registerStrings,
} from './index.js';
export type * from './index.js';

// Module bodies run right after their imports, before any element renders (Lit renders in a
// microtask), so the default is in place for the first request.
const { apiBase, client } = getConfig();
if (!apiBase && !client) configure({ apiBase: new URL(import.meta.url).origin });
