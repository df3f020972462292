/** Chinese (Simplified) strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: '政策文件',
  filters: '筛选',
  query: '标题或正文中的词语',
  search: '搜索',
  sort: '排序方式',
  sorts: {
    newest: '最新优先',
    relevance: '相关度优先',
  },
  category: '类别',
  type: '公文种类',
  organ: '发文机关',
  year: '年份',
  yearFrom: '起',
  yearTo: '止',
  anyYear: '不限年份',
  moreValues: '其余 {{n}} 项',
  validity: '时效性',
  results_other: '共 {{n}} 份文件',
  empty: '没有符合筛选条件的文件。',
  clearFilters: '清除筛选',
  notConfigured: '未配置文件来源。',
  amendedBy: '由以下文件修订',
  repealedBy: '由以下文件废止',
} satisfies Translation<PolicyListStrings>;
