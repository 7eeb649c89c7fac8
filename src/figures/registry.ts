import type { Figure } from './figure.ts';

/**
 * Every figure of the site: one module per figure, found by file (src/figures/*.figure.ts). The
 * build renders them and the tests snapshot each one; the browser loads only the one it redraws.
 */
const modules = import.meta.glob<{ default: Figure }>('./*.figure.ts', { eager: true });

export const FIGURES: Figure[] = Object.values(modules).map((m) => m.default);

export function figure(id: string): Figure {
  const found = FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id} in src/figures/`);
  return found;
}
