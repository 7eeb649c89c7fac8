import * as Plot from '@observablehq/plot';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
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
 * labelWidth is the room for the row labels in pixels; the chart widens with it.
 */
export function coverageMatrixChart(cells: CoverageCell[], { lang, labelWidth = 120 }: { lang: Lang; labelWidth?: number }): Plot.PlotOptions {
  const rows = [...new Set(cells.map((c) => c.rowLabel))];
  const label = { published: t(lang, 'covPublished'), disagreeing: t(lang, 'covDisagreeing'), missing: t(lang, 'covMissing') };
  return {
    width: 400 + labelWidth,
    height: rows.length * 16 + 50,
    marginLeft: labelWidth,
    x: { type: 'band', label: null, tickFormat: (y: number) => String(y) },
    y: { domain: rows, label: null, tickSize: 0 },
    color: { type: 'identity' },
    ariaLabel: t(lang, 'coverageDesc'),
    marks: [
      hatchPattern(MISSING_ID, '#b0b0b0'),
      Plot.cell(cells, { x: 'year', y: 'rowLabel', fill: (c: CoverageCell) => COVERAGE_FILL[c.status], inset: 1, title: (c: CoverageCell) => `${c.rowLabel}, ${c.year}: ${label[c.status]}` }),
    ],
  };
}
