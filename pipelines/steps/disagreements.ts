import type { ColumnTable } from 'arquero';
import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { columnValues, tableOf } from '../lib/table-of.ts';
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
  transform(validated, { reference, observations }, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    const key = (unitId: unknown, indicator: unknown, period: unknown) => `${String(unitId)}|${String(indicator)}|${String(period)}`;
    const unitIds = rows.map((row) => reference.names.resolve(row.values.unit as string));
    // One pass over the observations collects the ids of those the notes are about.
    const related = new Map(rows.map((row, i) => [key(unitIds[i], row.values.indicator, row.values.period), [] as string[]]));
    const [obsIds, units, indicators, periods] = ['obs_id', 'unit_id', 'indicator_id', 'period'].map((c) => columnValues(observations, c));
    const noted = new Set(unitIds);
    for (let i = 0; i < observations.numRows(); i++) {
      if (noted.has(units![i] as string)) related.get(key(units![i], indicators![i], periods![i]))?.push(obsIds![i] as string);
    }
    const notes: Row[] = [];
    rows.forEach((row, i) => {
      const { values } = row;
      const unitId = unitIds[i];
      if (!unitId) {
        issues.push({ file, ...row.at('unit'), message: `column 'unit': expected a unit id or alias, found unknown unit '${values.unit as string}'` });
        return;
      }
      const ids = related.get(key(unitId, values.indicator, values.period))!;
      if (ids.length === 0) {
        issues.push({ file, ...row.at('id'), message: `note '${values.id as string}': expected observations of ${unitId}, ${values.indicator as string}, ${values.period as string}, found none` });
        return;
      }
      notes.push({
        id: values.id ?? null,
        indicator_id: values.indicator ?? null,
        unit_id: unitId,
        period: values.period ?? null,
        obs_ids: [...ids].sort().join(' '),
        summary_en: values.summary_en ?? null,
        summary_vi: values.summary_vi ?? null,
      });
    });
    return { table: tableOf(notes, disagreementsOutput.schema.fields.map((f) => f.name)).orderby('id'), issues };
  },
};
