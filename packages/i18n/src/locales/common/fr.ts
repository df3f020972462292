/** French strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Chargement…',
  loadingMore: 'Chargement de la suite…',
  more: 'Afficher plus',
  empty: 'Rien à afficher.',
  notConfigured: 'Aucune source de données n’est configurée.',
  error: 'Impossible de charger le contenu.',
  errorMore: 'Impossible de charger plus d’éléments.',
  reasons: {
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    crossOrigin:
      'Impossible de joindre le service du portail ({{host}}). Il est peut-être arrêté, ou il n’accepte pas les requêtes de ce site ({{origin}}).',
    unreachable:
      'Impossible de joindre le service du portail ({{host}}). Il est peut-être arrêté ; réessayez plus tard.',
    timeout: 'Le serveur a mis trop de temps à répondre.',
    server: 'Le serveur a rencontré un problème (erreur {{status}}).',
    refused: 'Le serveur a refusé la demande (erreur {{status}}).',
    config: 'Ce composant n’est pas correctement configuré.',
    unknown: 'Une erreur inattendue s’est produite.',
  },
  retry: 'Réessayer',
  stale: 'Contenu enregistré affiché ; actualisation impossible.',
  offline: 'Vous êtes hors ligne. Le contenu se rechargera au retour de la connexion.',
  loadedMore_one: '{{count}} élément supplémentaire chargé.',
  loadedMore_many: '{{count}} d’éléments supplémentaires chargés.',
  loadedMore_other: '{{count}} éléments supplémentaires chargés.',
} satisfies Translation<CommonStrings>;
