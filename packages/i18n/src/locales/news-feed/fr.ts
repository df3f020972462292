/** French strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Actualités',
  columns: {
    headlines: 'À la une',
    updates: 'Dernières nouvelles',
    briefs: 'Brèves',
  },
  more: 'Plus d’actualités',
  loadingMore: 'Chargement d’autres actualités…',
  loading: 'Chargement des actualités…',
  empty: 'Aucune actualité à afficher.',
  error: 'Impossible de charger les actualités.',
  errorMore: 'Impossible de charger plus d’actualités.',
  notConfigured: 'Aucune source d’actualités n’est configurée.',
  reasons: {
    network:
      'Impossible de joindre le serveur d’actualités. Vérifiez votre connexion et réessayez.',
    timeout: 'Le serveur d’actualités a mis trop de temps à répondre.',
    server: 'Le serveur d’actualités a rencontré un problème (erreur {{status}}).',
    refused: 'Le serveur d’actualités a refusé la demande (erreur {{status}}).',
    config: 'Ce fil d’actualités n’est pas correctement configuré.',
    unknown: 'Une erreur inattendue s’est produite.',
  },
  retry: 'Réessayer',
  stale: 'Contenu enregistré affiché ; actualisation impossible.',
  loaded_one: '{{count}} actualité chargée.',
  loaded_many: '{{count}} d’actualités chargées.',
  loaded_other: '{{count}} actualités chargées.',
  loadedMore_one: '{{count}} actualité supplémentaire chargée.',
  loadedMore_many: '{{count}} d’actualités supplémentaires chargées.',
  loadedMore_other: '{{count}} actualités supplémentaires chargées.',
  publishedOn: 'Publié le {{date}}',
} satisfies Translation<NewsFeedStrings>;
