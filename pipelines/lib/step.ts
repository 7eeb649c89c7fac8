import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import type { DataIssue } from './errors.ts';
import type { TableSchema } from './table-schema.ts';
import { type LocatedRow, validateTable } from './validate-table.ts';

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
  transform(rows: LocatedRow[], context: C, file: string): { table: ColumnTable; issues: DataIssue[] };
}

export interface StepResult {
  name: string;
  /** The file read, as given to the step (relative to the data folder). */
  path: string;
  /** The same file as reported in messages (with the data folder). */
  file: string;
  table: ColumnTable | null;
  rowCount: number;
  issues: DataIssue[];
}

export function runStep<C>(step: Step<C>, dataDir: string, context: C): StepResult {
  const file = join(dataDir, step.file);
  if (!existsSync(file)) {
    return { name: step.name, path: step.file, file, table: null, rowCount: 0, issues: [{ file, line: 1, column: 1, message: `the file is missing: expected a CSV with columns ${step.schema.fields.map((f) => f.name).join(',')}` }] };
  }
  const validated = validateTable(file, readFileSync(file, 'utf8'), step.schema);
  const { table, issues } = step.transform(validated.rows, context, file);
  return { name: step.name, path: step.file, file, table, rowCount: validated.rows.length, issues: [...validated.issues, ...issues] };
}
