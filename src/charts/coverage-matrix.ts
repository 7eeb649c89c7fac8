import * as Plot from '@observablehq/plot';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { CHART_FONT_SIZE, textWidth, type ChartLayout } from './layout.ts';
import { yearTicks } from './score-series.ts';
import { COLORS, hatchPattern } from './theme.ts';

export type CoverageStatus = 'published' | 'disagreeing' | 'missing';

/** One cell of the coverage view: a row (a unit or an indicator) in one year. */
export interface CoverageCell {
  row: string;
  rowLabel: string;
  year: number;
  status: CoverageStatus;
}

const MISSING_ID = 'coverage-missing';
export const COVERAGE_FILL = { published: COLORS.published, disagreeing: COLORS.disagreement, missing: `url(#${MISSING_ID})` } as const;

/**
 * Rows (units or indicators) by years; a missing cell is hatched, never coloured as if it had data.
 * Row names go to the left when they fit in a third of the width, otherwise on a line above their row.
 */
export function coverageMatrixChart(cells: CoverageCell[], { lang, layout }: { lang: Lang; layout: ChartLayout }): Plot.PlotOptions {
  const rows = [...new Set(cells.map((c) => c.rowLabel))];
  const years = [...new Set(cells.map((c) => c.year))].sort();
  const label = { published: t(lang, 'covPublished'), disagreeing: t(lang, 'covDisagreeing'), missing: t(lang, 'covMissing') };
  const widest = Math.max(...rows.map((r) => textWidth(r)));
  const above = widest > layout.width / 3;
  const marginLeft = above ? 2 : Math.ceil(widest) + 10;
  // Names too long for one line wrap; every row gets room for the longest.
  const lines = above ? Math.ceil(widest / (layout.width - 4)) : 0;
  const rowHeight = 20 + lines * 17;
  return {
    width: layout.width,
    height: rows.length * rowHeight + 34,
    marginLeft,
    marginRight: 2,
    marginTop: 28,
    marginBottom: 4,
    x: { type: 'band', domain: years, axis: 'top', label: null, tickSize: 0, ticks: yearTicks(years, layout.width - marginLeft), tickFormat: (y: number) => String(y) },
    y: { domain: rows, label: null, tickSize: 0, axis: above ? null : 'left' },
    color: { type: 'identity' },
    marks: [
      hatchPattern(MISSING_ID, '#b0b0b0'),
      Plot.cell(cells, { x: 'year', y: 'rowLabel', fill: (c: CoverageCell) => COVERAGE_FILL[c.status], inset: 1, insetTop: rowHeight - 19, title: (c: CoverageCell) => `${c.rowLabel}, ${c.year}: ${label[c.status]}` }),
      ...(above ? [Plot.text(rows, { y: (r: string) => r, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', dy: -rowHeight / 2 + 1, fill: COLORS.ink, lineWidth: (layout.width - 4) / CHART_FONT_SIZE, text: (r: string) => r })] : []),
    ],
  };
}
