import type { ColumnTable } from 'arquero';
import { CSV_BOM, CSV_LINE_END, csvCell } from '../domain/csv.ts';
import { columnValues } from './table-of.ts';
import type { TableSchema } from './table-schema.ts';

/** Bytes of one block: about a megabyte, or one row if a row is longer. */
const BLOCK_BYTES = 1 << 20;
/** An upper bound on the UTF-8 bytes of a string: three per UTF-16 unit. */
const maxBytes = (text: string) => text.length * 3;

/**
 * A table as the bundle's CSV (the rules are in pipelines/domain/csv.ts). No text needs defusing
 * for spreadsheets: the raw data refuses text that starts like a formula (see validate-table.ts),
 * and numbers are written as numbers.
 *
 * The file comes as blocks of about a megabyte, each cell encoded straight into its block, so a
 * large table never exists as one string (V8 caps a string at 512 MB) or as one buffer, and no
 * string is built per row.
 */
export function* csvBlocks(table: ColumnTable, schema: TableSchema): Generator<Uint8Array> {
  const columns = schema.fields.map((f) => columnValues(table, f.name));
  const cells: string[] = new Array(columns.length);
  let block = Buffer.allocUnsafe(BLOCK_BYTES);
  let at = block.write(`${CSV_BOM}${schema.fields.map((f) => f.name).join(',')}${CSV_LINE_END}`);
  for (let row = 0; row < table.numRows(); row++) {
    let bytes = columns.length + CSV_LINE_END.length;
    for (let c = 0; c < columns.length; c++) {
      cells[c] = csvCell(columns[c]![row] ?? null);
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
    at += block.write(CSV_LINE_END, at);
  }
  yield block.subarray(0, at);
}
