import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type Bundle } from '../../../pipelines/bundle.ts';
import { parseViews, readsOf } from '../../../pipelines/domain/views.ts';
import { readViews } from '../../../pipelines/engine.ts';
import { fixtureWith, OBS_HEADER } from '../../helpers/fixture-data.ts';

const view = (name: string, body = 'SELECT 1', header = '-- @bundle no') => `${header}\nCREATE OR REPLACE VIEW ${name} AS ${body}`;

describe('parseViews', () => {
  it('orders views so that each follows the views it reads', () => {
    const views = parseViews({ 'a.sql': view('a', 'SELECT * FROM b JOIN c USING (id)'), 'b.sql': view('b', 'SELECT * FROM c'), 'c.sql': view('c', 'SELECT * FROM observations') });
    expect(views.map((v) => v.name)).toEqual(['c', 'b', 'a']);
    expect(views.find((v) => v.name === 'a')!.dependsOn).toEqual(['b', 'c']);
  });

  it('refuses a file whose view is not named after it, an exported view without its titles, and a cycle', () => {
    expect(() => parseViews({ 'x.sql': view('y') })).toThrowError(/x\.sql: expected CREATE OR REPLACE VIEW x AS, found view y/);
    expect(() => parseViews({ 'x.sql': view('x', 'SELECT 1', '-- @title_en X') })).toThrowError(/x\.sql: an exported view needs a '-- @title_vi' line/);
    expect(() => parseViews({ 'a.sql': view('a', 'SELECT * FROM b'), 'b.sql': view('b', 'SELECT * FROM a') })).toThrowError(/cycle: a, b/);
  });

  it('finds the base tables and views a query reads, through views, and nothing in comments', () => {
    const views = readViews();
    const reads = readsOf('-- units are not read here\nSELECT * FROM district_par_index_coverage', views, ['observations', 'units', 'indicators', 'sources']);
    expect(reads.views.map((v) => v.name)).toEqual(['conflicts', 'coverage', 'district_par_index_coverage']);
    expect(reads.tables).toEqual(['observations', 'units', 'indicators']);
  });
});

describe('the coverage and conflicts views, on the fixture data', () => {
  let bundle: Bundle;
  const dirs: string[] = [];
  beforeAll(async () => {
    // Ba Đình 2023 from a second source with another score: a disagreement, explained by a note.
    const dir = fixtureWith({
      'observations/governance-indices.csv': `${OBS_HEADER}\nha-noi,papi_province,2024,actual,,43.7,29,63,,,press-a,,\nBa Đình,par_index_district,2023,actual,,96.1,,,,,press-b,,\n`,
      'disagreements.csv': 'id,indicator,unit,period,summary_en,summary_vi\nhanoi-2024,par_index_province,ha-noi,2024,Two scores.,Hai điểm số.\nba-dinh-2023,par_index_district,ba-dinh,2023,Two scores.,Hai điểm số.\n',
    });
    dirs.push(dir);
    bundle = await buildBundle(dir, () => {});
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('marks each unit-year published, disagreeing or missing, over every district year', () => {
    const coverage = bundle.districtCoverage;
    const status = (unit: string, year: number) => coverage.find((c) => c.unit_id === unit && c.year === year)?.status;
    expect(coverage).toHaveLength(2 * 9);
    expect(status('ba-dinh', 2022)).toBe('published');
    expect(status('ba-dinh', 2023)).toBe('disagreeing');
    expect(status('phu-xuyen', 2023)).toBe('published');
    expect(status('phu-xuyen', 2024)).toBe('missing');
    expect(status('ba-dinh', 2016)).toBe('missing');
  });

  it('counts a target as no published figure', () => {
    const px2024 = bundle.districtCoverage.find((c) => c.unit_id === 'phu-xuyen' && c.year === 2024)!;
    expect(px2024).toMatchObject({ status: 'missing', has_score: false, has_rank: false, sources: 0 });
  });
});
