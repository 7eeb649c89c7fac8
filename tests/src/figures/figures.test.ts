import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBundle } from '../../../pipelines/bundle.ts';
import { LANGS } from '../../../pipelines/domain/lang.ts';
import { buildTimeRenderer } from '../../../src/charts/render.ts';
import { bundleData } from '../../../src/engine/build-data.ts';
import { figureHtml, instanceId, type FigureData } from '../../../src/figures/figure.ts';
import { FIGURES } from '../../../src/figures/registry.ts';
import { VALID_FIXTURE } from '../../helpers/fixture-data.ts';
import { normaliseSvg } from '../../helpers/svg.ts';

// Every registered figure, rendered from the bundle of the fixture data as the build renders it:
// one golden file per instance and language (chart, caption, legend, sources and table).
let dir: string;
let data: FigureData;
beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'par-figures-')), 'data');
  await publishBundle(VALID_FIXTURE, dir);
  data = bundleData(dir);
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('the figure registry', () => {
  it('holds every figure once', () => {
    const ids = FIGURES.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(FIGURES.map((f) => [f.id, f] as const))('figure %s', (_id, figure) => {
  it('renders every instance in both languages', async () => {
    const instances = await figure.instances(data);
    // The fixture data is chosen so that every figure has something to draw.
    expect(instances.length).toBeGreaterThan(0);
    for (const params of instances) {
      const loaded = await figure.load(data, params);
      for (const lang of LANGS) {
        const id = instanceId(figure, params);
        const html = figureHtml(id, figure.id, figure.render(loaded, params, lang), lang, buildTimeRenderer());
        expect(html).toContain(`id="${id}"`);
        await expect(normaliseSvg(html)).toMatchFileSnapshot(`__snapshots__/${id}.${lang}.html`);
      }
    }
  });
});
