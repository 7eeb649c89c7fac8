import { csvText } from '../../pipelines/domain/csv.ts';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import type { TableCell } from '../lib/html.ts';
import type { ObservationRecord } from '../queries/observations-by-id.ts';
import type { FigureContent } from './figure.ts';

/** The columns a figure's CSV adds to its table's: the observation behind each row, and the dataset version. */
export const OBSERVATION_COLUMNS = ['unit_id', 'indicator_id', 'period', 'kind', 'value', 'rank', 'rank_of', 'comparator', 'source_title', 'source_url', 'source_publisher', 'source_published', 'note', 'dataset_version'] as const;

const cellText = (cell: TableCell) => (typeof cell === 'string' ? cell : cell.text);

/**
 * The data a figure shows, as CSV (UTF-8 with a BOM, the bundle's rules in pipelines/domain/csv.ts):
 * one line per row of its table, with the table's columns as the reader sees them and the
 * observation behind the row as published. A figure whose table lists observations lists one
 * source row per table row, in the table's order; a figure of counts (coverage, a locator) lists
 * none, and its observation columns stay empty.
 */
export function figureCsv(figureId: string, content: FigureContent, lang: Lang, observations: Map<string, ObservationRecord>, version: string): string {
  const { table, sources } = content;
  if (sources.length !== 0 && sources.length !== table.rows.length) {
    throw new Error(`figure ${figureId}: its table has ${table.rows.length} rows but it lists ${sources.length} source rows; the CSV needs one per table row, or none`);
  }
  const columns = [...table.columns, ...OBSERVATION_COLUMNS];
  if (new Set(columns).size !== columns.length) throw new Error(`figure ${figureId}: a table column is named like an observation column (${columns.join(', ')})`);
  const rows = table.rows.map((cells, i) => {
    const row: Record<string, string | number | null> = Object.fromEntries(table.columns.map((c, j) => [c, cellText(cells[j] ?? '')]));
    row.dataset_version = version;
    const source = sources[i] as (typeof sources)[number] & { obs_id?: string };
    if (!source) return row;
    const obs = source.obs_id ? observations.get(source.obs_id) : undefined;
    if (!obs) throw new Error(`figure ${figureId}: table row ${i + 1} has no observation (obs_id '${source.obs_id ?? ''}')`);
    return { ...row, ...obs, source_publisher: localized(obs, 'source_publisher', lang), note: localized(obs, 'note', lang) };
  });
  return csvText(columns, rows);
}
