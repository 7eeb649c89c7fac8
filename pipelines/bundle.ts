import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import { buildDataset, type BuiltDataset } from './build.ts';
import { BOUNDARIES_FILE, buildDatapackage, BOUNDARY_ATTRIBUTION, CITATION, CITATION_VI, sha256, type WrittenFile } from './datapackage.ts';
import { toCsv } from './lib/csv-write.ts';
import { DataValidationError } from './lib/errors.ts';
import { toParquet } from './lib/parquet-write.ts';
import type { Row } from './lib/table-schema.ts';
import * as outputs from './schemas/outputs.ts';
import { districtCoverage, districtParIndex, hanoiNational, onlineServices } from './shape-tables.ts';

export interface Bundle {
  data: BuiltDataset;
  files: Map<string, Uint8Array | string>;
  tables: Map<string, Row[]>;
}

const encoder = new TextEncoder();

function rowsFor(table: ColumnTable, output: outputs.OutputTable): Row[] {
  const names = output.schema.fields.map((f) => f.name);
  return (table.objects() as Row[]).map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null])));
}

function bundleReadme(data: BuiltDataset): string {
  return `# Hà Nội administrative reform: data bundle

Published figures on administrative reform in Hà Nội, each tied to a source record. Tables come as
CSV (UTF-8 with BOM, dot decimals, ISO dates) and Parquet; \`datapackage.json\` describes every
column (Frictionless Data Package v2) and \`SHA256SUMS\` lets you check the files.

- ${data.observations.numRows()} observations, ${data.sources.numRows()} sources, ${data.units.numRows()} units, ${data.indicators.numRows()} indicators.
- Gaps are gaps: a unit or year that is not in a table was not published in the sources we hold.
- Where sources disagree both figures are kept; \`disagreements\` explains each case.
- \`kind = group\` rows record membership of an unordered top/bottom set or a "followed by" list. They are not ranks.

## Licence and citation

Compiled data: CC BY 4.0. Cite as:

> ${CITATION}

> ${CITATION_VI}

${BOUNDARY_ATTRIBUTION}

## Opening the files

- DuckDB: \`SELECT * FROM 'observations.parquet' WHERE indicator_id = 'par_index_district';\`
- pandas: \`pd.read_parquet('observations.parquet')\` or \`pd.read_csv('observations.csv', encoding='utf-8-sig')\`
- R: \`arrow::read_parquet('observations.parquet')\`
`;
}

/** Builds every output file in memory; nothing touches the disk here. */
export function buildBundle(dataDir: string): Bundle {
  const data = buildDataset(dataDir);
  const districtTable = districtParIndex(data);
  const shaped: [outputs.OutputTable, ColumnTable][] = [
    [outputs.observationsOutput, data.observations],
    [outputs.unitsOutput, data.units],
    [outputs.unitAliasesOutput, data.unitAliases],
    [outputs.indicatorsOutput, data.indicators],
    [outputs.sourcesOutput, data.sources],
    [outputs.contextOutput, data.context],
    [outputs.disagreementsOutput, data.disagreements],
    [outputs.districtParIndexOutput, districtTable],
    [outputs.districtCoverageOutput, districtCoverage(data, districtTable)],
    [outputs.hanoiNationalOutput, hanoiNational(data)],
    [outputs.onlineServicesOutput, onlineServices(data)],
  ];
  const files = new Map<string, Uint8Array | string>();
  const tables = new Map<string, Row[]>();
  const described: { table: outputs.OutputTable; csv: WrittenFile; parquet: WrittenFile }[] = [];
  for (const [output, table] of shaped) {
    const rows = rowsFor(table, output);
    tables.set(output.name, rows);
    const csv = { path: `${output.name}.csv`, bytes: encoder.encode(toCsv(rows, output.schema)) };
    const parquet = { path: `${output.name}.parquet`, bytes: toParquet(rows, output.schema) };
    files.set(csv.path, csv.bytes);
    files.set(parquet.path, parquet.bytes);
    described.push({ table: output, csv, parquet });
  }
  const boundariesFile = join(dataDir, 'geo', BOUNDARIES_FILE);
  if (!existsSync(boundariesFile)) {
    throw new DataValidationError([{ file: boundariesFile, line: 1, column: 1, message: 'the file is missing: expected the TopoJSON of the district boundaries (object hanoi_districts)' }]);
  }
  const boundaries = { path: BOUNDARIES_FILE, bytes: new Uint8Array(readFileSync(boundariesFile)) };
  files.set(boundaries.path, boundaries.bytes);
  const datapackage = encoder.encode(`${JSON.stringify(buildDatapackage(described, tables.get('sources')!, boundaries), null, 2)}\n`);
  files.set('datapackage.json', datapackage);
  files.set('README.md', encoder.encode(bundleReadme(data)));
  const sums = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, content]) => `${sha256(typeof content === 'string' ? encoder.encode(content) : content)}  ${name}`)
    .join('\n');
  files.set('SHA256SUMS', `${sums}\n`);
  return { data, files, tables };
}
