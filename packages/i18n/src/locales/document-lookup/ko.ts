/** Korean strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: '문서 번호로 문서 찾기',
  label: '문서 번호',
  hint: '보이는 그대로 입력하세요. 예: 商资发〔2006〕123号 또는 商务部令2004年第14号',
  readAs: '{{number}}(으)로 인식했습니다',
  submit: '찾기',
  notFound: '문서 번호가 {{number}}인 문서가 없습니다.',
  didYouMean: '다음 문서를 찾으셨나요?',
  suggestionReasons: {
    'other-year': '다른 연도',
    'neighbouring-sequence': '인접한 번호',
    'near-issuer': '비슷한 기관 약칭',
    'transposed-digits': '두 숫자 뒤바뀜',
  },
  unreadable: '서버가 이 번호를 인식하지 못했습니다.',
  errors: {
    'not-a-string': '문서 번호를 텍스트로 입력하세요.',
    empty: '문서 번호를 입력하세요.',
    'too-long': '문서 번호로 보기에는 너무 깁니다. 번호만 입력하세요.',
    'invalid-character': '문서 번호에 쓰이지 않는 문자가 있습니다. 지우고 다시 시도하세요.',
    'unknown-form':
      '문서 번호 형식이 아닙니다. 발행 기관, 연도, 번호 순으로 쓰세요. 예: 商资发〔2006〕123号',
    'no-issuer': '발행 기관이 없습니다. 기관 약칭이나 이름으로 시작하세요. 예: 商资发, 商务部令',
    'invalid-issuer': '발행 기관을 인식할 수 없습니다. 약칭이나 이름을 한자로 쓰세요. 예: 商资发',
    'no-year': '연도가 없습니다. 〔2006〕처럼 괄호 안에 쓰거나 2004年第14号처럼 번호 앞에 쓰세요.',
    'malformed-year': '연도를 인식할 수 없습니다. 2006처럼 네 자리 숫자로 쓰세요.',
    'ambiguous-year':
      '연도와 번호가 붙어 있습니다. 商资发〔2006〕123号처럼 연도를 괄호 안에 넣으세요.',
    'year-out-of-range': '연도는 1949년부터 2100년 사이여야 합니다.',
    'no-sequence': '연도 뒤의 번호가 없습니다. 예: 商资发〔2006〕123号의 123',
    'malformed-sequence': '연도 뒤의 번호를 인식할 수 없습니다. 123처럼 숫자로 쓰세요.',
    'sequence-out-of-range': '연도 뒤의 번호는 1부터 99999 사이여야 합니다.',
    'trailing-text': '번호 뒤에 다른 글자가 있습니다. 号 뒤의 내용을 지우세요.',
  },
  browse: '또는 유형, 연도, 발행 기관으로 찾아보기',
  type: '문서 유형',
  anyType: '모든 유형',
  year: '연도',
  anyYear: '모든 연도',
  organ: '발행 기관',
  anyOrgan: '모든 기관',
  show: '문서 보기',
  results: '찾은 문서: {{count}}건',
  noResults: '선택한 조건에 맞는 문서가 없습니다.',
} satisfies Translation<DocumentLookupStrings>;
