/** Spanish strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Noticias',
  columns: {
    headlines: 'Titulares',
    updates: 'Actualidad',
    briefs: 'Breves',
  },
  more: 'Más noticias',
  loadingMore: 'Cargando más noticias…',
  loading: 'Cargando noticias…',
  empty: 'No hay noticias que mostrar.',
  error: 'No se pudieron cargar las noticias.',
  errorMore: 'No se pudieron cargar más noticias.',
  notConfigured: 'No hay ninguna fuente de noticias configurada.',
  reasons: {
    network:
      'No se pudo conectar con el servidor de noticias. Compruebe su conexión e inténtelo de nuevo.',
    timeout: 'El servidor de noticias tardó demasiado en responder.',
    server: 'El servidor de noticias tuvo un problema (error {{status}}).',
    refused: 'El servidor de noticias rechazó la solicitud (error {{status}}).',
    config: 'Este canal de noticias no está bien configurado.',
    unknown: 'Se produjo un error inesperado.',
  },
  retry: 'Reintentar',
  stale: 'Se muestra contenido guardado; no se pudo actualizar.',
  loaded_one: 'Se cargó {{count}} noticia.',
  loaded_many: 'Se cargaron {{count}} de noticias.',
  loaded_other: 'Se cargaron {{count}} noticias.',
  loadedMore_one: 'Se cargó {{count}} noticia más.',
  loadedMore_many: 'Se cargaron {{count}} de noticias más.',
  loadedMore_other: 'Se cargaron {{count}} noticias más.',
  publishedOn: 'Publicado el {{date}}',
} satisfies Translation<NewsFeedStrings>;
