/** The reusable data-component suite (suites/data-component.ts) against every data component. */
import '../src/news-feed/define.js';
import { runDataComponentSuite } from './suites/data-component.js';
import './support/quiet.js';

runDataComponentSuite({
  tag: 'portal-news-feed',
  pageSize: 'pageSize',
  row: '[part~="item"]',
  path: '/api/v1/news',
  frameworkProperties: [
    {
      name: 'site',
      value: 'main guangdong',
      param: 'site',
      sent: 'guangdong,main',
      readBack: ['main', 'guangdong'],
    },
    { name: 'site', value: 'us,eg', param: 'site', sent: 'eg,us', readBack: ['us', 'eg'] },
    { name: 'pageSize', value: '4', param: 'limit', sent: '4' },
  ],
});
