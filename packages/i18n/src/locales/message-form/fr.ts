/** French strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Envoyer un message',
  intro:
    'Posez une question, faites une suggestion ou déposez une réclamation. Chaque message reçoit une réponse.',
  kind: 'Type de message',
  kindChoose: 'Choisissez',
  kindConsultation: 'Une question',
  kindSuggestion: 'Une suggestion',
  kindComplaint: 'Une réclamation',
  subject: 'Objet',
  subjectHint: 'Quelques mots pour dire de quoi parle votre message.',
  body: 'Votre message',
  bodyHint:
    'N’écrivez ici ni votre numéro de carte d’identité, ni votre numéro de téléphone, ni votre adresse e-mail.',
  piiWarning:
    'Votre message semble contenir des données personnelles ({{found}}). La réponse peut être publiée : retirez-les si elles ne sont pas nécessaires.',
  piiIdNumber: 'un numéro de carte d’identité',
  piiPhone: 'un numéro de téléphone',
  piiEmail: 'une adresse e-mail',
  contact: 'Comment vous joindre (facultatif)',
  contactHint: 'Utilisé uniquement pour vous répondre. Jamais publié.',
  name: 'Nom',
  email: 'Adresse e-mail',
  phone: 'Numéro de téléphone',
  phoneHint: 'Chiffres, espaces et + - ( ) uniquement.',
  phoneInvalid:
    'Saisissez un numéro de téléphone composé uniquement de chiffres, d’espaces et de + - ( )',
  publish: 'Vous pouvez publier mon message et sa réponse, sans mon nom ni mes coordonnées',
  submit: 'Envoyer le message',
  sending: 'Envoi de votre message…',
  draftSaved: 'Brouillon enregistré sur cet appareil.',
  draftRestored: 'Votre brouillon non envoyé a été restauré.',
  offlineDraft: 'Vous êtes hors ligne. Votre brouillon est conservé sur cet appareil.',
  offlineQueued:
    'Vous êtes hors ligne. Votre message est conservé sur cet appareil et sera envoyé dès le retour de la connexion.',
  failed: 'Votre message n’a pas encore été envoyé. Il est conservé sur cet appareil : réessayez.',
  rejected: '« {{label}} » n’a pas été accepté. Vérifiez-le et renvoyez le message.',
  tooLarge: 'Votre message est trop volumineux pour être envoyé. Raccourcissez-le et renvoyez-le.',
  rateLimited: 'Trop de messages ont été envoyés depuis cette connexion. Réessayez après {{time}}.',
  changed:
    'Votre message avait déjà été reçu avant vos dernières modifications ; celles-ci n’ont pas été envoyées.',
  notConfigured: 'Impossible d’envoyer des messages depuis cette page : elle n’est pas configurée.',
  received: 'Message reçu',
  trackingNumber: 'Numéro de suivi',
  accessCode: 'Code d’accès',
  keepThese:
    'Conservez-les : ils vous serviront à suivre votre message et à lire la réponse. Le code d’accès ne sera plus affiché.',
  copy: 'Copier',
  copied: 'Copié.',
  copyManually: 'Sélectionné : appuyez sur Ctrl+C pour le copier.',
  due: 'Vous recevrez une réponse sous 5 jours ouvrés, au plus tard le {{date}}.',
  another: 'Envoyer un autre message',
} satisfies Translation<MessageFormStrings>;
