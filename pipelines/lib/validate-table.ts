import { parseCsv } from './csv-read.ts';
import type { DataIssue } from './errors.ts';
import type { Field, Row, TableSchema } from './table-schema.ts';

export interface CellPosition {
  line: number;
  column: number;
}

/** A validated row with the position of each of its fields, for later cross-file checks. */
export interface LocatedRow {
  line: number;
  values: Row;
  positions: Record<string, CellPosition>;
}

export interface ValidatedTable {
  file: string;
  rows: LocatedRow[];
  issues: DataIssue[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const COMMA_DECIMAL = /^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Converts one raw field to its typed value, or says what was expected. */
function convert(field: Field, text: string): { value: Row[string] } | { expected: string } {
  if (text === '') {
    return field.required ? { expected: `a value (column '${field.name}' is required)` } : { value: null };
  }
  if (text !== text.trim()) return { expected: `no spaces around the value, found '${text}'` };
  switch (field.type) {
    case 'string':
      if (field.enum && !field.enum.includes(text)) {
        return { expected: `one of ${field.enum.map((v) => `'${v}'`).join(', ')}, found '${text}'` };
      }
      if (field.pattern && !field.pattern.regex.test(text)) {
        return { expected: `${field.pattern.expected}, found '${text}'` };
      }
      return { value: text };
    case 'number':
      if (COMMA_DECIMAL.test(text)) {
        return { expected: `a number with a dot as the decimal separator, found '${text}' (the raw files use a dot: write ${text.replace(/\./g, '').replace(',', '.')})` };
      }
      if (!NUMBER.test(text)) return { expected: `a number, found '${text}'` };
      return { value: Number(text) };
    case 'integer':
      if (!INTEGER.test(text)) return { expected: `a whole number, found '${text}'` };
      return { value: Number(text) };
    case 'date':
      if (!isRealDate(text)) return { expected: `a date as YYYY-MM-DD, found '${text}'` };
      return { value: text };
    case 'boolean':
      if (text !== 'true' && text !== 'false') return { expected: `true or false, found '${text}'` };
      return { value: text === 'true' };
  }
}

/**
 * Checks one raw CSV file against its schema: header, row shape, types, Unicode normalisation and
 * primary key. Every problem in the file is reported; rows with problems are left out of `rows`.
 */
export function validateTable(file: string, text: string, schema: TableSchema): ValidatedTable {
  const issues: DataIssue[] = [];
  const rows: LocatedRow[] = [];
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    issues.push({ file, line: 1, column: 1, message: `the file is empty: expected a header line with ${schema.fields.map((f) => f.name).join(',')}` });
    return { file, rows, issues };
  }
  const parsed = parseCsv(text, file);
  issues.push(...parsed.issues);
  const [header, ...body] = parsed.records;
  if (!header) return { file, rows, issues };

  const expected = schema.fields.map((f) => f.name);
  const names = header.cells.map((c) => c.text);
  names.forEach((name, i) => {
    const cell = header.cells[i]!;
    if (!expected.includes(name)) {
      issues.push({ file, line: cell.line, column: cell.column, message: `unknown column '${name}': expected only ${expected.join(', ')}` });
    } else if (names.indexOf(name) !== i) {
      issues.push({ file, line: cell.line, column: cell.column, message: `column '${name}' appears twice` });
    }
  });
  const missing = expected.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    issues.push({ file, line: header.line, column: 1, message: `missing column(s) ${missing.map((m) => `'${m}'`).join(', ')}: the header must be ${expected.join(',')}` });
  }
  if (issues.length > 0 && (missing.length > 0 || names.some((n) => !expected.includes(n)))) {
    return { file, rows, issues };
  }

  const seenKeys = new Map<string, number>();
  for (const record of body) {
    if (record.cells.length === 1 && record.cells[0]!.text === '') continue; // a blank line
    if (record.cells.length !== names.length) {
      const at = record.cells[Math.min(record.cells.length, names.length) - 1] ?? record.cells[0]!;
      issues.push({ file, line: record.line, column: at.column, message: `expected ${names.length} fields as in the header, found ${record.cells.length} (a comma inside a value needs the value in double quotes)` });
      continue;
    }
    const values: Row = {};
    const positions: Record<string, CellPosition> = {};
    let rowOk = true;
    record.cells.forEach((cell, i) => {
      const field = schema.fields.find((f) => f.name === names[i])!;
      positions[field.name] = { line: cell.line, column: cell.column };
      if (cell.text.normalize('NFC') !== cell.text) {
        issues.push({ file, line: cell.line, column: cell.column, message: `column '${field.name}': text is not in Unicode NFC (composed) form; expected '${cell.text.normalize('NFC')}' written with composed characters` });
        rowOk = false;
        return;
      }
      const result = convert(field, cell.text);
      if ('expected' in result) {
        issues.push({ file, line: cell.line, column: cell.column, message: `column '${field.name}': expected ${result.expected}` });
        rowOk = false;
      } else {
        values[field.name] = result.value;
      }
    });
    if (!rowOk) continue;
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((k) => String(values[k] ?? '')).join('\u0000');
      const earlier = seenKeys.get(key);
      if (earlier !== undefined) {
        issues.push({ file, line: record.line, column: 1, message: `duplicate key (${schema.primaryKey.join(', ')}) = (${schema.primaryKey.map((k) => values[k] ?? '').join(', ')}): expected each key once, it is already on line ${earlier}` });
        continue;
      }
      seenKeys.set(key, record.line);
    }
    rows.push({ line: record.line, values, positions });
  }
  if (!schema.mayBeEmpty && body.every((r) => r.cells.length === 1 && r.cells[0]!.text === '')) {
    issues.push({ file, line: header.line + 1, column: 1, message: 'the file has a header but no rows: expected at least one data row' });
  }
  return { file, rows, issues };
}
