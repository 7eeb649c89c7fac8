interface ChartElement {
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; setAttribute(name: string, value: string): void; removeAttribute(name: string): void }>;
}

/**
 * Makes a rendered chart one image for assistive technology, at build time and in the browser.
 * Plot labels its inner groups with aria-label, which is not allowed on a <g> without a role; the
 * chart's accessible name is on the <svg> and its figure, so the inner labels become data-mark.
 */
export function finishChart<T extends ChartElement>(svg: T): T {
  svg.setAttribute('role', 'img');
  for (const element of svg.querySelectorAll('[aria-label]')) {
    element.setAttribute('data-mark', element.getAttribute('aria-label')!);
    element.removeAttribute('aria-label');
  }
  return svg;
}
