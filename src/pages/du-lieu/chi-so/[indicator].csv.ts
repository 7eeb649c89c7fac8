import type { APIRoute } from 'astro';
import { csvText } from '../../../../pipelines/domain/csv.ts';
import type { Cell } from '../../../../pipelines/domain/values.ts';
import { buildData } from '../../../engine/build-data.ts';
import { defineQuery } from '../../../engine/query.ts';
import { fileResponse } from '../../../lib/file-response.ts';
import { indicatorSummaries } from '../../../queries/indicator-summaries.ts';
import sql from '../../../queries/indicator-csv.sql?raw';

// The columns are those of the bundle's figures table, whatever they are: only the two it sorts and
// selects by are declared.
const indicatorCsvQuery = defineQuery(sql, { obs_id: 'string', indicator_id: 'string' });

export async function getStaticPaths() {
  return (await indicatorSummaries(buildData)).map((meta) => ({ params: { indicator: meta.id } }));
}

/** One indicator's figures as CSV, written at build time like the bundle's tables (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params }) => {
  const rows = await buildData.run(indicatorCsvQuery, [params.indicator!]);
  const columns = Object.keys(rows[0] ?? {});
  return fileResponse(csvText(columns, rows as unknown as Record<string, Cell>[]), 'text/csv; charset=utf-8');
};
