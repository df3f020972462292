/** Portuguese strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Sobre este site',
  organizer: 'Organizador:',
  siteCode: 'Código de identificação do site:',
  icp: 'Registo ICP:',
  publicSecurity: 'Registo de segurança pública:',
  phone: 'Telefone:',
  email: 'Correio eletrónico:',
  address: 'Morada:',
  contact: 'Contacte-nos',
  sitemap: 'Mapa do site',
  reportError: 'Comunicar um erro neste site',
  external: 'Site externo',
  notConfigured: 'As informações do site não podem ser mostradas aqui: nenhum site foi definido.',
  invalid:
    'As informações do site não podem ser mostradas: o registo do site viola as regras de nomes.',
  invalidFields: 'Campos a corrigir:',
  wholeRecord: 'o registo inteiro',
} satisfies Translation<FooterStrings>;
