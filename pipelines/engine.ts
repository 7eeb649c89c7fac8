import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBDateValue, DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { plainRow } from './domain/values.ts';
import { parseViews, setupStatements, type ViewDefinition } from './domain/views.ts';
import type { Field, Row, TableSchema } from './lib/table-schema.ts';

/** The view definitions, read from pipelines/domain/views/ (the site reads the same files). */
export function readViews(): ViewDefinition[] {
  const folder = join(import.meta.dirname, 'domain', 'views');
  return parseViews(Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.sql')).sort().map((f) => [f, readFileSync(join(folder, f), 'utf8')])));
}

const SQL_TYPES: Record<Field['type'], string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', date: 'DATE', boolean: 'BOOLEAN' };
const DAY_MS = 86_400_000;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function append(appender: DuckDBAppender, field: Field, value: Row[string] | undefined): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (field.type) {
    case 'string':
      return appender.appendVarchar(value as string);
    case 'integer':
      return appender.appendInteger(value as number);
    case 'number':
      return appender.appendDouble(value as number);
    case 'boolean':
      return appender.appendBoolean(value as boolean);
    case 'date':
      return appender.appendDate(new DuckDBDateValue(Date.parse(`${value as string}T00:00:00Z`) / DAY_MS));
  }
}

export interface Engine {
  /** Rows of a query, as plain values. */
  rows(sql: string): Promise<Row[]>;
  /** Column names and DuckDB types of a table or view. */
  describe(name: string): Promise<{ name: string; type: string }[]>;
  close(): void;
}

/**
 * An in-memory DuckDB holding the base tables with their declared types, the domain tables and every
 * view: the one engine that derives the shaped tables of the bundle.
 */
export async function openEngine(tables: { name: string; schema: TableSchema; rows: Row[] }[], views: ViewDefinition[]): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection: DuckDBConnection = await instance.connect();
  for (const { name, schema, rows } of tables) {
    await connection.run(`CREATE TABLE ${quote(name)} (${schema.fields.map((f) => `${quote(f.name)} ${SQL_TYPES[f.type]}`).join(', ')})`);
    const appender = await connection.createAppender(name);
    for (const row of rows) {
      for (const field of schema.fields) append(appender, field, row[field.name]);
      appender.endRow();
    }
    appender.closeSync();
  }
  for (const statement of setupStatements(views)) await connection.run(statement);
  return {
    async rows(sql) {
      return (await connection.runAndReadAll(sql)).getRowObjects().map(plainRow);
    },
    async describe(name) {
      const described = await connection.runAndReadAll(`DESCRIBE ${quote(name)}`);
      return described.getRowObjects().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
