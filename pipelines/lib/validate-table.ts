import { DATA_YEARS } from '../domain/data-years.ts';
import { type CsvFields, csvRecords } from './csv-read.ts';
import type { DataIssue } from './errors.ts';
import type { Cell, Field, Row, TableSchema } from './table-schema.ts';

export interface CellPosition {
  line: number;
  column: number;
}

/** A validated row, with where each of its fields starts in the file, for later cross-file checks. */
export interface LocatedRow {
  line: number;
  values: Row;
  /** Where the named field of this row starts in the file. */
  at(field: string): CellPosition;
}

export interface ValidatedTable {
  file: string;
  /** The rows without problems. */
  rows: LocatedRow[];
  /** False when the file holds no table to read: it is empty, or its header is wrong. */
  hasTable: boolean;
  issues: DataIssue[];
}

/**
 * The longest value a cell may hold. The longest note in the data is under 300 characters; a cell
 * of thousands is a paste gone wrong or an unbalanced quote, and would bloat every page showing it.
 */
const MAX_CELL_LENGTH = 2000;

/** The range of the outputs' integer columns: Parquet INT32 and DuckDB INTEGER. */
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const COMMA_DECIMAL = /^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Characters no published text needs and a reader cannot see: control characters (NUL, tab, line
 * breaks, …), invisible format characters (zero-width space and joiners, bidirectional overrides,
 * a stray BOM, soft hyphen) and the Unicode line and paragraph separators. They break matching,
 * sorting and CSV readers, and can hide text; refused in every text field rather than stripped, so
 * what is published is exactly what the file says.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection):
 * '=', '+', '-', '@' (tab and carriage return are refused above). Refused at the start of free text
 * rather than neutralised in the CSV downloads with a leading quote: no text in the data starts so
 * (the '=' comparator is a value of a closed list, not free text, and numbers are not text), and a
 * quote added on the way out would make the CSV disagree with the Parquet and with the source.
 */
const FORMULA_START = /^[=+\-@]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The text of a decimal as the outputs print its number: no leading or trailing zeros ('07.50' → '7.5'). */
function decimalText(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const digits = whole.replace(/^0+(?=\d)/, '') + (decimals ? `.${decimals}` : '');
  return negative && digits !== '0' ? `-${digits}` : digits;
}

function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function describeInvisible(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (character === '\n' || character === '\r') return `${code} (a line break)`;
  if (character === '\t') return `${code} (a tab)`;
  if (/\p{Cc}/u.test(character)) return `${code} (a control character)`;
  if (/\p{Cf}/u.test(character)) return `${code} (an invisible formatting character: a zero-width space or joiner, a direction mark or override, a soft hyphen)`;
  return `${code} (a line or paragraph separator)`;
}

/** What a field should have held: the one thing a conversion returns besides a value (no wrapper per cell). */
class Expected {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** Converts one raw field to its typed value, or says what was expected. */
function convert(field: Field, text: string): Cell | Expected {
  if (text === '') {
    return field.required ? new Expected(`a value (column '${field.name}' is required)`) : null;
  }
  // Checked before anything reads the text character by character.
  if (text.length > MAX_CELL_LENGTH) return new Expected(`at most ${MAX_CELL_LENGTH} characters in a cell, found ${text.length} (is a closing quote missing, or was a whole document pasted?)`);
  // Printable ASCII, most cells, holds no invisible character and is NFC: one scan instead of three.
  if (!PRINTABLE_ASCII.test(text)) {
    const invisible = INVISIBLE.exec(text);
    if (invisible) return new Expected(`text without control or invisible characters, found ${describeInvisible(invisible[0])} at character ${invisible.index + 1} of the value; delete it`);
    if (text.normalize('NFC') !== text) return new Expected(`text in Unicode NFC (composed) form, found text not in Unicode NFC; write '${text.normalize('NFC')}' with composed characters`);
  }
  if (text !== text.trim()) return new Expected(`no spaces around the value, found '${text}'`);
  switch (field.type) {
    case 'string':
      if (field.enum) {
        // The list's own string: one for all the rows that hold it, rather than one per row.
        const known = field.enum.indexOf(text);
        return known >= 0 ? field.enum[known]! : new Expected(`one of ${field.enum.map((v) => `'${v}'`).join(', ')}, found '${text}'`);
      }
      if (field.pattern) return field.pattern.regex.test(text) ? text : new Expected(`${field.pattern.expected}, found '${text}'`);
      if (FORMULA_START.test(text)) {
        return new Expected(`text that does not start with '${text[0]}', found '${text}': a spreadsheet opening the CSV download would run it as a formula; start with a word instead`);
      }
      return text;
    case 'number': {
      if (COMMA_DECIMAL.test(text)) {
        return new Expected(`a number with a dot as the decimal separator, found '${text}' (the raw files use a dot: write ${text.replace(/\./g, '').replace(',', '.')})`);
      }
      if (!NUMBER.test(text)) return new Expected(`a number, found '${text}'`);
      // The outputs hold a double and print it as JavaScript does: a number that would not print back as written would be published altered.
      const value = Number(text);
      if (String(value) !== text && String(value) !== decimalText(text)) {
        return new Expected(`a number the outputs keep exactly (up to 15 significant digits), found '${text}', which would be published as ${String(value)}`);
      }
      // '-0' is zero: the CSV prints it as 0, and the Parquet holds the same.
      return Object.is(value, -0) ? 0 : value;
    }
    case 'integer': {
      if (!INTEGER.test(text)) return new Expected(`a whole number, found '${text}'`);
      const value = Number(text);
      if (value < INT32.min || value > INT32.max) return new Expected(`a whole number from ${INT32.min} to ${INT32.max} (the outputs store it as a 32-bit integer), found '${text}'`);
      return value;
    }
    case 'date':
      if (!isRealDate(text)) return new Expected(`a date as YYYY-MM-DD, found '${text}'`);
      if (Number(text.slice(0, 4)) < DATA_YEARS.first || Number(text.slice(0, 4)) > DATA_YEARS.last) {
        return new Expected(`a date from ${DATA_YEARS.first} to ${DATA_YEARS.last}, found '${text}'`);
      }
      return text;
    case 'boolean':
      if (text !== 'true' && text !== 'false') return new Expected(`true or false, found '${text}'`);
      return text === 'true';
  }
}

/** A row and the start of each of its cells, by the cell's index in the header. */
class RowInFile implements LocatedRow {
  readonly line: number;
  readonly values: Row;
  private readonly header: Map<string, number>;
  private readonly columns: number[];
  /** Only for a row with a quoted line break before one of its cells: then cells start on other lines. */
  private readonly lines: number[] | null;

