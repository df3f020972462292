/** German strings of `<portal-message-inbox>`. */
import type { Translation } from '../../namespace.js';
import type { MessageInboxStrings } from './index.js';

export default {
  heading: 'Zu beantwortende Nachrichten',
  signInIntro:
    'Melden Sie sich mit dem Mitarbeiter-Token Ihrer Dienststelle an, um deren Nachrichten zu lesen und zu beantworten.',
  token: 'Mitarbeiter-Token',
  tokenHint:
    'Beginnt mit pks_. Es wird nur in diesem Browser-Tab gespeichert und beim Abmelden oder Schließen des Tabs vergessen.',
  tokenInvalid:
    'Geben Sie das Mitarbeiter-Token so ein, wie Sie es erhalten haben: pks_ und 43 weitere Zeichen',
  signIn: 'Anmelden',
  unauthorized:
    'Dieses Mitarbeiter-Token wurde nicht akzeptiert: Es ist vielleicht falsch eingegeben oder widerrufen. Melden Sie sich mit einem gültigen Token erneut an.',
  signedOut: 'Sie sind abgemeldet. Das Token wurde vergessen.',
  tokenKept:
    'Nur für diesen Tab angemeldet: Das Token wird beim Abmelden oder Schließen des Tabs vergessen.',
  signOut: 'Abmelden',
  notConfigured:
    'Der Posteingang kann auf dieser Seite nicht genutzt werden: Sie ist nicht eingerichtet.',
  filter: 'Anzeigen',
  filterOpen: 'Offene Nachrichten',
  filterReplied: 'Beantwortete Nachrichten',
  filterAll: 'Alle Nachrichten',
  total_one: '{{count}} Nachricht',
  total_other: '{{count}} Nachrichten',
  empty: 'Hier sind keine Nachrichten.',
  received: 'Eingegangen am {{date}}',
  due: 'Fällig am {{date}}',
  daysLeft_one: 'Noch {{count}} Arbeitstag',
  daysLeft_other: 'Noch {{count}} Arbeitstage',
  dueToday: 'Heute fällig',
  overdue_one: '{{count}} Arbeitstag überfällig',
  overdue_other: '{{count}} Arbeitstage überfällig',
  repliedBadge: 'Beantwortet',
  publishedBadge: 'Veröffentlicht',
  back: 'Zurück zur Liste',
  trackingNumber: 'Vorgangsnummer',
  site: 'Gesendet an',
  handledBy: 'Bearbeitet von',
  receivedAt: 'Eingegangen',
  dueDate: 'Antwort fällig bis',
  kind: 'Art',
  kindConsultation: 'Frage',
  kindSuggestion: 'Vorschlag',
  kindComplaint: 'Beschwerde',
  message: 'Nachricht',
  name: 'Name des Absenders',
  email: 'E-Mail',
  phone: 'Telefon',
  notGiven: 'Nicht angegeben',
  consent: 'Veröffentlichung',
  consentYes: 'Der Absender ist mit der Veröffentlichung der Antwort einverstanden.',
  consentNo: 'Der Absender hat der Veröffentlichung der Antwort nicht zugestimmt.',
  history: 'Verlauf',
  stepReceived: 'Eingegangen',
  stepForwarded: 'Weitergeleitet an {{site}}',
  stepReplied: 'Beantwortet',
  stepPublished: 'Veröffentlicht',
  reply: 'Antwort',
  replyLabel: 'Ihre Antwort',
  replyHint:
    'Reiner Text. Der Absender liest sie mit seinem Zugangscode; sie kann nur einmal gesendet werden.',
  replySubmit: 'Antwort senden',
  forwardTitle: 'An eine Abteilung weiterleiten',
  forwardTo: 'Abteilung',
  forwardChoose: 'Abteilung wählen',
  forwardNote: 'Hinweis für die Abteilung (optional)',
  forwardSubmit: 'Weiterleiten',
  sitesFailed:
    'Die Abteilungen konnten nicht geladen werden. Öffnen Sie die Nachricht erneut, um es noch einmal zu versuchen.',
  publishTitle: 'Veröffentlichen',
  publishIntro:
    'Der Server hat personenbezogene Daten durch ＊＊＊ ersetzt. Prüfen Sie die Texte, korrigieren Sie sie bei Bedarf und veröffentlichen Sie dann.',
  publishSubject: 'Zu veröffentlichender Betreff',
  publishBody: 'Zu veröffentlichende Frage',
  publishReply: 'Zu veröffentlichende Antwort',
  publishSubmit: 'Veröffentlichen',
  publishedOn: 'Veröffentlicht am {{date}}',
  noConsent: 'Diese Nachricht kann nicht veröffentlicht werden: Der Absender hat nicht zugestimmt.',
  working: 'Wird gesendet…',
  doneReply: 'Die Antwort wurde gesendet.',
  doneForward: 'Die Nachricht wurde an {{site}} weitergeleitet.',
  donePublish: 'Die Nachricht wurde veröffentlicht.',
  conflictReply:
    'Diese Nachricht wurde bereits mit einem anderen Text beantwortet. Die gespeicherte Antwort wird angezeigt.',
  conflictForward:
    'Diese Nachricht kann nicht mehr weitergeleitet werden: Sie wurde inzwischen anderswohin weitergeleitet oder beantwortet.',
  conflictPublish:
    'Diese Nachricht kann mit diesen Texten nicht veröffentlicht werden: Sie wurde mit anderen veröffentlicht oder ist noch nicht bereit.',
  actionFailed: 'Die Aktion wurde nicht ausgeführt.',
} satisfies Translation<MessageInboxStrings>;
