import type { ColumnTable } from 'arquero';
import { DataValidationError, type DataIssue } from './lib/errors.ts';
import { runStep, type StepResult } from './lib/step.ts';
import { tableOf } from './lib/table-of.ts';
import type { Row } from './lib/table-schema.ts';
import { observationsOutput } from './schemas/outputs.ts';
import { buildUnitNameIndex } from './lib/unit-names.ts';
import { contextStep } from './steps/context.ts';
import { disagreementsStep } from './steps/disagreements.ts';
import { indicatorsStep } from './steps/indicators.ts';
import { OBSERVATION_DATASETS, observationKey, observationStep } from './steps/observations.ts';
import type { Reference } from './steps/reference.ts';
import { sourcesStep } from './steps/sources.ts';
import { unitAliasesStep } from './steps/unit-aliases.ts';
import { unitsStep } from './steps/units.ts';

/** The validated, transformed tables of the dataset, before the journalist tables are shaped. */
export interface BuiltDataset {
  units: ColumnTable;
  unitAliases: ColumnTable;
  indicators: ColumnTable;
  sources: ColumnTable;
  observations: ColumnTable;
  context: ColumnTable;
  disagreements: ColumnTable;
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
 * Runs every step over the raw files in `dataDir`. Throws a DataValidationError listing every
 * problem in every file when anything is wrong; nothing is returned half-built.
 */
export function buildDataset(dataDir: string): BuiltDataset {
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
  const observationResults = OBSERVATION_DATASETS.map((d) => runStep(observationStep(d), dataDir, reference));
  const observationTables = observationResults.map((r) => r.table).filter((t): t is ColumnTable => t !== null);
  const observations = (observationTables.length > 0 ? observationTables.reduce((a, b) => a.concat(b)) : tableOf([], observationsOutput.schema.fields.map((f) => f.name)))
    .orderby('indicator_id', 'period_start', 'unit_id', 'kind', 'source_id', 'group');
  const context = runStep(contextStep, dataDir, { sources: reference.sources });
  const disagreements = runStep(disagreementsStep, dataDir, { reference, observations });

  const steps = [units, unitAliases, indicators, sources, ...observationResults, context, disagreements];
  const issues = [...steps.flatMap((s) => s.issues), ...duplicateKeys(observationResults)];
  if (issues.length > 0) throw new DataValidationError(issues);
  return {
    units: units.table!,
    unitAliases: unitAliases.table!,
    indicators: indicators.table!,
    sources: sources.table!,
    observations,
    context: context.table!,
    disagreements: disagreements.table!,
  };
}
