/** Chinese (Simplified) strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: '新闻',
  columns: {
    headlines: '商务要闻',
    updates: '商务动态',
    briefs: '商务简讯',
  },
  more: '更多',
  loadingMore: '正在加载更多新闻…',
  loading: '正在加载新闻…',
  empty: '暂无新闻。',
  error: '新闻加载失败。',
  errorMore: '更多新闻加载失败。',
  notConfigured: '未配置新闻来源。',
  reasons: {
    network: '无法连接新闻服务器。请检查网络连接后重试。',
    timeout: '新闻服务器响应超时。',
    server: '新闻服务器出现故障（错误 {{status}}）。',
    refused: '新闻服务器拒绝了请求（错误 {{status}}）。',
    config: '此新闻栏目的设置有误。',
    unknown: '发生了意外错误。',
  },
  retry: '重试',
  stale: '正在显示已保存的内容；无法刷新。',
  loaded_other: '已加载 {{count}} 条新闻。',
  loadedMore_other: '又加载了 {{count}} 条新闻。',
  publishedOn: '发布于 {{date}}',
} satisfies Translation<NewsFeedStrings>;
