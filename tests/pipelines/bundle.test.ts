import { hash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type Bundle } from '../../pipelines/bundle.ts';
import { COMPARATORS } from '../../pipelines/domain/vocabulary.ts';
import { parseCsv } from '../../pipelines/lib/csv-read.ts';
import type { Row } from '../../pipelines/lib/table-schema.ts';

let bundle: Bundle;
let dir: string;
const files = new Map<string, Uint8Array>();
/** Each table of the bundle as its Parquet file reads back. */
const tables = new Map<string, Row[]>();
const bytesOf = (name: string) => files.get(name)!;
const rowsOf = (table: string) => tables.get(table)!;
const readParquet = async (bytes: Uint8Array) => (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })) as Row[];
/** The rows of a CSV file of the bundle, as text, an empty cell read as null. */
const csvRows = (name: string) => parseCsv(new TextDecoder().decode(bytesOf(name)), name).records.slice(1).map((r) => r.cells.map((c) => (c.text === '' ? null : c.text)));
const asText = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

function compileProfile() {
  const profile = JSON.parse(readFileSync('tests/fixtures/profiles/datapackage-2.0.condensed.json', 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(profile);
}

beforeAll(async () => {
  bundle = await buildBundle('data', (name, blocks) => files.set(name, Buffer.concat([...blocks])));
  dir = mkdtempSync(join(tmpdir(), 'par-bundle-'));
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  for (const table of bundle.outputs) tables.set(table.name, await readParquet(bytesOf(`${table.name}.parquet`)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the data bundle built from data/', () => {
  it('is byte-identical when built twice', async () => {
    const again = new Map<string, Uint8Array>();
    await buildBundle('data', (name, blocks) => again.set(name, Buffer.concat([...blocks])));
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, content] of files) expect(hash('sha256', again.get(name)!), name).toBe(hash('sha256', content));
  });

  it('hands every file to the sink once, and describes each as it was handed on', () => {
    expect(bundle.files.map((f) => f.path)).toEqual([...files.keys()]);
    for (const file of bundle.files) expect([file.size, file.sha256], file.path).toEqual([bytesOf(file.path).length, hash('sha256', bytesOf(file.path))]);
  });

  it('has no cell in any CSV that a spreadsheet would run as a formula, but the comparators and numbers', () => {
    // The raw data refuses text starting with = + - @; what may start so is a comparator from its
    // closed list, or a number, which a spreadsheet reads as a number.
    const formulaLike: string[] = [];
    for (const table of bundle.outputs) {
      const fields = table.schema.fields;
      csvRows(`${table.name}.csv`).forEach((cells, row) => cells.forEach((cell, i) => {
        const field = fields[i]!;
        if (cell === null || !/^[=+\-@\t\r]/.test(cell)) return;
        if (field.name === 'comparator' && (COMPARATORS as readonly string[]).includes(cell)) return;
        if ((field.type === 'number' || field.type === 'integer') && /^-\d+(\.\d+)?$/.test(cell)) return;
        formulaLike.push(`${table.name}.csv row ${row + 2} ${field.name}: ${cell}`);
      }));
    }
    expect(formulaLike).toEqual([]);
    expect(csvRows('observations.csv').some((cells) => cells[8] === '=')).toBe(true);
  });

  it('writes CSV as UTF-8 with a BOM, dot decimals and ISO dates', () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf('observations.csv'));
    expect(csv.startsWith('\uFEFFobs_id,')).toBe(true);
    expect(csv).toMatch(/,91\.61,30,30,/);
    expect(csv).toMatch(/,2023-01-01,2023-12-31,/);
    // Numbers are written with a dot whatever the language; Vietnamese notes may use a comma in their text.
    const values = parseCsv(csv, 'observations.csv').records.slice(1).map((r) => r.cells[9]!.text);
    expect(values.filter((v) => v !== '' && !/^-?\d+(\.\d+)?$/.test(v))).toEqual([]);
  });

  // The tables are known once the bundle is built; these are the ones any reader relies on.
  it('holds the base tables and the exported views', () => {
    expect(bundle.outputs.map((t) => t.name)).toEqual([
      'observations', 'units', 'unit_aliases', 'indicators', 'sources', 'context', 'disagreements',
      'district_par_index_coverage', 'figures', 'district_par_index', 'hanoi_national_indices', 'online_services',
    ]);
  });

  describe.each(['observations', 'units', 'unit_aliases', 'indicators', 'sources', 'context', 'disagreements', 'district_par_index_coverage', 'figures', 'district_par_index', 'hanoi_national_indices', 'online_services'])('%s.parquet', (name) => {
    const tableOf = () => bundle.outputs.find((t) => t.name === name)!;
    it('reads back in hyparquet with the same rows as the CSV', () => {
      const rows = rowsOf(name);
      const fields = tableOf().schema.fields.map((f) => f.name);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => fields.map((f) => asText(r[f])))).toEqual(csvRows(`${name}.csv`));
    });

    it('reads back in DuckDB with the declared types and the same rows', async () => {
      const db = await DuckDBInstance.create(':memory:');
      const connection = await db.connect();
      const path = join(dir, `${name}.parquet`);
      const types = (await connection.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${path}'))`)).getRowObjects();
      const expectedType = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', date: 'DATE', boolean: 'BOOLEAN' } as const;
      expect(types).toEqual(tableOf().schema.fields.map((f) => ({ column_name: f.name, column_type: expectedType[f.type] })));
      const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjects();
      const fields = tableOf().schema.fields.map((f) => f.name);
      expect(rows.map((r) => fields.map((f) => asText(r[f])))).toEqual(csvRows(`${name}.csv`));
      connection.closeSync();
    });
  });

  it('has a datapackage.json valid against the Data Package v2 profile, with true sizes and hashes', () => {
    const descriptor = JSON.parse(new TextDecoder().decode(bytesOf('datapackage.json')));
    const validate = compileProfile();
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    for (const resource of descriptor.resources) {
      const bytes = bytesOf(resource.path);
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${hash('sha256', bytes)}`);
    }
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toContain('observations');
  });

  it('the profile check fails for a broken descriptor', () => {
    const validate = compileProfile();
    const descriptor = JSON.parse(new TextDecoder().decode(bytesOf('datapackage.json')));
    descriptor.resources[0].schema.fields[0].type = 'text';
    expect(validate(descriptor)).toBe(false);
    expect(validate({ resources: [{ path: 'x.csv' }] })).toBe(false);
  });

  it('lists every file in SHA256SUMS with its hash', () => {
    const lines = new TextDecoder().decode(bytesOf('SHA256SUMS')).trim().split('\n');
    const names = [...files.keys()].filter((n) => n !== 'SHA256SUMS').sort();
    expect(lines.map((l) => l.split('  ')[1])).toEqual(names);
    for (const line of lines) {
      const [listed, name] = line.split('  ');
      expect(listed, name).toBe(hash('sha256', bytesOf(name!)));
    }
  });

  it('keeps every foreign key and every observation tied to a source record', () => {
    const ids = (table: string, field = 'id') => new Set(rowsOf(table).map((r) => r[field]));
    for (const table of bundle.outputs) {
      for (const fk of table.foreignKeys ?? []) {
        const targets = ids(fk.reference.resource, fk.reference.fields[0]);
        for (const row of rowsOf(table.name)) expect(targets.has(row[fk.fields[0]!]), `${table.name}.${fk.fields[0]}=${String(row[fk.fields[0]!])}`).toBe(true);
      }
    }
    const sources = new Map(rowsOf('sources').map((s) => [s.id, s]));
    for (const o of rowsOf('observations')) {
      const s = sources.get(o.source_id)!;
      expect(s.publisher_en && s.publisher_vi && (s.title || s.note) && (s.url || s.note), String(o.source_id)).toBeTruthy();
    }
  });

  it('keeps both sides of the known disagreements', () => {
    const obs = rowsOf('observations');
    const values = (unit: string, indicator: string, period: string) =>
      obs.filter((o) => o.unit_id === unit && o.indicator_id === indicator && o.period === period && o.value !== null).map((o) => o.value).sort();
    expect(values('ha-noi', 'par_index_province', '2024')).toEqual([92.57, 92.75]);
    expect(values('hai-phong', 'par_index_province', '2023')).toEqual([91.81, 91.87]);
    expect(values('red-river-delta', 'par_index_region', '2023')).toEqual([88.32, 88.33]);
    const notes = rowsOf('disagreements').map((d) => d.id);
    expect(notes).toEqual(expect.arrayContaining(['hanoi-par-2024', 'hai-phong-par-2023', 'bottom-par-2023', 'service-index-2024-11', 'district-2023-tie-nam-tu-liem']));
  });

  it('records the seed story of Phú Xuyên: 30/30 in 2023 and the target of 18/30 for 2024', () => {
    const px = rowsOf('district_par_index').filter((r) => r.unit_id === 'phu-xuyen');
    expect(px).toContainEqual(expect.objectContaining({ year: 2023, kind: 'actual', rank: 30, source_id: 'hanoimoi-2024-05-10-phu-xuyen' }));
    expect(px).toContainEqual(expect.objectContaining({ year: 2024, kind: 'target', comparator: '=', rank: 18, rank_of: 30 }));
  });

  it('marks every district-year without a published figure as missing, never filled', () => {
    const coverage = rowsOf('district_par_index_coverage');
    expect(coverage).toHaveLength(30 * 9);
    const published = new Set(rowsOf('district_par_index').filter((r) => r.kind === 'actual' && r.unit_type !== 'bloc').map((r) => `${String(r.unit_id)}|${String(r.year)}`));
    for (const c of coverage) expect(c.status === 'missing', `${String(c.unit_id)} ${String(c.year)}`).toBe(!published.has(`${String(c.unit_id)}|${String(c.year)}`));
  });
});
