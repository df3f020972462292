// A subsite's Vue 3 app: Vue sets a binding as a PROPERTY when the element has one (`key in el`),
// so the elements receive "wms guangdong" and "en zh-CN fr" as strings.
import { createApp, h } from 'vue';
import '@portal-kit/elements/news-feed/define';
import '@portal-kit/elements/language-switcher/define';
import '@portal-kit/elements/text-field/define';

createApp({
  render: () =>
    h('main', [
      h('h1', 'A subsite built with Vue'),
      h('portal-language-switcher', { languages: 'en zh-CN fr' }),
      h('portal-news-feed', {
        'api-base': window.API_BASE,
        site: 'wms guangdong',
        'page-size': '5',
        column: 'updates',
      }),
      h('form', [h('portal-text-field', { name: 'email', label: 'Email', required: true })]),
    ]),
}).mount('#app');
