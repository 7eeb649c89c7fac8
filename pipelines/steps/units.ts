import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { unitsSchema } from '../schemas/raw.ts';

/** Units: every parent must exist, and every district-level unit needs its boundary id and end date. */
export const unitsStep: Step<void> = {
  name: 'units',
  file: 'units.csv',
  schema: unitsSchema,
  transform(validated, _context, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    const ids = new Set(rows.map((r) => r.values.id as string));
    for (const row of rows) {
      const { values } = row;
      const parent = values.parent_id as string | null;
      if (parent && !ids.has(parent)) {
        issues.push({ file, ...row.at('parent_id'), message: `column 'parent_id': expected the id of a unit in this file, found unknown unit '${parent}'` });
      }
      if (Boolean(values.note_en) !== Boolean(values.note_vi)) {
        issues.push({ file, ...row.at(values.note_en ? 'note_vi' : 'note_en'), message: `unit '${values.id as string}': expected the note in both languages (note_en and note_vi)` });
      }
      if (values.level === 'district' && (!values.geo_shape_id || !values.valid_until)) {
        issues.push({ file, ...row.at('id'), message: `district-level unit '${values.id as string}': expected both geo_shape_id and valid_until` });
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)).orderby('id'), issues };
  },
};
