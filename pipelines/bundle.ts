import type { ColumnTable } from 'arquero';
import { BASE_TABLES, CHECKSUMS_FILE, DATAPACKAGE_FILE, tableFile } from './domain/bundle-files.ts';
import { BOUNDARY_ATTRIBUTION, DATASET_CITATION } from './domain/citation.ts';
import { buildDataset, type BuiltDataset } from './build.ts';
import { buildDatapackage, sha256, type WrittenFile } from './datapackage.ts';
import { openEngine, readViews, type Engine } from './engine.ts';
import { toCsv } from './lib/csv-write.ts';
import { DataValidationError, type DataIssue } from './lib/errors.ts';
import { toArrowIPC } from './lib/arrow-write.ts';
import { toParquet } from './lib/parquet-write.ts';
import type { Field, Row } from './lib/table-schema.ts';
import * as base from './schemas/outputs.ts';
import type { ForeignKey, OutputTable } from './schemas/outputs.ts';
import { VIEW_FIELDS, viewField } from './schemas/view-fields.ts';
import { BOUNDARIES_NOTE_FILE } from './steps/boundaries.ts';

export interface Bundle {
  data: BuiltDataset;
  files: Map<string, Uint8Array | string>;
  /** Every table of the bundle: the base tables the steps build, then the exported views. */
  outputs: OutputTable[];
  tables: Map<string, Row[]>;
}

const encoder = new TextEncoder();

function rowsFor(table: ColumnTable, output: OutputTable): Row[] {
  const names = output.schema.fields.map((f) => f.name);
  return (table.objects() as Row[]).map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null])));
}

function bundleReadme(data: BuiltDataset): string {
  return `# Hà Nội administrative reform: data bundle

Published figures on administrative reform in Hà Nội, each tied to a source record. Tables come as
CSV (UTF-8 with BOM, dot decimals, ISO dates) and Parquet, and the base tables also as Arrow IPC
streams (\`.arrow\`, what the site's in-browser engine loads); \`${DATAPACKAGE_FILE}\` describes every
column (Frictionless Data Package v2) and \`${CHECKSUMS_FILE}\` lets you check the files.

- ${data.observations.numRows()} observations, ${data.sources.numRows()} sources, ${data.units.numRows()} units, ${data.indicators.numRows()} indicators.
- Gaps are gaps: a unit or year that is not in a table was not published in the sources we hold.
- Where sources disagree both figures are kept; \`disagreements\` explains each case.
- \`kind = group\` rows record membership of an unordered top/bottom set or a "followed by" list. They are not ranks.
- \`figures\` is every observation with the names of its unit, indicator and source in one table.

## Licence and citation

Compiled data: CC BY 4.0. Cite as:

> ${DATASET_CITATION.en}

> ${DATASET_CITATION.vi}

${BOUNDARY_ATTRIBUTION.en} See \`${BOUNDARIES_NOTE_FILE}\`.

## Opening the files

- DuckDB: \`SELECT * FROM 'observations.parquet' WHERE indicator_id = 'par_index_district';\`
- pandas: \`pd.read_parquet('observations.parquet')\` or \`pd.read_csv('observations.csv', encoding='utf-8-sig')\`
- R: \`arrow::read_parquet('observations.parquet')\`
`;
}

/** The bundle table of an exported view: its columns typed by DuckDB and described by VIEW_FIELDS. */
async function viewOutput(engine: Engine, view: ReturnType<typeof readViews>[number]): Promise<OutputTable> {
  const columns = await engine.describe(view.name);
  const fields: Field[] = [];
  const foreignKeys: ForeignKey[] = [];
  for (const column of columns) {
    const field = viewField(column.name, column.type);
    if (!field) throw new Error(`view ${view.name}: column ${column.name} (${column.type}) has no description in pipelines/schemas/view-fields.ts or a type the bundle cannot write`);
    fields.push(field);
    const reference = VIEW_FIELDS[column.name]?.references;
    if (reference && reference.resource !== view.name) foreignKeys.push({ fields: [column.name], reference });
  }
  return { name: view.name, title_en: view.title_en, title_vi: view.title_vi, description_en: view.description_en, description_vi: view.description_vi, schema: { fields, primaryKey: view.primaryKey }, foreignKeys };
}

