import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipelines/build.ts';
import { buildUnitNameIndex } from '../../pipelines/lib/unit-names.ts';
import { validateTable } from '../../pipelines/lib/validate-table.ts';
import { reconciliationSchema } from '../../pipelines/schemas/raw.ts';
import type { Row } from '../../pipelines/lib/table-schema.ts';
import { parseCsv } from '../../pipelines/lib/csv-read.ts';

// The research folder the data was transcribed from sits beside the checkout (and beside CI's clone).
const RESEARCH = join(import.meta.dirname, '..', '..', '..', 'shared', 'research');

const reconciliation = validateTable('data/research-reconciliation.csv', readFileSync('data/research-reconciliation.csv', 'utf8'), reconciliationSchema);
const data = buildDataset('data');
const observations = data.observations.objects() as Row[];
const names = buildUnitNameIndex({
  units: (data.units.objects() as Row[]).map((u) => ({ id: u.id as string, name_vi: u.name_vi as string })),
  aliases: (data.unitAliases.objects() as Row[]).map((a) => ({ alias: a.alias as string, unit_id: a.unit_id as string })),
});

describe('data/research-reconciliation.csv', () => {
  it('is a valid table', () => expect(reconciliation.issues).toEqual([]));

  it('points every loaded or merged research row at an observation that exists', () => {
    const rows = reconciliation.rows.map((r) => r.values).filter((r) => r.outcome === 'loaded' || r.outcome === 'merged');
    expect(rows.length).toBeGreaterThan(300);
    for (const r of rows) {
      const [unit, indicator, period, kind, source] = (r.observation as string).split('|');
      const unitId = names.resolve(unit!);
      const match = observations.find((o) => o.dataset === r.dataset && o.unit_id === unitId && o.indicator_id === indicator && o.period === period && o.kind === kind && o.source_id === source);
      expect(match, `${r.research_file as string}:${r.research_line as number} -> ${r.observation as string}`).toBeDefined();
    }
  });

  it('gives a reason for every research row not loaded one to one', () => {
    for (const r of reconciliation.rows.map((x) => x.values).filter((x) => x.outcome !== 'loaded')) expect(r.reason, `${r.research_file as string}:${r.research_line as number}`).toBeTruthy();
  });

  it.skipIf(!existsSync(RESEARCH))('accounts for every row of every research file', () => {
    const listed = new Set(reconciliation.rows.map((r) => `${r.values.research_file as string}:${r.values.research_line as number}`));
    const missing: string[] = [];
    for (const file of readdirSync(RESEARCH).filter((f) => f.endsWith('.csv'))) {
      const { records } = parseCsv(readFileSync(join(RESEARCH, file), 'utf8'), file);
      for (const record of records.slice(1)) if (!listed.has(`${file}:${record.line}`)) missing.push(`${file}:${record.line}`);
    }
    expect(missing).toEqual([]);
  });
});
