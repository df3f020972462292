/** Spanish strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Cargando…',
  loadingMore: 'Cargando más…',
  more: 'Mostrar más',
  empty: 'No hay nada que mostrar.',
  notConfigured: 'No hay ninguna fuente de datos configurada.',
  error: 'No se pudo cargar el contenido.',
  errorMore: 'No se pudieron cargar más elementos.',
  reasons: {
    network: 'No se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
    crossOrigin:
      'No se pudo conectar con el servicio del portal ({{host}}). Puede que no esté disponible o que no admita solicitudes de este sitio ({{origin}}).',
    unreachable:
      'No se pudo conectar con el servicio del portal ({{host}}). Puede que no esté disponible; inténtelo de nuevo más tarde.',
    timeout: 'El servidor tardó demasiado en responder.',
    server: 'El servidor tuvo un problema (error {{status}}).',
    refused: 'El servidor rechazó la solicitud (error {{status}}).',
    config: 'Este componente no está bien configurado.',
    unknown: 'Se produjo un error inesperado.',
  },
  retry: 'Reintentar',
  stale: 'Se muestra contenido guardado; no se pudo actualizar.',
  offline: 'No hay conexión. El contenido se volverá a cargar cuando vuelva la conexión.',
  loadedMore_one: 'Se cargó {{count}} elemento más.',
  loadedMore_many: 'Se cargaron {{count}} de elementos más.',
  loadedMore_other: 'Se cargaron {{count}} elementos más.',
} satisfies Translation<CommonStrings>;
