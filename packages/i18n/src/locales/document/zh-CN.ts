/** Simplified Chinese strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: '没有这份文件。',
  notFoundHint: '请检查地址，或按文号查找该文件。',
  fallback: '本文件暂无您所用语言的版本，以下显示中文原文。',
  fileNumber: '文号',
  indexNumber: '索引号',
  issuer: '发文机关',
  type: '公文种类',
  category: '政策类别',
  written: '成文日期',
  published: '发布日期',
  effective: '施行日期',
  validity: '时效性',
  replacedBy: '取代文件',
  attachments: '附件',
  interpretations: '政策解读',
  relations: '相关文件',
  relationKinds: {
    amends: '修改',
    'amended-by': '被修改',
    repeals: '废止',
    'repealed-by': '被废止',
  },
} satisfies Translation<DocumentStrings>;
