import type { ColumnTable } from 'arquero';
import { OBSERVATION_KEY } from './domain/vocabulary.ts';
import { irregularEntries, listDataFiles, unreadFiles } from './lib/data-files.ts';
import { DataValidationError, type DataIssue } from './lib/errors.ts';
import { checkStep, runStep, type Step, type StepResult } from './lib/step.ts';
import { columnValues, tableOf } from './lib/table-of.ts';
import type { Row } from './lib/table-schema.ts';
import { buildUnitNameIndex } from './lib/unit-names.ts';
import { observationsOutput } from './schemas/outputs.ts';
import { readBoundaries } from './steps/boundaries.ts';
import { contextStep } from './steps/context.ts';
import { disagreementsStep } from './steps/disagreements.ts';
import { indicatorsStep } from './steps/indicators.ts';
import { OBSERVATIONS_FOLDER, observationStep } from './steps/observations.ts';
import { reconciliationStep } from './steps/reconciliation.ts';
import type { Reference } from './steps/reference.ts';
import { sourcesStep } from './steps/sources.ts';
import { unitAliasesStep } from './steps/unit-aliases.ts';
import { unitsStep } from './steps/units.ts';

/** The validated, transformed base tables of the dataset, before the engine derives the views. */
export interface BuiltDataset {
  units: ColumnTable;
  unitAliases: ColumnTable;
  indicators: ColumnTable;
  sources: ColumnTable;
  observations: ColumnTable;
  context: ColumnTable;
  disagreements: ColumnTable;
  /** The boundaries and their licence note, published as they are. */
  boundaries: Map<string, Uint8Array>;
  /** Rows read from each observation dataset, by its file under data/. */
  datasets: { file: string; rows: number }[];
}

const byId = (table: ColumnTable | null) => new Map(((table?.objects() ?? []) as Row[]).map((r) => [r.id as string, r]));

/**
 * Duplicate observation keys across files (within a file the same check names both lines too).
 * Rows are matched on obs_id, the hash of the key, and then compared key to key: two different
 * keys with one id (a clash of the 12-character hash, possible with millions of rows) would give
 * the published table two rows with one primary key, so that is refused as well.
 */
