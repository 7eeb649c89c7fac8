/** Marks a rendered chart as one image for assistive technology, at build time and in the browser. */
export function finishChart<T extends { setAttribute(name: string, value: string): void }>(svg: T): T {
  svg.setAttribute('role', 'img');
  return svg;
}
