/** Simplified Chinese strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: '按文号查找文件',
  label: '文号',
  hint: '按您看到的样子输入即可，例如 商资发〔2006〕123号 或 商务部令2004年第14号。',
  readAs: '识别为 {{number}}',
  submit: '查找',
  notFound: '没有文号为 {{number}} 的文件。',
  didYouMean: '您要找的是不是以下文件？',
  suggestionReasons: {
    'other-year': '年份不同',
    'neighbouring-sequence': '序号相邻',
    'near-issuer': '发文机关代字相近',
    'transposed-digits': '两位数字颠倒',
  },
  unreadable: '服务器无法识别这个文号。',
  errors: {
    'not-a-string': '请以文字形式输入文号。',
    empty: '请输入文号。',
    'too-long': '输入内容太长，不像文号。请只输入文号本身。',
    'invalid-character': '文号中含有文号不会使用的字符，请删除后重试。',
    'unknown-form':
      '这看起来不像文号。请依次写出发文机关代字、年份和序号，例如 商资发〔2006〕123号。',
    'no-issuer': '缺少发文机关。请以机关代字或名称开头，例如“商资发”或“商务部令”。',
    'invalid-issuer': '无法识别发文机关。请用汉字写出机关代字或名称，例如“商资发”。',
    'no-year': '缺少年份。请用六角括号写出年份，例如〔2006〕，或写在序号前，如“2004年第14号”。',
    'malformed-year': '无法识别年份。请写四位数字，例如 2006。',
    'ambiguous-year': '年份和序号连在一起了。请把年份放在六角括号中，例如 商资发〔2006〕123号。',
    'year-out-of-range': '年份应在 1949 年至 2100 年之间。',
    'no-sequence': '缺少年份后的序号，例如 商资发〔2006〕123号 中的 123。',
    'malformed-sequence': '无法识别年份后的序号。请用数字书写，例如 123。',
    'sequence-out-of-range': '年份后的序号应在 1 至 99999 之间。',
    'trailing-text': '文号后面还有多余的文字。请删除“号”字之后的内容。',
  },
  browse: '或按公文种类、年份和发文机关浏览',
  type: '公文种类',
  anyType: '所有种类',
  year: '年份',
  anyYear: '所有年份',
  organ: '发文机关',
  anyOrgan: '所有机关',
  show: '显示文件',
  results: '找到的文件：{{count}} 份',
  noResults: '没有符合所选条件的文件。',
} satisfies Translation<DocumentLookupStrings>;
