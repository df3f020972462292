/** French strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Suivre votre message',
  intro:
    'Saisissez le numéro de suivi et le code d’accès de votre accusé de réception pour voir où en est votre message et lire la réponse.',
  trackingNumber: 'Numéro de suivi',
  trackingNumberHint:
    'Tel qu’il figure sur votre accusé de réception, par exemple M26-7KQ4-9XHC. Majuscules, espaces et tirets sont indifférents.',
  trackingMistyped:
    'Ce numéro de suivi semble mal saisi : vérifiez-le sur votre accusé de réception',
  accessCode: 'Code d’accès',
  accessCodeHint:
    '16 lettres et chiffres, par exemple 7KQ4-9XHC-2M5R-PWZ8. Il n’est jamais enregistré sur cet appareil.',
  accessCodeInvalid:
    'Saisissez le code d’accès tel qu’il figure sur votre accusé de réception : 16 lettres et chiffres',
  submit: 'Voir l’état',
  notFound:
    'Aucun message ne correspond à ce numéro de suivi et à ce code d’accès. Vérifiez-les tous les deux sur votre accusé de réception et réessayez.',
  notConfigured:
    'Les messages ne peuvent pas être suivis depuis cette page : elle n’est pas configurée.',
  failed: 'L’état de votre message n’a pas pu être chargé.',
  subject: 'Objet',
  due: 'Réponse attendue au plus tard le {{date}}',
  daysLeft_one: 'Il reste {{count}} jour ouvré',
  daysLeft_many: 'Il reste {{count}} de jours ouvrés',
  daysLeft_other: 'Il reste {{count}} jours ouvrés',
  dueToday: 'Échéance aujourd’hui',
  overdue_one: 'En retard de {{count}} jour ouvré',
  overdue_many: 'En retard de {{count}} de jours ouvrés',
  overdue_other: 'En retard de {{count}} jours ouvrés',
  repliedOn: 'Réponse donnée le {{date}}',
  timeline: 'Avancement',
  received: 'Reçu',
  forwarded: 'Transmis au service compétent',
  replied: 'Réponse donnée',
  published: 'Publié avec sa réponse',
  reply: 'Réponse',
} satisfies Translation<MessageStatusStrings>;
