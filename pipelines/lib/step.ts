import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import { readDataText } from './data-files.ts';
import type { DataIssue } from './errors.ts';
import type { TableSchema } from './table-schema.ts';
import { type LocatedRow, readRows, type RowReader } from './validate-table.ts';

/**
 * The skeleton every dataset step follows: read one raw CSV, validate it against its schema,
 * transform it with Arquero (checking what depends on other tables), and hand the table on to be
 * written. `C` is what the step needs from the steps before it.
 */
export interface Step<C> {
  name: string;
  /** Path of the raw file, relative to the data folder. */
  file: string;
  schema: TableSchema;
  /**
   * `rows` are validated as they are read, so a dataset of any size is never held as row objects:
   * a step reads them once, to the end (a step that needs them twice spreads them into an array).
   */
  transform(rows: Iterable<LocatedRow>, context: C, file: string): { table: ColumnTable; issues: DataIssue[] };
}

export interface StepResult {
  name: string;
  /** The file read, as given to the step (relative to the data folder). */
  path: string;
  /** The same file as reported in messages (with the data folder). */
  file: string;
  /** Null when the file could not be read as a table, or was only checked (see checkStep). */
  table: ColumnTable | null;
  rowCount: number;
  issues: DataIssue[];
}

/** Read and validate: everything about a step's file that does not depend on other files. */
function readAndValidate<C>(step: Step<C>, dataDir: string): RowReader {
  const file = join(dataDir, step.file);
  const read = readDataText(dataDir, step.file, `a CSV file with columns ${step.schema.fields.map((f) => f.name).join(',')}`);
  if ('issue' in read) return { file, hasTable: false, rows: [], issues: [read.issue] };
  return readRows(file, read.text, step.schema);
}

/** The rows of a reader, counted as they go by. */
function* counted(rows: Iterable<LocatedRow>, count: { rows: number }): Generator<LocatedRow> {
  for (const row of rows) {
    count.rows += 1;
    yield row;
  }
}

export function runStep<C>(step: Step<C>, dataDir: string, context: C): StepResult {
  const { file, rows, hasTable, issues } = readAndValidate(step, dataDir);
  if (!hasTable) return { name: step.name, path: step.file, file, table: null, rowCount: 0, issues };
  const count = { rows: 0 };
  const transformed = step.transform(counted(rows, count), context, file);
  // The reader's issues are complete now that the transform has read every row.
  return { name: step.name, path: step.file, file, table: transformed.table, rowCount: count.rows, issues: [...issues, ...transformed.issues] };
}

/**
 * A step's file checked on its own, without the transform: for when a table it refers to could not
 * be read, and every unit, indicator or source it names would otherwise be reported as unknown.
 */
export function checkStep<C>(step: Step<C>, dataDir: string): StepResult {
  const { file, rows, issues } = readAndValidate(step, dataDir);
  const count = { rows: 0 };
  for (const _row of counted(rows, count));
  return { name: step.name, path: step.file, file, table: null, rowCount: count.rows, issues };
}
