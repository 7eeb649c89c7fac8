import type { ColumnTable } from 'arquero';
import { observationKey } from './domain/vocabulary.ts';
import { listDataFiles, unreadFiles } from './lib/data-files.ts';
import { DataValidationError, type DataIssue } from './lib/errors.ts';
import { runStep, type StepResult } from './lib/step.ts';
import { tableOf } from './lib/table-of.ts';
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

/** Duplicate observation keys across files (within a file the same check names both lines too). */
function duplicateKeys(results: StepResult[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  for (const result of results) {
    for (const row of (result.table?.objects() ?? []) as Row[]) {
      const key = observationKey(row);
      const earlier = seen.get(key);
      const line = row.line as number;
      if (earlier) {
        issues.push({ file: result.file, line, column: 1, message: `duplicate observation (unit, indicator, period, kind, source, group, as_of) = (${key.split('|').join(', ')}): expected each once, it is already at ${earlier.file}:${earlier.line}` });
      } else {
        seen.set(key, { file: result.file, line });
      }
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
  const files = listDataFiles(dataDir);
  const units = runStep(unitsStep, dataDir, undefined);
  const unitsById = byId(units.table);
  const unitAliases = runStep(unitAliasesStep, dataDir, { units: unitsById });
  const indicators = runStep(indicatorsStep, dataDir, undefined);
  const sources = runStep(sourcesStep, dataDir, undefined);
  const reference: Reference = {
    units: unitsById,
    names: buildUnitNameIndex({
      units: [...unitsById.values()].map((u) => ({ id: u.id as string, name_vi: u.name_vi as string })),
      aliases: ((unitAliases.table?.objects() ?? []) as Row[]).map((a) => ({ alias: a.alias as string, unit_id: a.unit_id as string })),
    }),
    indicators: byId(indicators.table),
    sources: new Set(byId(sources.table).keys()),
  };
  const datasetFiles = files.filter((f) => f.startsWith(`${OBSERVATIONS_FOLDER}/`) && f.endsWith('.csv') && !f.slice(OBSERVATIONS_FOLDER.length + 1).includes('/'));
  const observationResults = datasetFiles.map((f) => runStep(observationStep(f.slice(OBSERVATIONS_FOLDER.length + 1, -4)), dataDir, reference));
  const observationTables = observationResults.map((r) => r.table).filter((t): t is ColumnTable => t !== null);
  const observations = (observationTables.length > 0 ? observationTables.reduce((a, b) => a.concat(b)) : tableOf([], observationsOutput.schema.fields.map((f) => f.name)))
    .orderby('indicator_id', 'period_start', 'unit_id', 'kind', 'source_id', 'group');
  const context = runStep(contextStep, dataDir, { sources: reference.sources });
  const disagreements = runStep(disagreementsStep, dataDir, { reference, observations });
  const reconciliation = runStep(reconciliationStep, dataDir, { reference, observations: observations.objects() as Row[] });
  const boundaries = readBoundaries(dataDir, [...unitsById.values()]);

  const steps = [units, unitAliases, indicators, sources, ...observationResults, context, disagreements, reconciliation];
  const read = new Set([...steps.map((s) => s.path), ...boundaries.read]);
  const noObservations: DataIssue[] = datasetFiles.length === 0 ? [{ file: `${dataDir}/${OBSERVATIONS_FOLDER}`, line: 1, column: 1, message: 'expected at least one dataset: a CSV file of observations in this folder' }] : [];
  const issues = [...steps.flatMap((s) => s.issues), ...duplicateKeys(observationResults), ...boundaries.issues, ...noObservations, ...unreadFiles(dataDir, files, read)];
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
