// The demo's example pages, by path; a page that shows one record names it. Shared by the CSP
// test and Lighthouse (test and bench), so a new page is checked by both.
export const EXAMPLE_PAGES = [
  '/examples/',
  '/examples/local-window/',
  '/examples/main-site/',
  '/examples/main-site/guides.html',
  '/examples/main-site/lookup.html',
  '/examples/main-site/document.html?id=mofcom-order-2004-14',
  '/examples/main-site/messages.html',
  '/examples/main-site/staff.html',
  '/examples/overseas-office/',
];
