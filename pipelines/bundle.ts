import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import { BASE_TABLES, CHECKSUMS_FILE, DATAPACKAGE_FILE, tableFile } from './domain/bundle-files.ts';
import { BOUNDARY_ATTRIBUTION, DATASET_CITATION, datasetVersion } from './domain/citation.ts';
import { dataHash, releaseDate } from './lib/release.ts';
import { buildDataset, type BuiltDataset } from './build.ts';
import { buildDatapackage, type WrittenFile } from './datapackage.ts';
import { openEngine, readQueryResult, readViews, type Engine } from './engine.ts';
import { csvBlocks } from './lib/csv-write.ts';
import { stageFolder } from './lib/write-bundle.ts';
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
  /** Every table of the bundle: the base tables the steps build, then the exported views. */
  outputs: OutputTable[];
  /** Every file of the bundle, in the order written. */
  files: WrittenFile[];
  /** The district_par_index_coverage view, for the summary. */
  districtCoverage: Row[];
}

/**
 * Receives each file of the bundle as soon as it is made, as blocks to be read at once and in
 * order, so no file has to be held whole, nor all of them until the end.
 */
export type BundleSink = (name: string, blocks: Iterable<Uint8Array>) => void;

const encoder = new TextEncoder();

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
  const conflicts = await engine.query(`
    SELECT c.* FROM conflicts c
    WHERE NOT EXISTS (SELECT 1 FROM disagreements d WHERE d.unit_id = c.unit_id AND d.indicator_id = c.indicator_id AND d.period = c.period)`);
  return (conflicts.objects() as Row[]).map((c) => ({
    file: disagreementsFile,
    line: 1,
    column: 1,
    message: `sources disagree on ${String(c.indicator_id)} for ${String(c.unit_id)} in ${String(c.period)} (observations ${String(c.obs_ids).split(' ').join(', ')}): expected a note in this file explaining the disagreement`,
  }));
}

/**
 * Builds every output file and hands each to `sink` as it is made: the base tables from the steps,
 * then the views DuckDB derives from them. Every check runs before the first file is handed on, so
 * bad data throws before anything reaches the sink.
 */
export async function buildBundle(dataDir: string, sink: BundleSink): Promise<Bundle> {
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
  const views = readViews();
  const scratch = mkdtempSync(join(tmpdir(), 'par-bundle-'));
  try {
    const baseFiles = baseTables.map(([output, table]) => ({ output, table, parquet: toParquet(table, output.schema) }));
    const engine = await openEngine(baseFiles.map(({ output, parquet }) => ({ name: output.name, parquet })), views, scratch);
    const exported: { output: OutputTable; path: string }[] = [];
    try {
      const unexplained = await unexplainedConflicts(engine, `${dataDir}/disagreements.csv`);
      if (unexplained.length > 0) throw new DataValidationError(unexplained);
      for (const view of views.filter((v) => v.bundle)) {
        const path = join(scratch, `${view.name}.parquet`);
        await engine.exportQuery(`SELECT * FROM ${view.name}`, path);
        exported.push({ output: await viewOutput(engine, view), path });
      }
    } finally {
      engine.close();
    }

    // Every check has passed: from here on, files go to the sink one table at a time.
    const files: WrittenFile[] = [];
    const write = (name: string, blocks: Iterable<Uint8Array>) => {
      const hash = createHash('sha256');
      let size = 0;
      sink(name, (function* () {
        for (const block of blocks) {
          hash.update(block);
          size += block.length;
          yield block;
        }
      })());
      const file = { path: name, size, sha256: hash.digest('hex') };
      files.push(file);
      return file;
    };
    const described: { table: OutputTable; csv: WrittenFile; parquet: WrittenFile; arrow?: WrittenFile }[] = [];
    const writeTable = (output: OutputTable, table: ColumnTable, parquet: Uint8Array) => {
      const csv = write(tableFile(output.name, 'csv'), csvBlocks(table, output.schema));
      const written = write(tableFile(output.name, 'parquet'), [parquet]);
      // The base tables also as Arrow IPC: what the browser's engine loads (it derives the views itself).
      const arrow = (BASE_TABLES as readonly string[]).includes(output.name) ? write(tableFile(output.name, 'arrow'), [toArrowIPC(table, output.schema)]) : undefined;
      described.push({ table: output, csv, parquet: written, arrow });
    };
    for (const { output, table, parquet } of baseFiles) writeTable(output, table, parquet);
    let districtCoverage: Row[] = [];
    for (const { output, path } of exported) {
      const table = await readQueryResult(path);
      rmSync(path);
      writeTable(output, table, toParquet(table, output.schema));
      // The summary reports this one view (the coverage of the district index).
      if (output.name === 'district_par_index_coverage') districtCoverage = table.objects() as Row[];
    }
    const extras = [...data.boundaries].map(([path, bytes]) => write(path, [bytes]));
    const sourceRows = data.sources.objects() as Row[];
    const version = datasetVersion(releaseDate(dataDir, sourceRows.map((s) => s.published as string | null)), dataHash([...files]));
    write(DATAPACKAGE_FILE, [encoder.encode(`${JSON.stringify(buildDatapackage(described, sourceRows, extras, version), null, 2)}\n`)]);
    write('README.md', [encoder.encode(bundleReadme(data))]);
    const sums = [...files]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => `${f.sha256}  ${f.path}`)
      .join('\n');
    write(CHECKSUMS_FILE, [encoder.encode(`${sums}\n`)]);
    return { data, outputs: described.map((d) => d.table), files, districtCoverage };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Builds the bundle into a folder, replacing it whole, or leaves the folder as it was on any error. */
export async function publishBundle(dataDir: string, outDir: string): Promise<Bundle> {
  const staged = stageFolder(outDir);
  try {
    const bundle = await buildBundle(dataDir, staged.write);
    staged.commit();
    return bundle;
  } catch (error) {
    staged.discard();
    throw error;
  }
}
