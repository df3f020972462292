/** Portuguese strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Carregando…',
  loadingMore: 'Carregando mais…',
  more: 'Mostrar mais',
  empty: 'Não há nada para mostrar.',
  notConfigured: 'Nenhuma fonte de dados está configurada.',
  error: 'Não foi possível carregar o conteúdo.',
  errorMore: 'Não foi possível carregar mais itens.',
  reasons: {
    network: 'Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.',
    crossOrigin:
      'Não foi possível contactar o serviço do portal ({{host}}). Pode estar em baixo ou não aceitar pedidos deste site ({{origin}}).',
    unreachable:
      'Não foi possível contactar o serviço do portal ({{host}}). Pode estar em baixo; tente novamente mais tarde.',
    timeout: 'O servidor demorou demasiado a responder.',
    server: 'O servidor teve um problema (erro {{status}}).',
    refused: 'O servidor recusou o pedido (erro {{status}}).',
    config: 'Este componente não está configurado corretamente.',
    unknown: 'Ocorreu um erro inesperado.',
  },
  retry: 'Tentar novamente',
  stale: 'Exibindo conteúdo salvo; não foi possível atualizar.',
  offline: 'Você está sem conexão. O conteúdo será recarregado quando a conexão voltar.',
  loadedMore_one: 'Mais {{count}} item carregado.',
  loadedMore_many: 'Mais {{count}} de itens carregados.',
  loadedMore_other: 'Mais {{count}} itens carregados.',
} satisfies Translation<CommonStrings>;
