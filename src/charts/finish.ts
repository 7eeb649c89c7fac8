/**
 * Makes a rendered chart one image for assistive technology, at build time and in the browser.
 * Plot labels its inner groups with aria-label, which is not allowed on a <g> without a role; the
 * chart's accessible name is on the <svg> and its figure, so the inner labels become data-mark.
 * A chart whose shapes are links (a map of pages) is a group of links instead of one image, and
 * each link takes the name of its shape.
 */
export function finishChart<T extends Element>(svg: T): T {
  const links = [...svg.querySelectorAll('a')];
  svg.setAttribute('role', links.length > 0 ? 'group' : 'img');
  for (const link of links) {
    const named = link.querySelector('[aria-label]');
    if (!named) continue;
    link.setAttribute('aria-label', named.getAttribute('aria-label')!);
    named.removeAttribute('aria-label');
  }
  for (const element of svg.querySelectorAll('g[aria-label]')) {
    element.setAttribute('data-mark', element.getAttribute('aria-label')!);
    element.removeAttribute('aria-label');
  }
  return svg;
}
