// The office's own wording for the kit's news feed, in each of its languages: only the keys
// given change; everything else stays the kit's translation.
import { registerStrings } from '/cdn/portal-kit.js';

registerStrings('fr', 'news-feed', { heading: 'Actualités du bureau' });
registerStrings('zh-CN', 'news-feed', { heading: '经商处动态' });
registerStrings('en', 'news-feed', { heading: 'News from the office' });
