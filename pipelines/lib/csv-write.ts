import type { ColumnTable } from 'arquero';
import { columnValues } from './table-of.ts';
import type { Cell, Field, TableSchema } from './table-schema.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** How a column's values are written, chosen once per column rather than once per cell. */
function cellWriter(field: Field): (value: Cell) => string {
  switch (field.type) {
    // Numbers always with a dot and no grouping, whatever the locale.
    case 'number':
    case 'integer':
      return (value) => (value === null ? '' : String(value));
    case 'boolean':
      return (value) => (value === null ? '' : value ? 'true' : 'false');
    // YYYY-MM-DD needs no quotes.
    case 'date':
      return (value) => (value === null ? '' : (value as string));
    case 'string':
      return (value) => (value === null ? '' : NEEDS_QUOTES.test(value as string) ? `"${(value as string).replace(/"/g, '""')}"` : (value as string));
  }
}

/** Bytes of one block: about a megabyte, or one row if a row is longer. */
const BLOCK_BYTES = 1 << 20;
/** An upper bound on the UTF-8 bytes of a string: three per UTF-16 unit. */
const maxBytes = (text: string) => text.length * 3;

/**
 * CSV for spreadsheets and scripts alike: UTF-8 with a BOM (so Excel reads the diacritics), CRLF,
 * dot decimals. No text needs defusing for spreadsheets: the raw data refuses text that starts
 * like a formula (see validate-table.ts), and numbers are written as numbers.
 *
 * The file comes as blocks of about a megabyte, each cell encoded straight into its block, so a
 * large table never exists as one string (V8 caps a string at 512 MB) or as one buffer, and no
 * string is built per row.
 */
export function* csvBlocks(table: ColumnTable, schema: TableSchema): Generator<Uint8Array> {
  const columns = schema.fields.map((f) => columnValues(table, f.name));
  const writers = schema.fields.map(cellWriter);
  const cells: string[] = new Array(columns.length);
  let block = Buffer.allocUnsafe(BLOCK_BYTES);
  let at = block.write(`\uFEFF${schema.fields.map((f) => f.name).join(',')}\r\n`);
  for (let row = 0; row < table.numRows(); row++) {
    let bytes = columns.length + 1;
    for (let c = 0; c < columns.length; c++) {
      cells[c] = writers[c]!(columns[c]![row] ?? null);
      bytes += maxBytes(cells[c]!);
    }
    if (at + bytes > block.length) {
      yield block.subarray(0, at);
      block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, bytes));
      at = 0;
    }
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) block[at++] = 0x2c; // ,
      at += block.write(cells[c]!, at);
    }
    block[at++] = 0x0d; // CR
    block[at++] = 0x0a; // LF
  }
  yield block.subarray(0, at);
}
