import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { sourcesSchema } from '../schemas/raw.ts';

/**
 * Sources: a record without a URL or a title must say why in its note, and a publisher has one name in each
 * language (the same publisher_en always goes with the same publisher_vi, and back), so a page
 * never names one publisher two ways.
 */
export const sourcesStep: Step<void> = {
  name: 'sources',
  file: 'sources.csv',
  schema: sourcesSchema,
  transform(validated, _context, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    const named = { publisher_en: new Map<string, { other: string; line: number }>(), publisher_vi: new Map<string, { other: string; line: number }>() };
    for (const row of rows) {
      const { values } = row;
      for (const field of ['url', 'title'] as const) {
        if (!values[field] && !values.note) {
          issues.push({ file, ...row.at(field), message: `source '${values.id as string}': expected a ${field === 'url' ? 'URL' : 'title'}, or a note saying why there is none` });
        }
      }
      for (const [field, otherField] of [['publisher_en', 'publisher_vi'], ['publisher_vi', 'publisher_en']] as const) {
        const name = values[field] as string | null;
        const other = values[otherField] as string | null;
        if (name === null || other === null) continue;
        const first = named[field].get(name);
        if (!first) named[field].set(name, { other, line: row.at(field).line });
        else if (first.other !== other) {
          issues.push({ file, ...row.at(otherField), message: `source '${values.id as string}': expected ${otherField} '${first.other}' for ${field} '${name}', as on line ${first.line}: a publisher has one name in each language` });
        }
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)).orderby('id'), issues };
  },
};
