/** Korean strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: '해당 문서가 없습니다.',
  notFoundHint: '주소를 확인하거나 문서 번호로 찾아 보세요.',
  fallback: '이 문서는 사용하시는 언어로 제공되지 않아 중국어 원문으로 표시합니다.',
  fileNumber: '문서 번호',
  indexNumber: '색인 번호',
  issuer: '발행 기관',
  type: '문서 유형',
  category: '분야',
  written: '작성일',
  published: '공포일',
  effective: '시행일',
  validity: '효력',
  replacedBy: '대체한 문서',
  attachments: '첨부 파일',
  interpretations: '정책 해설',
  relations: '관련 문서',
  relationKinds: {
    amends: '개정함',
    'amended-by': '개정됨',
    repeals: '폐지함',
    'repealed-by': '폐지됨',
  },
} satisfies Translation<DocumentStrings>;
