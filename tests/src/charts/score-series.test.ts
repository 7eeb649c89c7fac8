import { LAYOUTS } from '../../../src/charts/layout.ts';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/charts/render.ts';
import { scoreSeriesChart, type ScoreRow } from '../../../src/charts/score-series.ts';

import { normaliseSvg } from '../../helpers/svg.ts';

const rows: ScoreRow[] = [
  { year: 2019, value: 95.61, source_id: 'a', source_publisher_en: 'A', source_publisher_vi: 'A', source_title: 'a', source_published: '2020-05-05', source_url: null },
  { year: 2020, value: 94.22, source_id: 'b', source_publisher_en: 'B', source_publisher_vi: 'B', source_title: 'b', source_published: '2021-05', source_url: null },
  { year: 2021, value: 95.24, source_id: 'c', source_publisher_en: 'C', source_publisher_vi: 'C', source_title: 'c', source_published: null, source_url: null },
];

describe('scoreSeriesChart', () => {
  it('draws one dot per published score and leaves other years empty', async () => {
    const svg = renderSvg(scoreSeriesChart(rows, { lang: 'vi', layout: LAYOUTS[0]!, years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] }));
    expect((svg.match(/<circle/g) ?? []).length).toBe(3);
    expect(svg).toContain('>95,61<');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/score-series-vi.svg');
  });
});
