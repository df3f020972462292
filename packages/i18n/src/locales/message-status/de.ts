/** German strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Ihre Nachricht verfolgen',
  intro:
    'Geben Sie die Vorgangsnummer und den Zugangscode aus Ihrer Eingangsbestätigung ein, um den Stand Ihrer Nachricht zu sehen und die Antwort zu lesen.',
  trackingNumber: 'Vorgangsnummer',
  trackingNumberHint:
    'Wie in Ihrer Eingangsbestätigung, etwa M26-7KQ4-9XHC. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.',
  trackingMistyped:
    'Diese Vorgangsnummer scheint vertippt zu sein: Vergleichen Sie sie mit Ihrer Eingangsbestätigung',
  accessCode: 'Zugangscode',
  accessCodeHint:
    '16 Buchstaben und Ziffern, etwa 7KQ4-9XHC-2M5R-PWZ8. Er wird nie auf diesem Gerät gespeichert.',
  accessCodeInvalid:
    'Geben Sie den Zugangscode wie in Ihrer Eingangsbestätigung ein: 16 Buchstaben und Ziffern',
  submit: 'Stand anzeigen',
  notFound:
    'Zu dieser Vorgangsnummer und diesem Zugangscode gibt es keine Nachricht. Vergleichen Sie beide mit Ihrer Eingangsbestätigung und versuchen Sie es erneut.',
  notConfigured:
    'Auf dieser Seite können keine Nachrichten verfolgt werden: Sie ist nicht eingerichtet.',
  failed: 'Der Stand Ihrer Nachricht konnte nicht geladen werden.',
  subject: 'Betreff',
  due: 'Antwort fällig bis {{date}}',
  daysLeft_one: 'Noch {{count}} Arbeitstag',
  daysLeft_other: 'Noch {{count}} Arbeitstage',
  dueToday: 'Heute fällig',
  overdue_one: 'Seit {{count}} Arbeitstag überfällig',
  overdue_other: 'Seit {{count}} Arbeitstagen überfällig',
  repliedOn: 'Beantwortet am {{date}}',
  timeline: 'Bearbeitungsstand',
  received: 'Eingegangen',
  forwarded: 'An die zuständige Abteilung weitergeleitet',
  replied: 'Beantwortet',
  published: 'Mit der Antwort veröffentlicht',
  reply: 'Antwort',
} satisfies Translation<MessageStatusStrings>;
