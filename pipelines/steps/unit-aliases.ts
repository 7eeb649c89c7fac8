import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import type { Row } from '../lib/table-schema.ts';
import { buildUnitNameIndex, nameKey } from '../lib/unit-names.ts';
import { unitAliasesSchema } from '../schemas/raw.ts';

/** Name variants: each must point at a known unit, and no spelling may point at two units. */
export const unitAliasesStep: Step<{ units: Map<string, Row> }> = {
  name: 'unit-aliases',
  file: 'unit-aliases.csv',
  schema: unitAliasesSchema,
  transform(validated, { units }, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    for (const row of rows) {
      const { values } = row;
      if (!units.has(values.unit_id as string)) {
        issues.push({ file, ...row.at('unit_id'), message: `column 'unit_id': expected a unit id from units.csv, found unknown unit '${values.unit_id as string}'` });
      }
    }
    const index = buildUnitNameIndex({
      units: [...units.values()].map((u) => ({ id: u.id as string, name_vi: u.name_vi as string })),
      aliases: rows.map((r) => ({ alias: r.values.alias as string, unit_id: r.values.unit_id as string })),
    });
    for (const conflict of index.conflicts) {
      const row = rows.find((r) => nameKey(r.values.alias as string) === conflict.name);
      const at = row ? row.at('alias') : { line: 1, column: 1 };
      issues.push({ file, ...at, message: `the name '${conflict.name}' points at more than one unit (${conflict.unitIds.join(', ')}): expected one unit per spelling` });
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)).orderby('unit_id', 'alias'), issues };
  },
};
