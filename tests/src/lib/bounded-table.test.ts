import { describe, expect, it } from 'vitest';
import { bundleQueryRunner, BUNDLE_DIR } from '../../../src/engine/build-engine.ts';
import { defineQuery } from '../../../src/engine/query.ts';
import { boundedTableHtml, completeOf, explorerHref, figuresSql, moreRowsHtml } from '../../../src/lib/bounded-table.ts';
import { observationRows } from '../../../src/queries/observation-rows.ts';
import { parseState } from '../../../src/scripts/explorer/explorer-url.ts';

const table = (n: number) => ({ caption: 'Figures', columns: ['#'], rows: Array.from({ length: n }, (_, i) => [String(i + 1)]), complete: { indicators: ['on_time_rate'], csv: '/du-lieu/chi-so/on_time_rate.csv' } });

describe('boundedTableHtml', () => {
  it('shows a table within the limit whole, with no line under it', () => {
    const html = boundedTableHtml(table(3), 'en', 3);
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).not.toContain('table-more');
  });

  it('shows the first rows of a longer table and says how many are left out and where they are', () => {
    const html = boundedTableHtml(table(1234), 'en', 100);
    expect(html.match(/<tr>/g)).toHaveLength(101);
    expect(html).toContain('<td>100</td>');
    expect(html).not.toContain('<td>101</td>');
    expect(html).toContain('The table shows the first 100 of 1,234 rows; the other 1,134 are not shown here.');
    expect(html).toContain('href="/du-lieu/chi-so/on_time_rate.csv" download');
    expect(html).toMatch(/<a href="\/en\/explore\/\?tab=sql&amp;sql=[^"]+">See every row in the explorer<\/a>/);
  });

  it('writes the counts the Vietnamese way on a Vietnamese page', () => {
    expect(boundedTableHtml(table(1234), 'vi', 100)).toContain('Bảng hiện 100 dòng đầu trong 1.234 dòng; 1.134 dòng còn lại không hiện ở đây.');
  });
});

describe('moreRowsHtml', () => {
  it('says nothing for a whole table, and only the counts when it knows no place for the rest', () => {
    expect(moreRowsHtml('en', 5, 5, { indicators: ['x'] })).toBe('');
    expect(moreRowsHtml('en', 5, 7, undefined)).toBe('<p class="table-more">The table shows the first 5 of 7 rows; the other 2 are not shown here.</p>');
  });
});

describe('the explorer link of the rows left out', () => {
  it('opens the SQL tab on the query, in the page’s language', () => {
    const href = explorerHref('vi', { units: ['ha-noi'], topics: ['satisfaction'] });
    expect(href.startsWith('/kham-pha/?')).toBe(true);
    const state = parseState(href.slice(href.indexOf('?')));
    expect(state.tab).toBe('sql');
    expect(state.sql).toBe(figuresSql('vi', { units: ['ha-noi'], topics: ['satisfaction'] }));
    expect(state.sql).toContain('unit_name_vi AS unit');
  });

  it('quotes every value it puts in the query', () => {
    expect(figuresSql('en', { indicators: ["it's"] })).toContain("indicator_id IN ('it''s')");
  });

  it('returns, run by DuckDB on the bundle, exactly the rows of the table it stands for', async () => {
    const run = bundleQueryRunner(BUNDLE_DIR);
    const count = async (sql: string) => (await run(defineQuery(`SELECT CAST(count(*) AS INTEGER) AS n FROM (${sql})`, { n: 'number' })))[0]!.n;
    const data = { run, boundaries: () => Promise.reject(new Error('not needed')) };
    const all = await observationRows(data, {});
    const indicator = all[0]!.indicator_id;
    const unit = all.at(-1)!.unit_id;
    const ofIndicator = await observationRows(data, { indicator });
    expect(await count(figuresSql('en', { indicators: [indicator] }))).toBe(ofIndicator.length);
    const ofUnit = (await observationRows(data, { unit })).filter((r) => r.topic === all.at(-1)!.topic);
    expect(await count(figuresSql('en', { units: [unit], topics: [all.at(-1)!.topic] }))).toBe(ofUnit.length);
    // A chart's rows: every one is matched.
    const some = ofIndicator.slice(0, 5);
    expect(await count(`${figuresSql('en', completeOf(some)).split('ORDER BY')[0]} AND obs_id IN (${some.map((r) => `'${r.obs_id}'`).join(', ')})`)).toBe(some.length);
  });
});

describe('completeOf', () => {
  it('names a few units one by one, and finds the rows of many by their indicators and kinds', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ indicator_id: 'x', unit_id: `u${i}`, kind: 'actual' }));
    expect(completeOf(rows(2))).toEqual({ indicators: ['x'], units: ['u0', 'u1'], kinds: ['actual'] });
    expect(completeOf(rows(11))).toEqual({ indicators: ['x'], kinds: ['actual'] });
  });
});
