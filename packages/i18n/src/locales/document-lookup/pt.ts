/** Portuguese strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Encontrar um documento pelo número',
  label: 'Número do documento',
  hint: 'Escreva-o como o vê, por exemplo 商资发〔2006〕123号 ou 商务部令2004年第14号.',
  readAs: 'Lido como {{number}}',
  submit: 'Procurar',
  notFound: 'Nenhum documento tem o número {{number}}.',
  didYouMean: 'Quis dizer um destes?',
  suggestionReasons: {
    'other-year': 'outro ano',
    'neighbouring-sequence': 'um número vizinho',
    'near-issuer': 'um código de emissor parecido',
    'transposed-digits': 'dois algarismos trocados',
  },
  unreadable: 'O servidor não conseguiu ler este número.',
  errors: {
    'not-a-string': 'Escreva o número do documento como texto.',
    empty: 'Escreva um número de documento.',
    'too-long': 'É demasiado longo para um número de documento. Escreva apenas o número.',
    'invalid-character':
      'O número contém um carácter que nunca aparece em números de documentos. Apague-o e tente de novo.',
    'unknown-form':
      'Isto não parece um número de documento. Escreva o emissor, o ano e o número, por exemplo 商资发〔2006〕123号.',
    'no-issuer': 'Falta o emissor. Comece pelo código ou nome, por exemplo 商资发 ou 商务部令.',
    'invalid-issuer':
      'Não é possível ler o emissor. Escreva o código ou nome em caracteres chineses, por exemplo 商资发.',
    'no-year':
      'Falta o ano. Escreva-o entre parênteses retos, por exemplo 〔2006〕, ou antes do número, como em 2004年第14号.',
    'malformed-year':
      'Não é possível ler o ano. Escreva-o com quatro algarismos, por exemplo 2006.',
    'ambiguous-year':
      'O ano e o número estão juntos. Ponha o ano entre parênteses retos, por exemplo 商资发〔2006〕123号.',
    'year-out-of-range': 'O ano tem de estar entre 1949 e 2100.',
    'no-sequence': 'Falta o número de ordem depois do ano, por exemplo 123 em 商资发〔2006〕123号.',
    'malformed-sequence':
      'Não é possível ler o número de ordem. Escreva-o em algarismos, por exemplo 123.',
    'sequence-out-of-range': 'O número de ordem tem de estar entre 1 e 99999.',
    'trailing-text': 'Há texto depois do número. Apague tudo o que vem depois de 号.',
  },
  browse: 'Ou procurar por tipo, ano e emissor',
  type: 'Tipo de documento',
  anyType: 'Todos os tipos',
  year: 'Ano',
  anyYear: 'Todos os anos',
  organ: 'Órgão emissor',
  anyOrgan: 'Todos os emissores',
  show: 'Mostrar documentos',
  results: 'Documentos encontrados: {{count}}',
  noResults: 'Nenhum documento corresponde a esta seleção.',
} satisfies Translation<DocumentLookupStrings>;
