/** German strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Nachricht senden',
  intro:
    'Stellen Sie eine Frage, machen Sie einen Vorschlag oder reichen Sie eine Beschwerde ein. Jede Nachricht wird beantwortet.',
  kind: 'Art der Nachricht',
  kindChoose: 'Bitte wählen',
  kindConsultation: 'Eine Frage',
  kindSuggestion: 'Ein Vorschlag',
  kindComplaint: 'Eine Beschwerde',
  subject: 'Betreff',
  subjectHint: 'Ein paar Worte dazu, worum es in Ihrer Nachricht geht.',
  body: 'Ihre Nachricht',
  bodyHint:
    'Schreiben Sie hier weder Ihre Ausweisnummer noch Ihre Telefonnummer oder E-Mail-Adresse.',
  piiWarning:
    'Ihre Nachricht scheint persönliche Daten zu enthalten ({{found}}). Die Antwort kann veröffentlicht werden: Entfernen Sie sie, wenn sie nicht nötig sind.',
  piiIdNumber: 'eine Ausweisnummer',
  piiPhone: 'eine Telefonnummer',
  piiEmail: 'eine E-Mail-Adresse',
  contact: 'Wie wir Sie erreichen (freiwillig)',
  contactHint: 'Nur für die Antwort an Sie. Wird nie veröffentlicht.',
  name: 'Name',
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  phoneHint: 'Nur Ziffern, Leerzeichen und + - ( ).',
  phoneInvalid: 'Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + - ( ) ein',
  publish:
    'Sie dürfen meine Nachricht und die Antwort veröffentlichen, ohne meinen Namen und meine Kontaktdaten',
  submit: 'Nachricht senden',
  sending: 'Ihre Nachricht wird gesendet …',
  draftSaved: 'Entwurf auf diesem Gerät gespeichert.',
  draftRestored: 'Ihr nicht gesendeter Entwurf wurde wiederhergestellt.',
  offlineDraft: 'Sie sind offline. Ihr Entwurf bleibt auf diesem Gerät gespeichert.',
  offlineQueued:
    'Sie sind offline. Ihre Nachricht bleibt auf diesem Gerät gespeichert und wird gesendet, sobald die Verbindung zurück ist.',
  failed:
    'Ihre Nachricht wurde noch nicht gesendet. Sie bleibt auf diesem Gerät gespeichert: Versuchen Sie es erneut.',
  rejected: '„{{label}}“ wurde nicht angenommen. Prüfen Sie die Angabe und senden Sie erneut.',
  tooLarge: 'Ihre Nachricht ist zu groß zum Senden. Kürzen Sie sie und senden Sie erneut.',
  rateLimited:
    'Von dieser Verbindung wurden zu viele Nachrichten gesendet. Versuchen Sie es nach {{time}} erneut.',
  changed:
    'Ihre Nachricht war schon vor Ihren letzten Änderungen eingegangen; die Änderungen wurden nicht gesendet.',
  notConfigured:
    'Von dieser Seite können keine Nachrichten gesendet werden: Sie ist nicht eingerichtet.',
  received: 'Nachricht eingegangen',
  trackingNumber: 'Vorgangsnummer',
  accessCode: 'Zugangscode',
  keepThese:
    'Bewahren Sie beides auf: Sie brauchen es, um Ihre Nachricht zu verfolgen und die Antwort zu lesen. Der Zugangscode wird nicht erneut angezeigt.',
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copyManually: 'Markiert: Drücken Sie Strg+C, um es zu kopieren.',
  due: 'Sie erhalten innerhalb von 5 Arbeitstagen eine Antwort, spätestens am {{date}}.',
  another: 'Weitere Nachricht senden',
} satisfies Translation<MessageFormStrings>;
