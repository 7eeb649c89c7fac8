import type { DataIssue } from './errors.ts';

/** A field with the position where it starts in the file (1-based line and character column). */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

export interface CsvRecord {
  line: number;
  cells: CsvCell[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  issues: DataIssue[];
}

/** A record as the reader hands it on: its fields and where each starts, as parallel arrays. */
export interface CsvFields {
  line: number;
  texts: string[];
  columns: number[];
  /** The line each field starts on; null when all start on the record's first line (no quoted line break before them). */
  lines: number[] | null;
}

function addField(record: CsvFields, text: string, line: number, column: number): void {
  if (line !== record.line) record.lines ??= record.texts.map(() => record.line);
  record.texts.push(text);
  record.columns.push(column);
  record.lines?.push(line);
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads RFC 4180 CSV (comma, double quotes, LF or CRLF) one record at a time, keeping the position
 * of every field so that validation can point at the exact line and column; problems are added to
 * `issues`. A leading BOM is ignored. Fields are sliced out of the text rather than built character
 * by character, and records are handed on as they are read, so a large file costs little more than
 * its text.
 */
export function* csvRecords(text: string, file: string, issues: DataIssue[]): Generator<CsvFields> {
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  /** Offset of the first character of the current line: a column is the distance from it. */
  let lineStart = i;
  const newLinesUpTo = (from: number, to: number) => {
    for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
      line += 1;
      lineStart = at + 1;
    }
  };

  while (i < end) {
    const record: CsvFields = { line, texts: [], columns: [], lines: null };
    for (;;) {
      const cellLine = line;
      const cellColumn = i - lineStart + 1;
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        value = '';
        let from = i + 1;
        let closed = false;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) break;
          newLinesUpTo(from, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          i = quote + 1;
          closed = true;
          break;
        }
        if (!closed) {
          issues.push({ file, line: cellLine, column: cellColumn, message: 'a quoted field is never closed: expected a closing double quote (")' });
          addField(record, value + text.slice(from), cellLine, cellColumn);
          yield record;
          return;
        }
        const next = text.charCodeAt(i);
        if (i < end && next !== COMMA && next !== LF && next !== CR) {
          issues.push({ file, line, column: i - lineStart + 1, message: `unexpected text after a closing quote: expected a comma or the end of the line, found '${text[i]}'` });
          while (i < end && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i += 1;
        }
      } else {
        let j = i;
        for (; j < end; j++) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) issues.push({ file, line, column: j - lineStart + 1, message: 'a double quote inside an unquoted field: expected the whole field in double quotes, with inner quotes doubled' });
        }
        value = text.slice(i, j);
        i = j;
      }
      addField(record, value, cellLine, cellColumn);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i += 1;
        if (i < end) continue;
        // A comma at the very end of the text still opens one last, empty field.
        addField(record, '', line, i - lineStart + 1);
        break;
      }
      if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i += 1;
        else issues.push({ file, line, column: i - lineStart + 1, message: 'a carriage return (CR) not followed by a line feed: expected lines ending in LF or CRLF' });
      }
      if (i < end) {
        i += 1;
        line += 1;
        lineStart = i;
      }
      break;
    }
    yield record;
  }
}

/** Every record of a CSV text at once, with every problem found; for small files and for tests. */
export function parseCsv(text: string, file: string): CsvParseResult {
  const issues: DataIssue[] = [];
  const records = [...csvRecords(text, file, issues)].map(({ line, texts, columns, lines }) => ({
    line,
    cells: texts.map((cell, i) => ({ text: cell, line: lines?.[i] ?? line, column: columns[i]! })),
  }));
  return { records, issues };
}
