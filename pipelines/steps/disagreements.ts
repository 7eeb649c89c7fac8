import type { ColumnTable } from 'arquero';
import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { disagreementsOutput } from '../schemas/outputs.ts';
import type { Row } from '../lib/table-schema.ts';
import { disagreementsSchema } from '../schemas/raw.ts';
import type { Reference } from './reference.ts';

/**
 * Notes on disagreements; each note lists the observations of its unit, indicator and period. That
 * every disagreement has a note is checked once the engine holds the data (the conflicts view).
 */
export const disagreementsStep: Step<{ reference: Reference; observations: ColumnTable }> = {
  name: 'disagreements',
  file: 'disagreements.csv',
  schema: disagreementsSchema,
  transform(rows, { reference, observations }, file) {
    const issues: DataIssue[] = [];
    const all = observations.objects() as Row[];
    const notes: Row[] = [];
    for (const { values, positions } of rows) {
      const unitId = reference.names.resolve(values.unit as string);
      if (!unitId) {
        issues.push({ file, ...positions.unit!, message: `column 'unit': expected a unit id or alias, found unknown unit '${values.unit as string}'` });
        continue;
      }
      const related = all.filter((o) => o.unit_id === unitId && o.indicator_id === values.indicator && o.period === values.period);
      if (related.length === 0) {
        issues.push({ file, ...positions.id!, message: `note '${values.id as string}': expected observations of ${unitId}, ${values.indicator as string}, ${values.period as string}, found none` });
        continue;
      }
      notes.push({
        id: values.id ?? null,
        indicator_id: values.indicator ?? null,
        unit_id: unitId,
        period: values.period ?? null,
        obs_ids: related.map((o) => o.obs_id as string).sort().join(' '),
        summary_en: values.summary_en ?? null,
        summary_vi: values.summary_vi ?? null,
      });
    }
    return { table: tableOf(notes, disagreementsOutput.schema.fields.map((f) => f.name)).orderby('id'), issues };
  },
};
