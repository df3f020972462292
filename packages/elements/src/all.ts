/** Registers every Portal Kit element. Import it once to use all the tags on a page. */
import './news-feed/define.js';
import './language-switcher/define.js';

export * from './index.js';
