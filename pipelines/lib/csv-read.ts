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

/**
 * Parses RFC 4180 CSV (comma, double quotes, LF or CRLF) and keeps the position of every field,
 * so that validation can point at the exact line and column. A leading BOM is ignored.
 */
export function parseCsv(text: string, file: string): CsvParseResult {
  const issues: DataIssue[] = [];
  const records: CsvRecord[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  let column = 1;
  let cells: CsvCell[] = [];
  let recordLine = 1;

  const advance = (ch: string) => {
    if (ch === '\n') {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  };

  while (i < text.length) {
    const startLine = line;
    const startColumn = column;
    if (cells.length === 0) recordLine = line;
    let value = '';
    if (text[i] === '"') {
      advance('"');
      i += 1;
      let closed = false;
      while (i < text.length) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            advance(ch);
            advance(ch);
            i += 2;
            continue;
          }
          advance(ch);
          i += 1;
          closed = true;
          break;
        }
        value += ch;
        advance(ch);
        i += 1;
      }
      if (!closed) {
        issues.push({ file, line: startLine, column: startColumn, message: 'a quoted field is never closed: expected a closing double quote (")' });
        cells.push({ text: value, line: startLine, column: startColumn });
        records.push({ line: recordLine, cells });
        return { records, issues };
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        issues.push({ file, line, column, message: `unexpected text after a closing quote: expected a comma or the end of the line, found '${next}'` });
        while (i < text.length && text[i] !== ',' && text[i] !== '\n') {
          advance(text[i]!);
          i += 1;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') {
          issues.push({ file, line, column, message: 'a double quote inside an unquoted field: expected the whole field in double quotes, with inner quotes doubled' });
        }
        value += text[i];
        advance(text[i]!);
        i += 1;
      }
    }
    cells.push({ text: value, line: startLine, column: startColumn });
    if (text[i] === ',') {
      advance(',');
      i += 1;
      if (i >= text.length) {
        cells.push({ text: '', line, column });
        records.push({ line: recordLine, cells });
        cells = [];
      }
      continue;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') {
      advance('\n');
      i += 1;
    }
    records.push({ line: recordLine, cells });
    cells = [];
  }
  return { records, issues };
}