  constructor(line: number, values: Row, header: Map<string, number>, columns: number[], lines: number[] | null) {
    this.line = line;
    this.values = values;
    this.header = header;
    this.columns = columns;
    this.lines = lines;
  }

  at(field: string): CellPosition {
    const index = this.header.get(field)!;
    return { line: this.lines?.[index] ?? this.line, column: this.columns[index]! };
  }
}

const isBlank = (texts: string[]) => texts.length === 1 && texts[0] === '';

/** A file's rows, validated one at a time as they are read. */
export interface RowReader {
  file: string;
  /** False when the file holds no table to read: it is empty, or its header is wrong. */
  hasTable: boolean;
  /** The rows without problems, in file order. They can be read once: each is checked as it is reached. */
  rows: Iterable<LocatedRow>;
  /** Every problem in the file; complete once `rows` has been read to the end. */
  issues: DataIssue[];
}

/**
 * Checks one raw CSV file against its schema: header, row shape, types, characters, Unicode
 * normalisation and primary key. Every problem in the file is reported; rows with problems are left
 * out of `rows`. The header is checked at once, the rows as they are read, so a large file never
 * exists as a list of row objects.
 */
export function readRows(file: string, text: string, schema: TableSchema): RowReader {
  const issues: DataIssue[] = [];
  const noTable = { file, hasTable: false, rows: [], issues };
  if (text.trim() === '') {
    issues.push({ file, line: 1, column: 1, message: `the file is empty: expected a header line with ${schema.fields.map((f) => f.name).join(',')}` });
    return noTable;
  }
  const records = csvRecords(text, file, issues);
  // The text is not blank, so there is a first record.
  const header: CsvFields = records.next().value;

  const expected = schema.fields.map((f) => f.name);
  const names = header.texts;
  names.forEach((name, i) => {
    const at = { line: header.lines?.[i] ?? header.line, column: header.columns[i]! };
    if (!expected.includes(name)) {
      issues.push({ file, ...at, message: `unknown column '${name}': expected only ${expected.join(', ')}` });
    } else if (names.indexOf(name) !== i) {
      issues.push({ file, ...at, message: `column '${name}' appears twice` });
    }
  });
  const missing = expected.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    issues.push({ file, line: header.line, column: 1, message: `missing column(s) ${missing.map((m) => `'${m}'`).join(', ')}: the header must be ${expected.join(',')}` });
  }
  if (missing.length > 0 || names.some((n) => !expected.includes(n))) return noTable;

  const fields = names.map((name) => schema.fields.find((f) => f.name === name)!);
  const columnIndex = new Map(names.map((name, i) => [name, i]));
  function* rows(): Generator<LocatedRow> {
    const seenKeys = new Map<string, number>();
    let dataRows = 0;
    for (const record of records) {
      if (isBlank(record.texts)) continue;
      dataRows += 1;
      if (record.texts.length !== names.length) {
        const at = Math.max(Math.min(record.texts.length, names.length) - 1, 0);
        issues.push({ file, line: record.line, column: record.columns[at]!, message: `expected ${names.length} fields as in the header, found ${record.texts.length} (a comma inside a value needs the value in double quotes)` });
        continue;
      }
      const values: Row = {};
      let rowOk = true;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        const result = convert(field, record.texts[i]!);
        if (result instanceof Expected) {
          issues.push({ file, line: record.lines?.[i] ?? record.line, column: record.columns[i]!, message: `column '${field.name}': expected ${result.text}` });
          rowOk = false;
        } else {
          values[field.name] = result;
        }
      }
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
      yield new RowInFile(record.line, values, columnIndex, record.columns, record.lines);
    }
    if (!schema.mayBeEmpty && dataRows === 0) {
      issues.push({ file, line: header.line + 1, column: 1, message: 'the file has a header but no rows: expected at least one data row' });
    }
  }
  return { file, hasTable: true, rows: rows(), issues };
}

/** All the rows of a file at once, with every problem in it. */
export function validateTable(file: string, text: string, schema: TableSchema): ValidatedTable {
  const read = readRows(file, text, schema);
  const rows = [...read.rows];
  return { file, rows, hasTable: read.hasTable, issues: read.issues };
}
