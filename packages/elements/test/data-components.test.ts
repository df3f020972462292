/** The reusable data-component suite (suites/data-component.ts) against every data component. */
import '../src/document/define.js';
import '../src/footer/define.js';
import '../src/guide-navigator/define.js';
import '../src/masthead/define.js';
import '../src/news-feed/define.js';
import '../src/policy-list/define.js';
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

runDataComponentSuite({
  tag: 'portal-policy-list',
  pageSize: 'pageSize',
  row: '[part~="item"]',
  path: '/api/v1/documents',
  // The suite's lists share the page's URL: each keeps its filter to itself.
  properties: { noUrlState: true },
  frameworkProperties: [
    {
      name: 'category',
      value: 'foreign-trade domestic-trade',
      param: 'category',
      sent: 'domestic-trade,foreign-trade',
      readBack: ['foreign-trade', 'domestic-trade'],
    },
    { name: 'validity', value: 'in-force,amended', param: 'validity', sent: 'amended,in-force' },
    { name: 'site', value: 'main guangdong', param: 'site', sent: 'guangdong,main' },
    { name: 'yearFrom', value: '2010', param: 'yearFrom', sent: '2010' },
    { name: 'pageSize', value: '4', param: 'limit', sent: '4' },
  ],
});

runDataComponentSuite({
  tag: 'portal-document',
  row: '[part~="body"]',
  path: '/api/v1/documents/mofcom-order-2004-14',
  properties: { documentId: 'mofcom-order-2004-14' },
  frameworkProperties: [{ name: 'headingLevel', value: '3', param: 'lang', sent: 'en' }],
});

runDataComponentSuite({
  tag: 'portal-guide-navigator',
  row: '[part~="tree"]',
  path: '/api/v1/guides/investment',
  // The suite's navigators share the page's URL: each keeps its node to itself.
  properties: { guide: 'investment', noUrlState: true },
  frameworkProperties: [{ name: 'headingLevel', value: '3', param: 'lang', sent: 'en' }],
});

runDataComponentSuite({
  tag: 'portal-masthead',
  row: '[part~="names"]',
  path: '/api/v1/sites/wms',
  properties: { site: 'wms' },
  keepsRecord: true,
  retryFocus: '[part~="names"]',
  frameworkProperties: [],
});

runDataComponentSuite({
  tag: 'portal-footer',
  row: '[part~="organizer"]',
  path: '/api/v1/sites/wms',
  properties: { site: 'wms' },
  keepsRecord: true,
  frameworkProperties: [],
});
