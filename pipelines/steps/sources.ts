import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { sourcesSchema } from '../schemas/raw.ts';

/** Sources: a record without a URL must say why in its note. */
export const sourcesStep: Step<void> = {
  name: 'sources',
  file: 'sources.csv',
  schema: sourcesSchema,
  transform(validated, _context, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    for (const row of rows) {
      const { values } = row;
      if (!values.url && !values.note) {
        issues.push({ file, ...row.at('url'), message: `source '${values.id as string}': expected a URL, or a note saying why there is none` });
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)).orderby('id'), issues };
  },
};
