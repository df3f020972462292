/**
 * English strings of `<portal-footer>`: the reference language. Its keys are the keys of every
 * other language and its type types `t()`. The organizer, the record numbers and the contact
 * come from the site record; the states' generic words are the `common` namespace's.
 */
const en = {
  heading: 'About this site',
  organizer: 'Organizer:',
  siteCode: 'Website identification code:',
  icp: 'ICP record:',
  publicSecurity: 'Public security record:',
  phone: 'Phone:',
  email: 'Email:',
  address: 'Address:',
  contact: 'Contact us',
  sitemap: 'Sitemap',
  reportError: 'Report an error on this site',
  external: 'External site',
  notConfigured: 'The site information cannot be shown here: no site is set.',
  invalid: 'The site information cannot be shown: the site record breaks the naming rules.',
  invalidFields: 'Fields to correct:',
  wholeRecord: 'the record itself',
};

export default en;
