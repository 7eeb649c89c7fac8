import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { buildDataset, duplicateKeys } from '../../pipelines/build.ts';
import { buildBundle } from '../../pipelines/bundle.ts';
import { DataValidationError, type DataIssue } from '../../pipelines/lib/errors.ts';
import { fixtureWith, OBS_HEADER, VALID_FIXTURE } from '../helpers/fixture-data.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function issuesFor(replacements: Record<string, string>): DataIssue[] {
  const dir = fixtureWith(replacements);
  dirs.push(dir);
  try {
    buildDataset(dir);
  } catch (error) {
    if (error instanceof DataValidationError) return error.issues.map((i) => ({ ...i, file: i.file.slice(dir.length + 1) }));
    throw error;
  }
  throw new Error('expected the build to refuse the data');
}

const obs = (...rows: string[]) => `${OBS_HEADER}\n${rows.join('\n')}\n`;

describe('buildDataset on the valid fixture', () => {
  it('resolves every spelling of a unit to its id and parses periods', () => {
    const data = buildDataset(VALID_FIXTURE);
    const rows = data.observations.objects() as Record<string, unknown>[];
    expect(rows).toHaveLength(23);
    expect(rows.filter((r) => r.unit_id === 'ha-noi' && r.indicator_id === 'par_index_province').map((r) => r.value)).toEqual([92.57, 92.75]);
    expect(rows.find((r) => r.period === '2025-07-01/2025-09-23')).toMatchObject({ period_start: '2025-07-01', period_end: '2025-09-23' });
    expect(data.disagreements.objects()[0]).toMatchObject({ id: 'hanoi-2024', unit_id: 'ha-noi' });
  });
});

