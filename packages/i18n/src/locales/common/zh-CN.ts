/** Chinese (Simplified) strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: '正在加载…',
  loadingMore: '正在加载更多…',
  more: '更多',
  empty: '暂无内容。',
  notConfigured: '未配置数据来源。',
  error: '内容加载失败。',
  errorMore: '更多内容加载失败。',
  reasons: {
    network: '无法连接服务器。请检查网络连接后重试。',
    crossOrigin: '无法连接门户服务 {{host}}。该服务可能已停止，或不允许本网站（{{origin}}）访问。',
    unreachable: '无法连接门户服务 {{host}}。该服务可能已停止，请稍后重试。',
    timeout: '服务器响应超时。',
    server: '服务器出现故障（错误 {{status}}）。',
    refused: '服务器拒绝了请求（错误 {{status}}）。',
    config: '此组件的设置有误。',
    unknown: '发生了意外错误。',
  },
  retry: '重试',
  stale: '正在显示已保存的内容；无法刷新。',
  offline: '您已离线。网络恢复后内容将重新加载。',
  loadedMore_other: '又加载了 {{count}} 条。',
} satisfies Translation<CommonStrings>;
