import type { Figure } from './figure.ts';

/** Each figure module as its own chunk: a page that redraws one figure loads only that one. */
const loaders = import.meta.glob<{ default: Figure }>('./*.figure.ts');

export async function loadFigure(id: string): Promise<Figure> {
  const load = loaders[`./${id}.figure.ts`];
  if (!load) throw new Error(`no figure ${id} in src/figures/`);
  return (await load()).default;
}
