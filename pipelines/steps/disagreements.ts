import type { ColumnTable } from 'arquero';
import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import { disagreementsOutput } from '../schemas/outputs.ts';
import type { Row } from '../lib/table-schema.ts';
import { disagreementsSchema } from '../schemas/raw.ts';
import type { Reference } from './reference.ts';

/** Figures for one unit, indicator, period and kind from different sources that do not agree. */
export interface Conflict {
  unit_id: string;
  indicator_id: string;
  period: string;
  obs_ids: string[];
}

export function findConflicts(observations: Row[]): Conflict[] {
  const groups = new Map<string, Row[]>();
  for (const o of observations) {
    if (o.kind === 'group') continue;
    const key = [o.unit_id, o.indicator_id, o.period, o.kind].join('|');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(o);
  }
  const conflicts: Conflict[] = [];
  for (const rows of groups.values()) {
    const values = new Set(rows.filter((r) => r.value !== null).map((r) => r.value));
    const ranks = new Set(rows.filter((r) => r.rank !== null).map((r) => r.rank));
    if (values.size > 1 || ranks.size > 1) {
      const first = rows[0]!;
      conflicts.push({
        unit_id: first.unit_id as string,
        indicator_id: first.indicator_id as string,
        period: first.period as string,
        obs_ids: rows.map((r) => r.obs_id as string).sort(),
      });
    }
  }
  return conflicts;
}

/**
 * Notes on disagreements. Every pair of published figures that disagree must have a note, so that
 * the site can explain it; each note lists the observations of its unit, indicator and period.
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
    for (const conflict of findConflicts(all)) {
      const noted = notes.some((n) => n.unit_id === conflict.unit_id && n.indicator_id === conflict.indicator_id && n.period === conflict.period);
      if (!noted) {
        issues.push({ file, line: 1, column: 1, message: `sources disagree on ${conflict.indicator_id} for ${conflict.unit_id} in ${conflict.period} (observations ${conflict.obs_ids.join(', ')}): expected a note in this file explaining the disagreement` });
      }
    }
    return { table: tableOf(notes, disagreementsOutput.schema.fields.map((f) => f.name)).orderby('id'), issues };
  },
};
