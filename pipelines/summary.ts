import type { Bundle } from './bundle.ts';
import { DISTRICT_PAR_YEARS } from './domain/district-years.ts';
import { columnValues } from './lib/table-of.ts';

/** The short report `npm run data` ends with. */
export function summarise(bundle: Bundle): string {
  const observations = bundle.data.observations;
  const column = (name: string) => columnValues(observations, name) as string[];
  const indicators = column('indicator_id');
  const kinds = column('kind');
  const perIndicator = new Map<string, number>();
  for (const id of indicators) perIndicator.set(id, (perIndicator.get(id) ?? 0) + 1);
  const years = column('period_start').map((start) => start.slice(0, 4)).sort();
  const coverage = bundle.districtCoverage;
  const districts = new Set(coverage.map((c) => c.unit_id)).size;
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  const lines = [
    `observations: ${observations.numRows()} (${count('actual')} actual, ${count('target')} target, ${count('group')} group)`,
    'rows per dataset:',
    ...bundle.data.datasets.map((d) => `  ${String(d.rows).padStart(4)}  ${d.file}`),
    `units: ${bundle.data.units.numRows()} (${new Set(column('unit_id')).size} with figures)   sources: ${bundle.data.sources.numRows()}   indicators: ${perIndicator.size}   years: ${years[0]}–${years[years.length - 1]}`,
    'rows per indicator:',
    ...[...perIndicator.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, n]) => `  ${String(n).padStart(4)}  ${id}`),
    `district PAR INDEX coverage (units with a published score or rank, of ${districts}):`,
    ...DISTRICT_PAR_YEARS.map((year) => {
      const cells = coverage.filter((c) => c.year === year);
      const withFigure = cells.filter((c) => c.status !== 'missing').length;
      const scores = cells.filter((c) => c.has_score).length;
      const ranks = cells.filter((c) => c.has_rank).length;
      return `  ${year}: ${String(withFigure).padStart(2)}/${districts}  (scores ${scores}, ranks ${ranks})`;
    }),
    `files: ${bundle.files.map((f) => `${f.path} ${f.size} B`).join(', ')}`,
  ];
  return lines.join('\n');
}
