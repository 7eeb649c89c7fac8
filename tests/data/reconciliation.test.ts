import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipelines/build.ts';
import { parseCsv } from '../../pipelines/lib/csv-read.ts';
import { validateTable } from '../../pipelines/lib/validate-table.ts';
import { reconciliationSchema } from '../../pipelines/schemas/raw.ts';

// The research folder the data was transcribed from sits beside the checkout (and beside CI's clone).
const RESEARCH = join(import.meta.dirname, '..', '..', '..', 'shared', 'research');

describe('data/research-reconciliation.csv', () => {
  // The pipeline's reconciliation step refuses a loaded or merged row that names no observation,
  // and any other row without a reason (tests/pipelines/build.test.ts shows both refusals).
  it('passes the pipeline checks with the real data', () => {
    expect(() => buildDataset('data')).not.toThrow();
  });

  it.skipIf(!existsSync(RESEARCH))('accounts for every row of every research file', () => {
    const reconciliation = validateTable('data/research-reconciliation.csv', readFileSync('data/research-reconciliation.csv', 'utf8'), reconciliationSchema);
    const listed = new Set(reconciliation.rows.map((r) => `${r.values.research_file as string}:${r.values.research_line as number}`));
    const missing: string[] = [];
    for (const file of readdirSync(RESEARCH).filter((f) => f.endsWith('.csv'))) {
      const { records } = parseCsv(readFileSync(join(RESEARCH, file), 'utf8'), file);
      for (const record of records.slice(1)) if (!listed.has(`${file}:${record.line}`)) missing.push(`${file}:${record.line}`);
    }
    expect(missing).toEqual([]);
  });
});
