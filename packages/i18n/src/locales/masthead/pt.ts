/** Portuguese strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Saltar para o conteúdo principal',
  searchLabel: 'Pesquisar neste site',
  searchButton: 'Pesquisar',
  accessibility: 'Acessibilidade',
  careMode: 'Modo de assistência',
  careModeHint: 'Texto maior, mais contraste, sem movimento',
  notConfigured: 'O cabeçalho não pode ser mostrado aqui: nenhum site foi definido.',
  invalid: 'O cabeçalho não pode ser mostrado: o registo do site viola as regras de nomes.',
  invalidFields: 'Campos a corrigir:',
  wholeRecord: 'o registo inteiro',
} satisfies Translation<MastheadStrings>;
