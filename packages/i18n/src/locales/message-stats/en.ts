/**
 * English strings of `<portal-message-stats>`: the reference language. Its keys are the keys of
 * every other language and its type types `t()`. The states' generic words (loading, retry,
 * offline) are the `common` namespace's.
 */
const en = {
  heading: 'Messages: the year in figures',
  year: 'Year',
  caption: 'Messages received in {{year}} and how they were answered, by month of arrival',
  month: 'Month',
  received: 'Received',
  replied: 'Replied',
  onTime: 'Replied on time',
  median: 'Median working days to reply',
  total: 'Whole year',
  none: 'none',
  summary_one: 'In {{year}}: {{n}} message received, {{percent}} replied on time, median {{days}}.',
  summary_other:
    'In {{year}}: {{n}} messages received, {{percent}} replied on time, median {{days}}.',
  days_one: '{{n}} working day',
  days_other: '{{n}} working days',
  unreplied_one: 'In {{year}}: {{n}} message received, none replied yet.',
  unreplied_other: 'In {{year}}: {{n}} messages received, none replied yet.',
  note: 'On time: replied within 5 working days of arrival. The percentage is of the messages replied.',
  empty: 'In {{year}}: no messages received.',
  notConfigured: 'The statistics cannot be shown here: they are not set up.',
};

export default en;
