/** Japanese strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'ニュース',
  columns: {
    headlines: '主要ニュース',
    updates: '商務動向',
    briefs: '商務短信',
  },
  more: 'もっと見る',
  loadingMore: 'さらにニュースを読み込んでいます…',
  loading: 'ニュースを読み込んでいます…',
  empty: '表示するニュースはありません。',
  error: 'ニュースを読み込めませんでした。',
  errorMore: '追加のニュースを読み込めませんでした。',
  notConfigured: 'ニュースの取得元が設定されていません。',
  reasons: {
    network: 'ニュースサーバーに接続できません。接続を確認して、もう一度お試しください。',
    timeout: 'ニュースサーバーの応答に時間がかかりすぎました。',
    server: 'ニュースサーバーで問題が発生しました（エラー {{status}}）。',
    refused: 'ニュースサーバーがリクエストを拒否しました（エラー {{status}}）。',
    config: 'このニュースフィードの設定が正しくありません。',
    unknown: '予期しないエラーが発生しました。',
  },
  retry: '再試行',
  stale: '保存済みの内容を表示しています。更新できませんでした。',
  loaded_other: 'ニュースを{{count}}件読み込みました。',
  loadedMore_other: 'さらに{{count}}件のニュースを読み込みました。',
  publishedOn: '公開日：{{date}}',
} satisfies Translation<NewsFeedStrings>;
