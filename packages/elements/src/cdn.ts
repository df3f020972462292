/**
 * The single-file bundle for pages that only paste a script tag:
 *
 * ```html
 * <script type="module" src="https://www.mofcom.gov.cn/cdn/portal-kit.js"></script>
 * <portal-news-feed site="guangdong" column="updates"></portal-news-feed>
 * ```
 *
 * It defines every Portal Kit element and re-exports the package API (so a page can still
 * `import { configure } from '…/portal-kit.js'`). Unless the page configured an API server
 * itself, elements talk to the server the script was loaded from.
 */
import { configure, getConfig } from './client.js';
import './all.js';

export * from './index.js';

// Module bodies run right after their imports, before any element renders (Lit renders in a
// microtask), so the default is in place for the first request.
const { apiBase, client } = getConfig();
if (!apiBase && !client) configure({ apiBase: new URL(import.meta.url).origin });
