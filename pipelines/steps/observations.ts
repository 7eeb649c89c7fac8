import { hash } from 'node:crypto';
import * as aq from 'arquero';
import { DATA_YEARS } from '../domain/data-years.ts';
import type { DataIssue } from '../lib/errors.ts';
import { PERIOD_EXPECTED, parsePeriod, type PeriodSpan } from '../lib/period.ts';
import type { Step } from '../lib/step.ts';
import type { LocatedRow } from '../lib/validate-table.ts';
import type { Cell, Row } from '../lib/table-schema.ts';
import { observationKey } from '../domain/vocabulary.ts';
import { observationsOutput } from '../schemas/outputs.ts';
import { observationsRawSchema } from '../schemas/raw.ts';
import type { Reference } from './reference.ts';

/** Every CSV file in this folder of the data is a dataset of observations, named after the file. */
export const OBSERVATIONS_FOLDER = 'observations';

export function observationId(row: Row): string {
  return hash('sha256', observationKey(row), 'hex').slice(0, 12);
}

/** A period with its label, shared by every row that states it. */
type LabelledPeriod = PeriodSpan & { label: string };

/** The problems of the rows of one file, each at the position of the column it is about. */
class RowProblems {
  /** The row being checked: set for each row rather than a closure made per row. */
  row!: LocatedRow;
  readonly issues: DataIssue[];
  readonly file: string;
  constructor(issues: DataIssue[], file: string) {
    this.issues = issues;
    this.file = file;
  }

  add(column: string, message: string): void {
    this.issues.push({ file: this.file, ...this.row.at(column), message: `column '${column}': ${message}` });
  }
}

/**
 * Checks one row against the reference tables; adds its problems to `problems` and returns the row
 * with its unit resolved and its period spelled out, or null when it has a problem.
 */
function checkRow(located: LocatedRow, reference: Reference, periodOf: (label: string) => LabelledPeriod | null, problems: RowProblems): Row | null {
  const row = located.values;
  const found = problems.issues.length;
  problems.row = located;

  const unitId = reference.names.resolve(row.unit as string);
  if (!unitId) problems.add('unit', `expected a unit id or a name listed in unit-aliases.csv, found unknown unit '${row.unit as string}'`);
  const indicator = reference.indicators.get(row.indicator as string);
  if (!indicator) problems.add('indicator', `expected an indicator id from indicators.csv, found unknown indicator '${row.indicator as string}'`);
  if (!reference.sources.has(row.source as string)) problems.add('source', `expected a source id from sources.csv, found unknown source '${row.source as string}'`);
  const span = periodOf(row.period as string);
  if (!span) problems.add('period', `expected ${PERIOD_EXPECTED}, found '${row.period as string}'`);
  else if (Number(span.start.slice(0, 4)) < DATA_YEARS.first || Number(span.end.slice(0, 4)) > DATA_YEARS.last) {
    problems.add('period', `expected a period within ${DATA_YEARS.first}–${DATA_YEARS.last} (the years the data can cover), found '${row.period as string}'`);
  }

  const value = row.value as number | null;
  const rank = row.rank as number | null;
  const rankOf = row.rank_of as number | null;
  switch (row.kind) {
    case 'group':
      if (!row.group) problems.add('group', 'expected the name of the set for a group row (e.g. top:3)');
      if (value !== null || rank !== null) problems.add(value !== null ? 'value' : 'rank', 'expected no value or rank on a group row: membership of a set is not a rank');
      break;
    case 'target':
      if (!row.comparator) problems.add('comparator', 'expected how the target is stated (=, >=, >) on a target row');
      if (value === null && rank === null) problems.add('value', 'expected a value or a rank on a target row');
      if (row.group) problems.add('group', 'expected no group on a target row');
      break;
    default:
      if (value === null && rank === null) problems.add('value', 'expected a value or a rank on an actual row');
      if (row.group) problems.add('group', 'expected no group on an actual row');
  }
  if (indicator && value !== null) {
    const min = indicator.scale_min as number | null;
    const max = indicator.scale_max as number | null;
    if ((min !== null && value < min) || (max !== null && value > max)) {
      problems.add('value', `expected a value within the scale of '${indicator.id as string}' (${min ?? '…'} to ${max ?? '…'} ${indicator.unit as string}), found ${value}`);
    }
  }
  if (rankOf !== null && rank === null) problems.add('rank_of', 'expected a rank next to rank_of');
  if (Boolean(row.note_en) !== Boolean(row.note_vi)) problems.add(row.note_en ? 'note_vi' : 'note_en', 'expected the note in both languages (note_en and note_vi): every page shows it in its own language');
  if (rank !== null) {
    const of = rankOf ?? (indicator?.rank_of as number | null) ?? null;
    if (rank < 1 || (of !== null && rank > of)) problems.add('rank', `expected a rank from 1 to ${of ?? 'the number ranked'}, found ${rank}`);
  }
  if (unitId && span) {
    const unit = reference.units.get(unitId)!;
    if (unit.valid_until && span.start > (unit.valid_until as string)) {
      problems.add('period', `unit '${unitId}' existed until ${unit.valid_until as string}: expected a period that starts by then, found '${row.period as string}'`);
    }
    if (unit.valid_from && span.end < (unit.valid_from as string)) {
      problems.add('period', `unit '${unitId}' exists from ${unit.valid_from as string}: expected a period that ends after that, found '${row.period as string}'`);
    }
  }
  if (problems.issues.length > found) return null;
  return {
    unit_id: unitId!,
    // The indicator's own id: one string for all its rows rather than one per row.
    indicator_id: indicator!.id!,
    period: span!.label,
    period_start: span!.start,
    period_end: span!.end,
    kind: row.kind ?? null,
    comparator: row.comparator ?? null,
    value,
    rank,
    rank_of: rankOf,
    group: row.group ?? null,
    as_of: row.as_of ?? null,
    source_id: row.source ?? null,
    note_en: row.note_en ?? null,
    note_vi: row.note_vi ?? null,
  };
}

/** The columns of a dataset's table: those of the published observations, and the line of each row for later messages. */
const COLUMNS = [...observationsOutput.schema.fields.map((f) => f.name), 'line'];

/** One step per observation dataset: resolve unit names to ids, check each row against the reference tables. */
export function observationStep(dataset: string): Step<Reference> {
  return {
    name: dataset,
    file: `${OBSERVATIONS_FOLDER}/${dataset}.csv`,
    schema: observationsRawSchema,
    transform(rows, reference, file) {
      const issues: DataIssue[] = [];
      const problems = new RowProblems(issues, file);
      // Each period label is parsed once: its rows then share the same strings.
      const periods = new Map<string, LabelledPeriod | null>();
      const periodOf = (label: string) => {
        if (!periods.has(label)) {
          const span = parsePeriod(label);
          periods.set(label, span && { label, ...span });
        }
        return periods.get(label)!;
      };
      // Filled column by column: a large dataset then costs one array per column, not one object per row.
      const columns: Record<string, Cell[]> = Object.fromEntries(COLUMNS.map((c) => [c, []]));
      for (const row of rows) {
        const resolved = checkRow(row, reference, periodOf, problems);
        if (!resolved) continue;
        resolved.obs_id = observationId(resolved);
        resolved.dataset = dataset;
        resolved.line = row.line;
        for (const column of COLUMNS) columns[column]!.push(resolved[column] ?? null);
      }
      return { table: aq.table(columns), issues };
    },
  };
}
