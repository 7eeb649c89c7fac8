import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { indicatorsSchema } from '../schemas/raw.ts';

/** Indicators: a scale must run upwards, and percentages stay within 0–100. */
export const indicatorsStep: Step<void> = {
  name: 'indicators',
  file: 'indicators.csv',
  schema: indicatorsSchema,
  transform(validated, _context, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    for (const row of rows) {
      const { values } = row;
      const min = values.scale_min as number | null;
      const max = values.scale_max as number | null;
      if (min !== null && max !== null && min >= max) {
        issues.push({ file, ...row.at('scale_max'), message: `column 'scale_max': expected a value above scale_min (${min}), found ${max}` });
      }
      if (values.unit === 'percent' && (min === null || max === null || min < 0 || max > 100)) {
        issues.push({ file, ...row.at('unit'), message: `indicator '${values.id as string}' is a percentage: expected scale_min and scale_max within 0–100` });
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)).orderby('topic', 'id'), issues };
  },
};
