/** Spanish strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'Saltar al contenido principal',
  searchLabel: 'Buscar en este sitio',
  searchButton: 'Buscar',
  accessibility: 'Accesibilidad',
  careMode: 'Modo de asistencia',
  careModeHint: 'Texto más grande, más contraste, sin movimiento',
  notConfigured: 'La cabecera no puede mostrarse aquí: no se ha indicado ningún sitio.',
  invalid: 'La cabecera no puede mostrarse: el registro del sitio incumple las reglas de nombres.',
  invalidFields: 'Campos que corregir:',
  wholeRecord: 'el registro entero',
} satisfies Translation<MastheadStrings>;
