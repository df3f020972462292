/** Portuguese strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Notícias',
  columns: {
    headlines: 'Destaques',
    updates: 'Atualidades',
    briefs: 'Notas breves',
  },
  more: 'Mais notícias',
  loadingMore: 'Carregando mais notícias…',
  loading: 'Carregando notícias…',
  empty: 'Não há notícias para mostrar.',
  error: 'Não foi possível carregar as notícias.',
  errorMore: 'Não foi possível carregar mais notícias.',
  notConfigured: 'Nenhuma fonte de notícias está configurada.',
  reasons: {
    network:
      'Não foi possível contactar o servidor de notícias. Verifique a sua ligação e tente novamente.',
    timeout: 'O servidor de notícias demorou demasiado a responder.',
    server: 'O servidor de notícias teve um problema (erro {{status}}).',
    refused: 'O servidor de notícias recusou o pedido (erro {{status}}).',
    config: 'Este feed de notícias não está configurado corretamente.',
    unknown: 'Ocorreu um erro inesperado.',
  },
  retry: 'Tentar novamente',
  stale: 'Exibindo conteúdo salvo; não foi possível atualizar.',
  loaded_one: '{{count}} notícia carregada.',
  loaded_many: '{{count}} de notícias carregadas.',
  loaded_other: '{{count}} notícias carregadas.',
  loadedMore_one: 'Mais {{count}} notícia carregada.',
  loadedMore_many: 'Mais {{count}} de notícias carregadas.',
  loadedMore_other: 'Mais {{count}} notícias carregadas.',
  publishedOn: 'Publicado em {{date}}',
} satisfies Translation<NewsFeedStrings>;
