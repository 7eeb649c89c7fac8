import type { Figure } from './figure.ts';

/**
 * Every figure of the site: one module per figure, found by file (src/figures/*.figure.ts). The
 * build renders them and the tests snapshot each one; the browser loads only the one it redraws.
 */
const modules = import.meta.glob<{ default: Figure }>('./*.figure.ts', { eager: true });

export const FIGURES: Figure[] = Object.entries(modules).map(([path, m]) => {
  // A figure's file carries its id, so the browser can load it by id alone (see lazy.ts).
  if (path !== `./${m.default.id}.figure.ts`) throw new Error(`${path}: expected the figure's id to be its file name, found '${m.default.id}'`);
  return m.default;
});

export function figure(id: string): Figure {
  const found = FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id} in src/figures/`);
  return found;
}
