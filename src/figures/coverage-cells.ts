import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { coverageMatrixChart, COVERAGE_FILL, type CoverageStatus } from '../charts/coverage-matrix.ts';
import type { RowOf } from '../engine/query.ts';
import { formatNumber, t, type MessageKey } from '../i18n/t.ts';
import { COVERAGE_CELLS } from '../lib/bounds.ts';
import type { FigureContent } from './figure.ts';

/** The columns both coverage queries return: one row of the matrix (a unit or an indicator) in one year. */
export const COVERAGE_COLUMNS = { row: 'string', label_vi: 'string', label_en: 'string', year: 'number', status: 'string' } as const;
export type CoverageQueryRow = RowOf<typeof COVERAGE_COLUMNS>;

const STATUS_TEXT: Record<CoverageStatus, MessageKey> = { published: 'covPublished', disagreeing: 'covDisagreeing', missing: 'covMissing' };

/** The body of a coverage figure: the matrix (whole rows within `budget` cells), its legend, and the same cells as a table. */
export function coverageContent(rows: CoverageQueryRow[], text: { title: string; description: string; rowHeader: string }, lang: Lang, budget = COVERAGE_CELLS): FigureContent {
  const cells = rows.map((r) => ({ row: r.row, rowLabel: localized(r, 'label', lang), year: r.year, status: r.status as CoverageStatus }));
  const years = [...new Set(cells.map((c) => c.year))].sort();
  const matrixRows = [...new Map(cells.map((c) => [c.row, c.rowLabel])).entries()];
  // The matrix draws its first rows, whole, while their cells fit; the table lists every row.
  const drawnRows = new Set(matrixRows.slice(0, Math.max(1, Math.floor(budget / Math.max(1, years.length)))).map(([row]) => row));
  const drawn = cells.filter((c) => drawnRows.has(c.row));
  const cellAt = new Map(cells.map((c) => [`${c.row}|${c.year}`, c]));
  return {
    title: text.title,
    description: text.description,
    ...(drawnRows.size < matrixRows.length ? { note: t(lang, 'rowsNotDrawn', { shown: formatNumber(lang, drawnRows.size), total: formatNumber(lang, matrixRows.length) }) } : {}),
    chart: (layout) => coverageMatrixChart(drawn, { lang, layout }),
    legend: [
      { kind: 'color', color: COVERAGE_FILL.published, label: t(lang, 'covPublished') },
      { kind: 'color', color: COVERAGE_FILL.disagreeing, label: t(lang, 'covDisagreeing') },
      { kind: 'hatch', label: t(lang, 'covMissing') },
    ],
    table: {
      caption: text.title,
      columns: [text.rowHeader, ...years.map(String)],
      rows: matrixRows.map(([row, label]) => [label, ...years.map((y) => {
        const cell = cellAt.get(`${row}|${y}`);
        return cell ? t(lang, STATUS_TEXT[cell.status]) : '';
      })]),
    },
    sources: [],
  };
}
