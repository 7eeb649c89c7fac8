/**
 * The other data path `npm run bench` measures (never shipped): a Parquet file fetched, hashed,
 * decoded column by column with hyparquet in a worker, and encoded as the Arrow IPC stream DuckDB
 * takes. Its insert costs what the Arrow path's insert costs, which the bench measures in the explorer.
 */
import { bool, dateDay, float64, int32, tableFromArrays, tableToIPC, utf8, type DataType } from '@uwdata/flechette';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';

function arrowType(element: { type?: string; converted_type?: string }): DataType {
  if (element.converted_type === 'DATE') return dateDay();
  if (element.type === 'INT32') return int32();
  if (element.type === 'DOUBLE') return float64();
  if (element.type === 'BOOLEAN') return bool();
  return utf8();
}

self.onmessage = async ({ data: url }: MessageEvent<string>) => {
  const t0 = performance.now();
  const file = await (await fetch(url)).arrayBuffer();
  const t1 = performance.now();
  await crypto.subtle.digest('SHA-256', file);
  const t2 = performance.now();
  const metadata = parquetMetadata(file);
  const elements = parquetSchema(metadata).children.map((c) => c.element);
  const columns: Record<string, unknown[]> = Object.fromEntries(elements.map((e) => [e.name, new Array(Number(metadata.num_rows))]));
  await parquetRead({
    file,
    metadata,
    onChunk: ({ columnName, columnData, rowStart }) => {
      const target = columns[columnName]!;
      for (let i = 0; i < columnData.length; i++) target[rowStart + i] = columnData[i];
    },
  });
  const t3 = performance.now();
  // hyparquet gives DATE columns as Date objects; flechette's day type takes milliseconds.
  for (const e of elements) if (e.converted_type === 'DATE') columns[e.name] = columns[e.name]!.map((d) => (d instanceof Date ? d.getTime() : d));
  const ipc = tableToIPC(tableFromArrays(columns, { types: Object.fromEntries(elements.map((e) => [e.name, arrowType(e)])) }), { format: 'stream' })!;
  const t4 = performance.now();
  postMessage({ fetchMs: t1 - t0, hashMs: t2 - t1, decodeMs: t3 - t2, encodeMs: t4 - t3, ipcBytes: ipc.length });
};
