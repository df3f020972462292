/**
 * Places a popup (a list under its button) so that it stays in the viewport: aligned with the
 * button's inline-start edge, else — when that would run off the viewport (a control at the end
 * of a masthead, most often in RTL) — with its inline-end edge (the `end` class, which the
 * component's styles turn into `inset-inline-end: 0`). When neither fits (a very narrow
 * screen), the side that shows more of the popup wins.
 */
export function placeInViewport(popup: HTMLElement): void {
  popup.classList.remove('end');
  const viewport = document.documentElement.clientWidth;
  const visible = (r: DOMRect) => Math.min(r.right, viewport) - Math.max(r.left, 0);
  const start = popup.getBoundingClientRect();
  if (start.left >= 0 && start.right <= viewport) return;
  popup.classList.add('end');
  const end = popup.getBoundingClientRect();
  if ((end.left < 0 || end.right > viewport) && visible(end) < visible(start)) {
    popup.classList.remove('end');
  }
}
