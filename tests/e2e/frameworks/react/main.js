// A subsite's React 19 app, as its developers would write it: the tags with string attributes in
// the component tree. React sets each as a PROPERTY when the element has one (site, languages,
// pageSize…), so the elements receive "wms guangdong", not an array.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import '@portal-kit/elements/news-feed/define';
import '@portal-kit/elements/language-switcher/define';
import '@portal-kit/elements/text-field/define';

function App() {
  return h(
    'main',
    null,
    h('h1', null, 'A subsite built with React'),
    h('portal-language-switcher', { languages: 'en zh-CN fr' }),
    h('portal-news-feed', {
      'api-base': window.API_BASE,
      site: 'wms guangdong',
      'page-size': '5',
      column: 'updates',
    }),
    h('form', null, h('portal-text-field', { name: 'email', label: 'Email', required: true })),
  );
}

createRoot(document.getElementById('root')).render(h(App));
