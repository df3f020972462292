/** Spanish strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'Acerca de este sitio',
  organizer: 'Organizador:',
  siteCode: 'Código de identificación del sitio:',
  icp: 'Registro ICP:',
  publicSecurity: 'Registro de seguridad pública:',
  phone: 'Teléfono:',
  email: 'Correo electrónico:',
  address: 'Dirección:',
  contact: 'Contacto',
  sitemap: 'Mapa del sitio',
  reportError: 'Informar de un error en este sitio',
  external: 'Sitio externo',
  notConfigured:
    'La información del sitio no puede mostrarse aquí: no se ha indicado ningún sitio.',
  invalid:
    'La información del sitio no puede mostrarse: el registro del sitio incumple las reglas de nombres.',
  invalidFields: 'Campos que corregir:',
  wholeRecord: 'el registro entero',
} satisfies Translation<FooterStrings>;
