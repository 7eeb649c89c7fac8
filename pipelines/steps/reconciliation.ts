import type { ColumnTable } from 'arquero';
import type { DataIssue } from '../lib/errors.ts';
import type { Step } from '../lib/step.ts';
import { columnValues, tableOf } from '../lib/table-of.ts';
import { reconciliationSchema } from '../schemas/raw.ts';
import type { Reference } from './reference.ts';

/**
 * What became of every row of the research files the data was transcribed from. A row marked
 * loaded or merged must name an observation that exists (unit|indicator|period|kind|source, any
 * spelling of the unit); any other outcome must say why. Kept for provenance, not published.
 */
export const reconciliationStep: Step<{ reference: Reference; observations: ColumnTable }> = {
  name: 'research-reconciliation',
  file: 'research-reconciliation.csv',
  schema: reconciliationSchema,
  transform(validated, { reference, observations }, file) {
    const rows = [...validated];
    const issues: DataIssue[] = [];
    // Only rows of the datasets the file names are looked at: a large dataset it does not name costs nothing.
    const datasets = new Set(rows.map((r) => r.values.dataset));
    const columns = ['dataset', 'unit_id', 'indicator_id', 'period', 'kind', 'source_id'].map((c) => columnValues(observations, c));
    const keys = new Set<string>();
    for (let i = 0; i < observations.numRows(); i++) {
      if (!datasets.has(columns[0]![i]!)) continue;
      let key = String(columns[0]![i]);
      for (let c = 1; c < columns.length; c++) key += `|${columns[c]![i]}`;
      keys.add(key);
    }
    for (const row of rows) {
      const { values } = row;
      const outcome = values.outcome as string;
      if (outcome === 'loaded' || outcome === 'merged') {
        const [unit = '', indicator, period, kind, source] = String(values.observation ?? '').split('|');
        const key = [values.dataset, reference.names.resolve(unit), indicator, period, kind, source].join('|');
        if (!keys.has(key)) {
          issues.push({ file, ...row.at('observation'), message: `column 'observation': expected an observation of dataset '${String(values.dataset)}' as unit|indicator|period|kind|source, found no observation '${String(values.observation)}'` });
        }
      }
      if (outcome !== 'loaded' && !values.reason) {
        issues.push({ file, ...row.at('reason'), message: `column 'reason': expected why a research row was ${outcome.replace('_', ' ')} rather than loaded one to one` });
      }
    }
    return { table: tableOf(rows.map((r) => r.values), this.schema.fields.map((f) => f.name)), issues };
  },
};
