// The document page of the main site: the document's id comes from the address
// (`document.html?id=mofcom-order-2004-14`), and back/forward between documents follow it.
const show = () => {
  const element = document.querySelector('portal-document');
  const id = new URLSearchParams(location.search).get('id');
  if (element && id) element.setAttribute('document-id', id);
};
show();
addEventListener('popstate', show);
