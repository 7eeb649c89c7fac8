import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { tableOf } from '../lib/table-of.ts';
import type { Row } from '../lib/table-schema.ts';
import { reconciliationSchema } from '../schemas/raw.ts';
import type { Reference } from './reference.ts';

/**
 * What became of every row of the research files the data was transcribed from. A row marked
 * loaded or merged must name an observation that exists (unit|indicator|period|kind|source, any
 * spelling of the unit); any other outcome must say why. Kept for provenance, not published.
 */
export const reconciliationStep: Step<{ reference: Reference; observations: Row[] }> = {
  name: 'research-reconciliation',
  file: 'research-reconciliation.csv',
  schema: reconciliationSchema,
  transform(rows, { reference, observations }, file) {
    const issues: DataIssue[] = [];
    const keys = new Set(observations.map((o) => [o.dataset, o.unit_id, o.indicator_id, o.period, o.kind, o.source_id].join('|')));
    for (const { values, positions } of rows) {
      const outcome = values.outcome as string;
      if (outcome === 'loaded' || outcome === 'merged') {
        const [unit = '', indicator, period, kind, source] = String(values.observation ?? '').split('|');
        const key = [values.dataset, reference.names.resolve(unit), indicator, period, kind, source].join('|');
        if (!keys.has(key)) {
          issues.push({ file, ...positions.observation!, message: `column 'observation': expected an observation of dataset '${String(values.dataset)}' as unit|indicator|period|kind|source, found no observation '${String(values.observation)}'` });
        }
      }
      if (outcome !== 'loaded' && !values.reason) {
        issues.push({ file, ...positions.reason!, message: `column 'reason': expected why a research row was ${outcome.replace('_', ' ')} rather than loaded one to one` });
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)), issues };
  },
};
