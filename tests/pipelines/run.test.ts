import { hash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureWith, OBS_HEADER, VALID_FIXTURE } from '../helpers/fixture-data.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `npm run data` on other folders, as it runs: Node 24 runs the pipeline's TypeScript with its types stripped (no tsx). */
function runData(dataDir: string, outDir: string) {
  return spawnSync(process.execPath, ['pipelines/run.ts', dataDir, outDir], { encoding: 'utf8' });
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, hash('sha256', readFileSync(join(dir, f)))]));
}

describe('npm run data', () => {
  it('picks up a new dataset from one new CSV in observations/ and publishes its rows, with no code changed', async () => {
    const data = fixtureWith({ 'observations/district-survey-2025.csv': `${OBS_HEADER}\nQ. Ba Đình,par_index_district,2021,actual,,94.5,2,30,,,press-a,new dataset,bộ dữ liệu mới\n` });
    const out = join(mkdtempSync(join(tmpdir(), 'par-out-')), 'data');
    dirs.push(data, join(out, '..'));
    const result = runData(data, out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ {4}1 {2}observations\/district-survey-2025\.csv/);
    const file = readFileSync(join(out, 'observations.parquet'));
    const rows = (await parquetReadObjects({ file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer })) as Record<string, unknown>[];
    expect(rows.filter((r) => r.dataset === 'district-survey-2025')).toEqual([expect.objectContaining({ unit_id: 'ba-dinh', period: '2021', value: 94.5, rank: 2, note_vi: 'bộ dữ liệu mới' })]);
    const shaped = readFileSync(join(out, 'district_par_index.csv'), 'utf8');
    expect(shaped).toMatch(/,2021,ba-dinh,Ba Đình,Ba Dinh,quận,actual,,94\.5,2,30,press-a,/);
  });

  it('writes the bundle and prints the summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'par-out-')), 'data');
    dirs.push(join(out, '..'));
    const result = runData(VALID_FIXTURE, out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/observations: 23 \(/);
    expect(result.stdout).toMatch(/2023:  2\/2 /);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['observations.parquet', 'observations.csv', 'datapackage.json', 'SHA256SUMS', 'README.md']));
  });

  it('on bad input exits non-zero, lists the problems and leaves the previous outputs exactly as they were', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'par-out-')), 'data');
    dirs.push(join(out, '..'));
    expect(runData(VALID_FIXTURE, out).status).toBe(0);
    const before = snapshot(out);
    const bad = fixtureWith({ 'observations/par-index-hanoi.csv': `${OBS_HEADER}\nba-dinh,par_index_district,2023,actual,,"91,61",,,,,press-a,,\nnowhere,par_index_district,2023,actual,,90,,,,,press-a,,\n` });
    dirs.push(bad);
    const result = runData(bad, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/par-index-hanoi\.csv:2:41: column 'value'/);
    expect(result.stderr).toMatch(/par-index-hanoi\.csv:3:1: column 'unit'/);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('on bad input with no previous outputs writes nothing at all', () => {
    const parent = mkdtempSync(join(tmpdir(), 'par-out-'));
    dirs.push(parent);
    const bad = fixtureWith({ 'indicators.csv': '' });
    dirs.push(bad);
    expect(runData(bad, join(parent, 'data')).status).toBe(1);
    expect(existsSync(join(parent, 'data'))).toBe(false);
  });
});
