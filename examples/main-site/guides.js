// The guides page of the main site: the guide comes from the address
// (`guides.html?guide=foreign-trade`; investment when none), and its link in the list of guides
// is marked as the current page.
const GUIDES = [
  'china-market',
  'foreign-trade',
  'investment',
  'cooperation',
  'trade-remedy',
  'wto',
];
const show = () => {
  const asked = new URLSearchParams(location.search).get('guide');
  const guide = GUIDES.includes(asked) ? asked : 'investment';
  document.querySelector('portal-guide-navigator')?.setAttribute('guide', guide);
  for (const link of document.querySelectorAll('.guide-list a')) {
    const current = new URL(link.href).searchParams.get('guide') === guide;
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
};
show();
addEventListener('popstate', show);
