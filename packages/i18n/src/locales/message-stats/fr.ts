/** French strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: "Messages : l'année en chiffres",
  year: 'Année',
  caption: "Messages reçus en {{year}} et suite donnée, par mois d'arrivée",
  month: 'Mois',
  received: 'Reçus',
  replied: 'Répondus',
  onTime: 'Répondus dans les délais',
  median: 'Jours ouvrés médians pour répondre',
  total: "Toute l'année",
  none: 'aucun',
  summary_one:
    'En {{year}} : {{n}} message reçu, {{percent}} de réponses dans les délais, médiane de {{days}}.',
  summary_many:
    'En {{year}} : {{n}} de messages reçus, {{percent}} de réponses dans les délais, médiane de {{days}}.',
  summary_other:
    'En {{year}} : {{n}} messages reçus, {{percent}} de réponses dans les délais, médiane de {{days}}.',
  days_one: '{{n}} jour ouvré',
  days_many: '{{n}} de jours ouvrés',
  days_other: '{{n}} jours ouvrés',
  unreplied_one: 'En {{year}} : {{n}} message reçu, aucune réponse pour le moment.',
  unreplied_many: 'En {{year}} : {{n}} de messages reçus, aucune réponse pour le moment.',
  unreplied_other: 'En {{year}} : {{n}} messages reçus, aucune réponse pour le moment.',
  note: "Dans les délais : réponse sous 5 jours ouvrés après l'arrivée. Le pourcentage porte sur les messages répondus.",
  empty: 'En {{year}} : aucun message reçu.',
  notConfigured:
    'Les statistiques ne peuvent pas être affichées ici : elles ne sont pas configurées.',
} satisfies Translation<MessageStatsStrings>;