export function duplicateKeys(results: StepResult[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const tables = results.filter((r) => r.table).map((result) => ({
    result,
    ids: columnValues(result.table!, 'obs_id') as string[],
    lines: columnValues(result.table!, 'line') as number[],
    keys: OBSERVATION_KEY.map((k) => columnValues(result.table!, k)),
  }));
  const keyOf = (table: (typeof tables)[number], row: number) => table.keys.map((column) => column[row] ?? '');
  const seen = new Map<string, { table: (typeof tables)[number]; row: number }>();
  for (const table of tables) {
    for (let row = 0; row < table.ids.length; row++) {
      const earlier = seen.get(table.ids[row]!);
      if (!earlier) {
        seen.set(table.ids[row]!, { table, row });
        continue;
      }
      const key = keyOf(table, row);
      const at = `${earlier.table.result.file}:${earlier.table.lines[earlier.row]}`;
      const message = keyOf(earlier.table, earlier.row).join('|') === key.join('|')
        ? `duplicate observation (unit, indicator, period, kind, source, group, as_of) = (${key.join(', ')}): expected each once, it is already at ${at}`
        : `observation (${key.join(', ')}) has the id ${table.ids[row]} of the different observation at ${at} (the ids are 12-character hashes of the key and these two clash): expected unique ids; tell the maintainers`;
      issues.push({ file: table.result.file, line: table.lines[row]!, column: 1, message });
    }
  }
  return issues;
}

/**
 * Runs every step over the raw files in `dataDir`: every CSV in observations/ is a dataset, and a
 * file that no step reads is an error. Throws a DataValidationError listing every problem in every
 * file when anything is wrong; nothing is returned half-built.
 */
export function buildDataset(dataDir: string): BuiltDataset {
  const folder = listDataFiles(dataDir);
  if (!folder) throw new DataValidationError([{ file: dataDir, line: 1, column: 1, message: 'the data folder cannot be read: expected a folder with units.csv, sources.csv, observations/ and the other files the README lists' }]);
  const units = runStep(unitsStep, dataDir, undefined);
  const unitsById = byId(units.table);
  const unitAliases = units.table ? runStep(unitAliasesStep, dataDir, { units: unitsById }) : checkStep(unitAliasesStep, dataDir);
  const indicators = runStep(indicatorsStep, dataDir, undefined);
  const sources = runStep(sourcesStep, dataDir, undefined);
  const references = [units, unitAliases, indicators, sources];
  // Without one of these tables every unit, indicator or source named elsewhere would be reported
  // as unknown, burying the one problem that matters: the other files are then checked on their own.
  const referencesRead = references.every((r) => r.table !== null);
  const run = <C>(step: Step<C>, context: () => C) => (referencesRead ? runStep(step, dataDir, context()) : checkStep(step, dataDir));
  const reference: Reference = {
    units: unitsById,
    names: buildUnitNameIndex({
      units: [...unitsById.values()].map((u) => ({ id: u.id as string, name_vi: u.name_vi as string })),
      aliases: ((unitAliases.table?.objects() ?? []) as Row[]).map((a) => ({ alias: a.alias as string, unit_id: a.unit_id as string })),
    }),
    indicators: byId(indicators.table),
    sources: new Set(byId(sources.table).keys()),
  };
  const datasetFiles = folder.files.filter((f) => f.startsWith(`${OBSERVATIONS_FOLDER}/`) && f.endsWith('.csv') && !f.slice(OBSERVATIONS_FOLDER.length + 1).includes('/'));
  const observationResults = datasetFiles.map((f) => run(observationStep(f.slice(OBSERVATIONS_FOLDER.length + 1, -4)), () => reference));
  const [first, ...others] = observationResults.map((r) => r.table).filter((t): t is ColumnTable => t !== null);
  // Ordered once and materialised, so every later reader scans plain arrays in the published order.
  const observations = (first ? first.concat(others) : tableOf([], observationsOutput.schema.fields.map((f) => f.name)))
    .orderby('indicator_id', 'period_start', 'unit_id', 'kind', 'source_id', 'group')
    .reify();
  const context = run(contextStep, () => ({ sources: reference.sources }));
  // The same holds for a dataset that could not be read: its observations would be "not found".
  const observationsRead = observationResults.every((r) => r.table !== null);
  const disagreements = observationsRead ? run(disagreementsStep, () => ({ reference, observations })) : checkStep(disagreementsStep, dataDir);
  const reconciliation = observationsRead ? run(reconciliationStep, () => ({ reference, observations })) : checkStep(reconciliationStep, dataDir);
  const boundaries = readBoundaries(dataDir, [...unitsById.values()]);

  const steps = [...references, ...observationResults, context, disagreements, reconciliation];
  const read = new Set([...steps.map((s) => s.path), ...boundaries.read]);
  const noObservations: DataIssue[] = datasetFiles.length === 0 ? [{ file: `${dataDir}/${OBSERVATIONS_FOLDER}`, line: 1, column: 1, message: 'expected at least one dataset: a CSV file of observations in this folder' }] : [];
  const issues = [
    ...irregularEntries(dataDir, folder.others, read),
    ...steps.flatMap((s) => s.issues),
    ...duplicateKeys(observationResults),
    ...boundaries.issues,
    ...noObservations,
    ...unreadFiles(dataDir, folder.files, read),
  ];
  if (issues.length > 0) throw new DataValidationError(issues);
  return {
    units: units.table!,
    unitAliases: unitAliases.table!,
    indicators: indicators.table!,
    sources: sources.table!,
    observations,
    context: context.table!,
    disagreements: disagreements.table!,
    boundaries: boundaries.files,
    datasets: observationResults.map((r) => ({ file: r.path, rows: r.rowCount })),
  };
}
