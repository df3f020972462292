/** Registers every Portal Kit element. Import it once to use all the tags on a page. */
import './news-feed/define.js';
import './policy-list/define.js';
import './language-switcher/define.js';

export * from './index.js';
import './text-field/define.js';
import './select/define.js';
import './error-summary/define.js';
import './document/define.js';
import './document-lookup/define.js';
import './message-form/define.js';
import './message-status/define.js';
import './message-inbox/define.js';
import './message-list/define.js';
import './message-stats/define.js';
import './guide-navigator/define.js';
import './masthead/define.js';
import './footer/define.js';
