import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildUnitNameIndex } from '../../../pipelines/lib/unit-names.ts';
import { unitAliasesSchema, unitsSchema } from '../../../pipelines/schemas/raw.ts';
import { validateTable } from '../../../pipelines/lib/validate-table.ts';

const read = (file: string, schema: typeof unitsSchema) => validateTable(file, readFileSync(file, 'utf8'), schema).rows.map((r) => r.values);
const units = read('data/units.csv', unitsSchema) as { id: string; name_vi: string }[];
const aliases = read('data/unit-aliases.csv', unitAliasesSchema) as { alias: string; unit_id: string }[];
const index = buildUnitNameIndex({ units, aliases });

describe('unit names (from data/units.csv and data/unit-aliases.csv)', () => {
  it.each(['ba-dinh', 'Ba Đình', 'Quận Ba Đình', 'Q. Ba Đình', 'Ba Dinh', 'QUẬN BA ĐÌNH', '  Quận  Ba Đình ', 'Quận Ba \u0110i\u0300nh'])(
    'maps %j to ba-dinh',
    (name) => expect(index.resolve(name)).toBe('ba-dinh'),
  );

  it('maps the bloc and national-average labels used in published tables', () => {
    expect(index.resolve('Bình quân 30 quận, huyện, thị xã')).toBe('hn-district-bloc');
    expect(index.resolve('Bình quân 63 tỉnh, thành phố')).toBe('vn');
    expect(index.resolve('TX. Sơn Tây')).toBe('son-tay');
  });

  it('has no spelling that points at two units, and knows all 30 district-level units', () => {
    expect(index.conflicts).toEqual([]);
    expect(units.filter((u) => (u as unknown as { level: string }).level === 'district')).toHaveLength(30);
  });

  it('does not guess unknown names', () => {
    expect(index.resolve('Quận Hà Nội Mới')).toBeUndefined();
  });
});
