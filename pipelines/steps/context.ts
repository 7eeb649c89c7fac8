import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { contextSchema } from '../schemas/raw.ts';

/** Dated facts about the reorganisation and the index method; each names its source. */
export const contextStep: Step<{ sources: Set<string> }> = {
  name: 'context',
  file: 'context.csv',
  schema: contextSchema,
  transform(validated, { sources }, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    for (const row of rows) {
      const { values } = row;
      if (!sources.has(values.source as string)) {
        issues.push({ file, ...row.at('source'), message: `column 'source': expected a source id from sources.csv, found unknown source '${values.source as string}'` });
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)).orderby('date', 'id'), issues };
  },
};