describe('buildDataset refuses bad input, naming file, line and column', () => {
  type Expected = Partial<Omit<DataIssue, 'message'>> & { message: RegExp };
  const cases: [string, Record<string, string>, Expected][] = [
    ['an unknown unit', { 'observations/par-index-hanoi.csv': obs('Quận Không Có,par_index_district,2023,actual,,90,,,,,press-a,,') }, { file: 'observations/par-index-hanoi.csv', line: 2, column: 1, message: /unknown unit 'Quận Không Có'/ }],
    ['an unknown indicator', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_ward,2023,actual,,90,,,,,press-a,,') }, { line: 2, column: 9, message: /unknown indicator 'par_index_ward'/ }],
    ['an unknown source', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,90,,,,,press-z,,') }, { line: 2, column: 48, message: /unknown source 'press-z'/ }],
    ['a value outside the indicator scale', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,101.5,,,,,press-a,,') }, { line: 2, message: /within the scale of 'par_index_district' \(0 to 100 percent\), found 101.5/ }],
    ['a rank outside 1..rank_of', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,,31,30,,,press-a,,') }, { line: 2, message: /rank from 1 to 30, found 31/ }],
    ['a rank beyond the indicator default when rank_of is not printed', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,,0,,,,press-a,,') }, { line: 2, message: /rank from 1 to 30, found 0/ }],
    ['a Vietnamese decimal comma', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,"91,61",,,,,press-a,,') }, { line: 2, column: 41, message: /dot.*91\.61/ }],
    ['a period it cannot read', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,unknown,actual,,90,,,,,press-a,,') }, { line: 2, column: 28, message: /expected a period/ }],
    ['a figure for a district after the district level ended', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2025-Q3,actual,,90,,,,,press-a,,') }, { line: 2, message: /existed until 2025-06-30/ }],
    ['a group row that carries a rank', { 'observations/rank-groups.csv': obs('Hải Phòng,par_index_province,2023,group,,,2,,top:3,,press-b,,') }, { line: 2, message: /membership of a set is not a rank/ }],
    ['a target without its comparator', { 'observations/reform-activity.csv': obs('phu-xuyen,on_time_rate,2024,target,,100,,,,,seed,,') }, { line: 2, message: /how the target is stated/ }],
    ['a ragged row', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,90,press-a') }, { line: 2, message: /expected 13 fields as in the header, found 6/ }],
    ['a missing column', { 'observations/par-index-hanoi.csv': 'unit,indicator,period,kind,comparator,value,rank,rank_of,group,as_of,source\n' }, { line: 1, column: 1, message: /missing column\(s\) 'note_en', 'note_vi'/ }],
    ['an unknown column', { 'sources.csv': 'id,publisher_en,publisher_vi,title,url,published,language,kind,note,extra\n' }, { file: 'sources.csv', line: 1, message: /unknown column 'extra'/ }],
    ['a note in one language only', { 'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,90,,,,,press-a,a note,') }, { line: 2, column: 63, message: /column 'note_vi': expected the note in both languages/ }],
    ['text that is not NFC', { 'observations/par-index-hanoi.csv': obs('Quận Ba \u0110i\u0300nh,par_index_district,2023,actual,,90,,,,,press-a,,') }, { line: 2, column: 1, message: /NFC/ }],
    ['an empty file', { 'observations/satisfaction.csv': '' }, { file: 'observations/satisfaction.csv', line: 1, message: /the file is empty/ }],
    ['a duplicate key within a file', { 'sources.csv': 'id,publisher_en,publisher_vi,title,url,published,language,kind,note\npress-a,A,A,T,https://a.org,2024,vi,other,\npress-a,A,A,T,https://a.org,2024,vi,other,\n' }, { file: 'sources.csv', line: 3, message: /duplicate key.*already on line 2/ }],
    ['a publisher named two ways in Vietnamese', { 'sources.csv': 'id,publisher_en,publisher_vi,title,url,published,language,kind,note\npress-a,Báo A,Báo A,Bài A,https://example.org/a,2024-02-20,vi,state_media,\npress-b,Báo A,Báo B,Bài B,https://example.org/b,2024-03,en,state_media,\nseed,Báo Hà Nội Mới,Báo Hà Nội Mới,Bài gốc,,2024-05-10,vi,state_media,URL not recorded\n' }, { file: 'sources.csv', line: 3, column: 15, message: /expected publisher_vi 'Báo A' for publisher_en 'Báo A', as on line 2/ }],
    ['a publisher named two ways in English', { 'sources.csv': 'id,publisher_en,publisher_vi,title,url,published,language,kind,note\npress-a,Báo A,Báo A,Bài A,https://example.org/a,2024-02-20,vi,state_media,\npress-b,Paper A,Báo A,Bài B,https://example.org/b,2024-03,en,state_media,\nseed,Báo Hà Nội Mới,Báo Hà Nội Mới,Bài gốc,,2024-05-10,vi,state_media,URL not recorded\n' }, { file: 'sources.csv', line: 3, column: 9, message: /expected publisher_en 'Báo A' for publisher_vi 'Báo A', as on line 2/ }],
    ['a source with no title and no note saying why', { 'sources.csv': 'id,publisher_en,publisher_vi,title,url,published,language,kind,note\npress-a,Báo A,Báo A,,https://example.org/a,2024-02-20,vi,state_media,\npress-b,Paper B (English edition),Báo B (bản tiếng Anh),Bài B,https://example.org/b,2024-03,en,state_media,\nseed,Báo Hà Nội Mới,Báo Hà Nội Mới,Bài gốc,,2024-05-10,vi,state_media,URL not recorded\n' }, { file: 'sources.csv', line: 2, column: 21, message: /source 'press-a': expected a title, or a note saying why there is none/ }],
    ['a duplicate observation across files', { 'observations/satisfaction.csv': obs('Ba Dinh,par_index_district,2023,actual,,96.3,1,30,,,press-a,,') }, { file: 'observations/satisfaction.csv', line: 2, message: /duplicate observation.*already at .*par-index-hanoi.csv:2/ }],
  ];

  it.each(cases)('%s', (_name, replacements, expected) => {
    const issues = issuesFor(replacements);
    expect(issues).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
  });

  it('sources that disagree without a note (checked once the engine holds the data)', async () => {
    const dir = fixtureWith({ 'disagreements.csv': 'id,indicator,unit,period,summary_en,summary_vi\n' });
    dirs.push(dir);
    await expect(buildBundle(dir, (name) => {
      throw new Error(`nothing may be written before every check has passed, yet ${name} was`);
    })).rejects.toThrowError(/disagreements\.csv:1:1: sources disagree on par_index_province for ha-noi in 2024/);
  });

  it('a file in data/ that no step reads, named so it is not silently left out', () => {
    const dir = fixtureWith();
    dirs.push(dir);
    writeFileSync(join(dir, 'new-figures.csv'), `${OBS_HEADER}\n`);
    mkdirSync(join(dir, 'observations', 'old'));
    writeFileSync(join(dir, 'observations', 'old', 'x.csv'), `${OBS_HEADER}\n`);
    expect(() => buildDataset(dir)).toThrowError(/new-figures\.csv:1:1: no step reads this file[\s\S]*observations\/old\/x\.csv:1:1: no step reads this file/);
  });

  it('a research row said to be loaded that names no observation', () => {
    const issues = issuesFor({ 'research-reconciliation.csv': 'research_file,research_line,outcome,dataset,observation,reason\nr.csv,2,loaded,par-index-hanoi,Ba Đình|par_index_district|2022|actual|press-a,\nr.csv,3,merged,par-index-hanoi,Ba Đình|par_index_district|2023|actual|press-a,\n' });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'research-reconciliation.csv', line: 2, column: 32, message: expect.stringMatching(/no observation 'Ba Đình\|par_index_district\|2022/) }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'research-reconciliation.csv', line: 3, message: expect.stringMatching(/expected why a research row was merged/) }));
  });

  it('a district whose boundary id is not in the boundaries', () => {
    const units = readFileSync(join(VALID_FIXTURE, 'units.csv'), 'utf8').replace('SHAPE-BA-DINH', 'SHAPE-NOWHERE');
    const issues = issuesFor({ 'units.csv': units });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'geo/hanoi-districts.topojson', message: expect.stringMatching(/'ba-dinh' has geo_shape_id 'SHAPE-NOWHERE'/) }));
  });

  it('a missing file', () => {
    const dir = fixtureWith();
    dirs.push(dir);
    rmSync(join(dir, 'indicators.csv'));
    expect(() => buildDataset(dir)).toThrowError(/indicators\.csv:1:1: the file is missing/);
  });

  it('reports every problem across files in one run', () => {
    const issues = issuesFor({
      'observations/par-index-hanoi.csv': obs('ba-dinh,par_index_district,2023,actual,,101,,,,,press-a,,', 'nowhere,par_index_district,2023,actual,,90,,,,,press-a,,'),
      'observations/governance-indices.csv': obs('ha-noi,papi_province,2024,actual,,"43,7",29,63,,,press-a,,'),
    });
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual(
      expect.arrayContaining(['observations/par-index-hanoi.csv:2', 'observations/par-index-hanoi.csv:3', 'observations/governance-indices.csv:2']),
    );
  });
});

describe('duplicateKeys', () => {
  const dataset = (file: string, rows: { obs_id: string; unit_id: string; line: number }[]) => ({
    name: file,
    path: file,
    file,
    rowCount: rows.length,
    issues: [],
    table: aq.table({
      obs_id: rows.map((r) => r.obs_id),
      unit_id: rows.map((r) => r.unit_id),
      indicator_id: rows.map(() => 'i'),
      period: rows.map(() => '2024'),
      kind: rows.map(() => 'actual'),
      source_id: rows.map(() => 's'),
      group: rows.map(() => null),
      as_of: rows.map(() => null),
      line: rows.map((r) => r.line),
    }),
  });

  it('names both places of a duplicate, across files', () => {
    const issues = duplicateKeys([dataset('a.csv', [{ obs_id: 'x1', unit_id: 'u', line: 2 }]), dataset('b.csv', [{ obs_id: 'x1', unit_id: 'u', line: 7 }])]);
    expect(issues).toEqual([{ file: 'b.csv', line: 7, column: 1, message: expect.stringMatching(/^duplicate observation \(unit, indicator, period, kind, source, group, as_of\) = \(u, i, 2024, actual, s, , \): expected each once, it is already at a\.csv:2$/) }]);
  });

  it('refuses two different observations whose ids clash, as the published table would repeat a key', () => {
    const issues = duplicateKeys([dataset('a.csv', [{ obs_id: 'x1', unit_id: 'u', line: 2 }, { obs_id: 'x1', unit_id: 'v', line: 3 }])]);
    expect(issues).toEqual([{ file: 'a.csv', line: 3, column: 1, message: expect.stringContaining('has the id x1 of the different observation at a.csv:2') }]);
  });
});

