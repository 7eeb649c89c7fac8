import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type Bundle } from '../../pipelines/bundle.ts';
import { sha256 } from '../../pipelines/datapackage.ts';
import { parseCsv } from '../../pipelines/lib/csv-read.ts';
import type { Row } from '../../pipelines/lib/table-schema.ts';

let bundle: Bundle;
let dir: string;
const bytesOf = (name: string) => {
  const c = bundle.files.get(name)!;
  return typeof c === 'string' ? new TextEncoder().encode(c) : c;
};
const asText = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

function compileProfile() {
  const profile = JSON.parse(readFileSync('tests/fixtures/profiles/datapackage-2.0.condensed.json', 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(profile);
}

beforeAll(async () => {
  bundle = await buildBundle('data');
  dir = mkdtempSync(join(tmpdir(), 'par-bundle-'));
  for (const [name] of bundle.files) writeFileSync(join(dir, name), bytesOf(name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the data bundle built from data/', () => {
  it('is byte-identical when built twice', async () => {
    const again = await buildBundle('data');
    expect([...again.files.keys()]).toEqual([...bundle.files.keys()]);
    for (const [name] of bundle.files) expect(sha256(again.files.get(name) instanceof Uint8Array ? (again.files.get(name) as Uint8Array) : new TextEncoder().encode(again.files.get(name) as string)), name).toBe(sha256(bytesOf(name)));
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
    it('reads back in hyparquet with the same rows as the CSV', async () => {
      const file = bytesOf(`${name}.parquet`);
      const rows = (await parquetReadObjects({ file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer })) as Row[];
      const expected = bundle.tables.get(name)!;
      expect(rows).toHaveLength(expected.length);
      const fields = tableOf().schema.fields.map((f) => f.name);
      expect(rows.map((r) => fields.map((f) => asText(r[f])))).toEqual(expected.map((r) => fields.map((f) => asText(r[f]))));
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
      expect(rows.map((r) => fields.map((f) => asText(r[f])))).toEqual(bundle.tables.get(name)!.map((r) => fields.map((f) => asText(r[f]))));
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
      expect(resource.hash, resource.path).toBe(`sha256:${sha256(bytes)}`);
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
    const names = [...bundle.files.keys()].filter((n) => n !== 'SHA256SUMS').sort();
    expect(lines.map((l) => l.split('  ')[1])).toEqual(names);
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect(hash, name).toBe(sha256(bytesOf(name!)));
    }
  });

  it('keeps every foreign key and every observation tied to a source record', () => {
    const ids = (table: string, field = 'id') => new Set(bundle.tables.get(table)!.map((r) => r[field]));
    for (const table of bundle.outputs) {
      for (const fk of table.foreignKeys ?? []) {
        const targets = ids(fk.reference.resource, fk.reference.fields[0]);
        for (const row of bundle.tables.get(table.name)!) expect(targets.has(row[fk.fields[0]!]), `${table.name}.${fk.fields[0]}=${String(row[fk.fields[0]!])}`).toBe(true);
      }
    }
    const sources = new Map(bundle.tables.get('sources')!.map((s) => [s.id, s]));
    for (const o of bundle.tables.get('observations')!) {
      const s = sources.get(o.source_id)!;
      expect(s.publisher && s.title && (s.url || s.note), String(o.source_id)).toBeTruthy();
    }
  });

  it('keeps both sides of the known disagreements', () => {
    const obs = bundle.tables.get('observations')!;
    const values = (unit: string, indicator: string, period: string) =>
      obs.filter((o) => o.unit_id === unit && o.indicator_id === indicator && o.period === period && o.value !== null).map((o) => o.value).sort();
    expect(values('ha-noi', 'par_index_province', '2024')).toEqual([92.57, 92.75]);
    expect(values('hai-phong', 'par_index_province', '2023')).toEqual([91.81, 91.87]);
    expect(values('red-river-delta', 'par_index_region', '2023')).toEqual([88.32, 88.33]);
    const notes = bundle.tables.get('disagreements')!.map((d) => d.id);
    expect(notes).toEqual(expect.arrayContaining(['hanoi-par-2024', 'hai-phong-par-2023', 'bottom-par-2023', 'service-index-2024-11', 'district-2023-tie-nam-tu-liem']));
  });

  it('records the seed story of Phú Xuyên: 30/30 in 2023 and the target of 18/30 for 2024', () => {
    const px = bundle.tables.get('district_par_index')!.filter((r) => r.unit_id === 'phu-xuyen');
    expect(px).toContainEqual(expect.objectContaining({ year: 2023, kind: 'actual', rank: 30, source_id: 'hanoimoi-2024-05-10-phu-xuyen' }));
    expect(px).toContainEqual(expect.objectContaining({ year: 2024, kind: 'target', comparator: '=', rank: 18, rank_of: 30 }));
  });

  it('marks every district-year without a published figure as missing, never filled', () => {
    const coverage = bundle.tables.get('district_par_index_coverage')!;
    expect(coverage).toHaveLength(30 * 9);
    const published = new Set(bundle.tables.get('district_par_index')!.filter((r) => r.kind === 'actual' && r.unit_type !== 'bloc').map((r) => `${String(r.unit_id)}|${String(r.year)}`));
    for (const c of coverage) expect(c.status === 'missing', `${String(c.unit_id)} ${String(c.year)}`).toBe(!published.has(`${String(c.unit_id)}|${String(c.year)}`));
  });
});
