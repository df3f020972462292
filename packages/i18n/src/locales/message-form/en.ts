/**
 * English strings of `<portal-message-form>`: the reference language. Its keys are the keys of
 * every other language and its type types `t()`. The fields' validation messages are the `form`
 * namespace's (they name the field by the label given here); the reasons of a failed send are
 * the `common` namespace's.
 */
const en = {
  heading: 'Send a message',
  intro: 'Ask a question, make a suggestion or complain. Every message gets a reply.',
  kind: 'Type of message',
  kindChoose: 'Choose one',
  kindConsultation: 'A question',
  kindSuggestion: 'A suggestion',
  kindComplaint: 'A complaint',
  subject: 'Subject',
  subjectHint: 'A few words saying what your message is about.',
  body: 'Your message',
  bodyHint: 'Do not write your ID card number, phone number or email address here.',
  piiWarning:
    'Your message seems to contain personal details ({{found}}). The reply may be published: remove them unless they are needed.',
  piiIdNumber: 'an ID card number',
  piiPhone: 'a phone number',
  piiEmail: 'an email address',
  contact: 'How we can contact you (optional)',
  contactHint: 'Only used to answer you. Never published.',
  name: 'Name',
  email: 'Email address',
  phone: 'Phone number',
  phoneHint: 'Digits, spaces and + - ( ) only.',
  phoneInvalid: 'Enter a phone number using only digits, spaces and + - ( )',
  publish: 'You may publish my message and its reply, without my name and contact details',
  submit: 'Send message',
  sending: 'Sending your message…',
  draftSaved: 'Draft saved on this device.',
  draftRestored: 'Your unsent draft was restored.',
  offlineDraft: 'You are offline. Your draft is kept on this device.',
  offlineQueued:
    'You are offline. Your message is kept on this device and will be sent when the connection is back.',
  failed: 'Your message has not been sent yet. It is kept on this device: try again.',
  rejected: '{{label}} was not accepted. Check it and send again.',
  tooLarge: 'Your message is too large to send. Shorten it and send again.',
  rateLimited: 'Too many messages were sent from this connection. Try again after {{time}}.',
  changed:
    'Your message had already been received before your last changes; the changes were not sent.',
  notConfigured: 'Messages cannot be sent from this page: it is not set up.',
  received: 'Message received',
  trackingNumber: 'Tracking number',
  accessCode: 'Access code',
  keepThese:
    'Keep these: you need both to follow your message and read the reply. The access code is not shown again.',
  copy: 'Copy',
  copied: 'Copied.',
  copyManually: 'Selected: press Ctrl+C to copy it.',
  due: 'You will get a reply within 5 working days, by {{date}}.',
  another: 'Send another message',
};

export default en;
