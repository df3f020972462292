/**
 * English strings of `<portal-message-status>`: the reference language. Its keys are the keys of
 * every other language and its type types `t()`. The fields' "required" messages are the `form`
 * namespace's (they name the field by the label given here); the reasons of a failed load and
 * the offline notice are the `common` namespace's.
 */
const en = {
  heading: 'Follow your message',
  intro:
    'Enter the tracking number and access code from your receipt to see where your message stands and read the reply.',
  trackingNumber: 'Tracking number',
  trackingNumberHint:
    'As on your receipt, like M26-7KQ4-9XHC. Capitals, spaces and dashes do not matter.',
  trackingMistyped: 'This tracking number looks mistyped: check it against your receipt',
  accessCode: 'Access code',
  accessCodeHint:
    '16 letters and digits, like 7KQ4-9XHC-2M5R-PWZ8. It is never saved on this device.',
  accessCodeInvalid: 'Enter the access code as on your receipt: 16 letters and digits',
  submit: 'Show the status',
  notFound:
    'No message matches this tracking number and access code. Check both against your receipt and try again.',
  notConfigured: 'Messages cannot be followed from this page: it is not set up.',
  failed: "The status of your message couldn't be loaded.",
  subject: 'Subject',
  due: 'Reply due by {{date}}',
  daysLeft_one: '{{count}} working day left',
  daysLeft_other: '{{count}} working days left',
  dueToday: 'Due today',
  overdue_one: 'Overdue by {{count}} working day',
  overdue_other: 'Overdue by {{count}} working days',
  repliedOn: 'Replied on {{date}}',
  timeline: 'Progress',
  received: 'Received',
  forwarded: 'Forwarded to the department in charge',
  replied: 'Replied',
  published: 'Published with its reply',
  reply: 'Reply',
};

export default en;
