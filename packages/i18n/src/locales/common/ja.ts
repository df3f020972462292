/** Japanese strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: '読み込んでいます…',
  loadingMore: 'さらに読み込んでいます…',
  more: 'もっと見る',
  empty: '表示する内容はありません。',
  notConfigured: 'データの取得元が設定されていません。',
  error: '内容を読み込めませんでした。',
  errorMore: '追加の項目を読み込めませんでした。',
  reasons: {
    network: 'サーバーに接続できません。接続を確認して、もう一度お試しください。',
    crossOrigin:
      'ポータルサービス（{{host}}）に接続できません。サービスが停止しているか、このサイト（{{origin}}）からの要求を許可していない可能性があります。',
    unreachable:
      'ポータルサービス（{{host}}）に接続できません。サービスが停止している可能性があります。しばらくしてからもう一度お試しください。',
    timeout: 'サーバーの応答に時間がかかりすぎました。',
    server: 'サーバーで問題が発生しました（エラー {{status}}）。',
    refused: 'サーバーがリクエストを拒否しました（エラー {{status}}）。',
    config: 'このコンポーネントの設定が正しくありません。',
    unknown: '予期しないエラーが発生しました。',
  },
  retry: '再試行',
  stale: '保存済みの内容を表示しています。更新できませんでした。',
  offline: 'オフラインです。接続が回復すると内容を再読み込みします。',
  loadedMore_other: 'さらに{{count}}件を読み込みました。',
} satisfies Translation<CommonStrings>;
