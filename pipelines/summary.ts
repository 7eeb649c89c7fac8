import type { Bundle } from './bundle.ts';
import { DISTRICT_PAR_YEARS } from './domain/district-years.ts';

/** The short report `npm run data` ends with. */
export function summarise(bundle: Bundle): string {
  const observations = bundle.tables.get('observations')!;
  const perIndicator = new Map<string, number>();
  for (const o of observations) perIndicator.set(o.indicator_id as string, (perIndicator.get(o.indicator_id as string) ?? 0) + 1);
  const years = observations.map((o) => (o.period_start as string).slice(0, 4)).sort();
  const coverage = bundle.tables.get('district_par_index_coverage')!;
  const districts = new Set(coverage.map((c) => c.unit_id)).size;
  const count = (kind: string) => observations.filter((o) => o.kind === kind).length;
  const lines = [
    `observations: ${observations.length} (${count('actual')} actual, ${count('target')} target, ${count('group')} group)`,
    'rows per dataset:',
    ...bundle.data.datasets.map((d) => `  ${String(d.rows).padStart(4)}  ${d.file}`),
    `units: ${bundle.tables.get('units')!.length} (${new Set(observations.map((o) => o.unit_id)).size} with figures)   sources: ${bundle.tables.get('sources')!.length}   indicators: ${perIndicator.size}   years: ${years[0]}–${years[years.length - 1]}`,
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
    `files: ${[...bundle.files.entries()].map(([name, c]) => `${name} ${c.length} B`).join(', ')}`,
  ];
  return lines.join('\n');
}