/** Disagreements that have no note in data/disagreements.csv: the site could not explain them. */
async function unexplainedConflicts(engine: Engine, disagreementsFile: string): Promise<DataIssue[]> {
  const rows = await engine.rows(`
    SELECT c.* FROM conflicts c
    WHERE NOT EXISTS (SELECT 1 FROM disagreements d WHERE d.unit_id = c.unit_id AND d.indicator_id = c.indicator_id AND d.period = c.period)`);
  return rows.map((c) => ({
    file: disagreementsFile,
    line: 1,
    column: 1,
    message: `sources disagree on ${String(c.indicator_id)} for ${String(c.unit_id)} in ${String(c.period)} (observations ${String(c.obs_ids).split(' ').join(', ')}): expected a note in this file explaining the disagreement`,
  }));
}

/**
 * Builds every output file in memory: the base tables from the steps, then the views DuckDB derives
 * from them. Nothing touches the disk here; a problem anywhere throws before anything is returned.
 */
export async function buildBundle(dataDir: string): Promise<Bundle> {
  const data = buildDataset(dataDir);
  const baseTables: [OutputTable, ColumnTable][] = [
    [base.observationsOutput, data.observations],
    [base.unitsOutput, data.units],
    [base.unitAliasesOutput, data.unitAliases],
    [base.indicatorsOutput, data.indicators],
    [base.sourcesOutput, data.sources],
    [base.contextOutput, data.context],
    [base.disagreementsOutput, data.disagreements],
  ];
  const tables = new Map<string, Row[]>(baseTables.map(([output, table]) => [output.name, rowsFor(table, output)]));
  const views = readViews();
  const engine = await openEngine(baseTables.map(([output]) => ({ name: output.name, schema: output.schema, rows: tables.get(output.name)! })), views);
  const outputs: OutputTable[] = baseTables.map(([output]) => output);
  try {
    const unexplained = await unexplainedConflicts(engine, `${dataDir}/disagreements.csv`);
    if (unexplained.length > 0) throw new DataValidationError(unexplained);
    for (const view of views.filter((v) => v.bundle)) {
      const output = await viewOutput(engine, view);
      outputs.push(output);
      tables.set(view.name, await engine.rows(`SELECT * FROM ${view.name}`));
    }
  } finally {
    engine.close();
  }

  const files = new Map<string, Uint8Array | string>();
  const described: { table: OutputTable; csv: WrittenFile; parquet: WrittenFile; arrow?: WrittenFile }[] = [];
  for (const output of outputs) {
    const rows = tables.get(output.name)!;
    const csv = { path: tableFile(output.name, 'csv'), bytes: encoder.encode(toCsv(rows, output.schema)) };
    const parquet = { path: tableFile(output.name, 'parquet'), bytes: toParquet(rows, output.schema) };
    // The base tables also as Arrow IPC: what the browser's engine loads (views it derives itself).
    const arrow = (BASE_TABLES as readonly string[]).includes(output.name) ? { path: tableFile(output.name, 'arrow'), bytes: toArrowIPC(rows, output.schema) } : undefined;
    for (const file of [csv, parquet, arrow]) if (file) files.set(file.path, file.bytes);
    described.push({ table: output, csv, parquet, arrow });
  }
  const extras = [...data.boundaries].map(([path, bytes]) => ({ path, bytes }));
  for (const extra of extras) files.set(extra.path, extra.bytes);
  files.set(DATAPACKAGE_FILE, encoder.encode(`${JSON.stringify(buildDatapackage(described, tables.get('sources')!, extras), null, 2)}\n`));
  files.set('README.md', encoder.encode(bundleReadme(data)));
  const sums = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, content]) => `${sha256(typeof content === 'string' ? encoder.encode(content) : content)}  ${name}`)
    .join('\n');
  files.set(CHECKSUMS_FILE, `${sums}\n`);
  return { data, files, outputs, tables };
}
