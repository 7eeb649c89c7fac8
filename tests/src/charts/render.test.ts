import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { compactPolygon, instanceChartRenderer, renderSvg, xmlAttributes } from '../../../src/charts/render.ts';

// A chart with an id inside it (the clip path of a clipped mark), at a given width.
const clipped = (width: number): Plot.PlotOptions => ({ width, height: 120, marks: [Plot.dot([{ x: 1, y: 2 }, { x: 3, y: 4 }], { x: 'x', y: 'y', clip: true })] });
const clipIds = (svg: string) => [...svg.matchAll(/<clipPath id="([^"]+)"/g)].map((m) => m[1]);

describe('instanceChartRenderer', () => {
  it('draws each width once: a later chart of that width is the same drawing with its own ids', () => {
    const renderer = instanceChartRenderer();
    const page = renderer.svg(clipped(336), 'page');
    const embed = renderer.svg(clipped(336), 'embed');
    expect(clipIds(page)).toHaveLength(1);
    expect(clipIds(page)[0]).toMatch(/^page-/);
    expect(clipIds(embed)[0]).toMatch(/^embed-/);
    expect(embed.replaceAll('embed-', 'page-')).toBe(page);
    // A fresh drawing takes a fresh clip id from Plot's counter; the remembered one does not.
    expect(renderSvg(clipped(336), 'page')).not.toBe(page);
  });

  it('asks its keeper for each width once, and draws only when the keeper has nothing', () => {
    const kept = new Map<number, string>();
    const keep = (width: number, draw: () => string) => kept.get(width) ?? kept.set(width, draw()).get(width)!;
    const first = instanceChartRenderer(keep).svg(clipped(336), 'page');
    expect(kept.size).toBe(1);
    // A later renderer of the same instance (a later route) gets the kept drawing, not a new one with a new clip id.
    expect(instanceChartRenderer(keep).svg(clipped(336), 'page')).toBe(first);
    expect(instanceChartRenderer().svg(clipped(336), 'page')).not.toBe(first);
  });

  it('draws another width anew', () => {
    const renderer = instanceChartRenderer();
    const narrow = renderer.svg(clipped(336), 'a');
    const wide = renderer.svg(clipped(800), 'a');
    expect(narrow).toMatch(/width="336"/);
    expect(wide).toMatch(/width="800"/);
  });
});

describe('compactPolygon', () => {
  it('writes an outline as relative moves on whole units (pairs after a move are lines), closing back to its start', () => {
    expect(compactPolygon('M10.4,10.6L20.2,10.4L20.2,20Z')).toBe('m10,11 10,-1 0,10z');
  });
});

describe('xmlAttributes', () => {
  it('escapes a bare &, < and > in attribute values, and leaves entities, text and other attributes as they are', () => {
    const svg = '<svg aria-label="North Central & Central Coast <2023>" fill="#fff"><title>A & B</title><a href="?a=1&amp;b=2"></a><g aria-label="&#39;x&#x27; &lt;"></g></svg>';
    expect(xmlAttributes(svg)).toBe('<svg aria-label="North Central &amp; Central Coast &lt;2023&gt;" fill="#fff"><title>A & B</title><a href="?a=1&amp;b=2"></a><g aria-label="&#39;x&#x27; &lt;"></g></svg>');
  });
});
