import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBundle } from '../../pipelines/bundle.ts';
import { buildSite } from '../helpers/build-site.ts';
import { OBS_HEADER } from '../helpers/fixture-data.ts';

// A contributor's path, with no code changed: a new observations file holding a new indicator for a
// new province (and Hà Nội), added to a temporary copy of data/, published by the pipeline and built
// into a site. The synthetic rows live in the temporary copy only.
const INDICATOR = 'test_index_province';
const PROVINCE = 'tinh-thu-nghiem';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-new-dataset-'));
  const data = join(dir, 'data');
  cpSync('data', data, { recursive: true });
  appendFileSync(join(data, 'indicators.csv'), `${INDICATOR},governance,Chỉ số thử nghiệm,Test index,points,0,100,63,province,true,Nhà xuất bản thử,Test publisher,"A synthetic index, added by a test.","Chỉ số giả, do bài kiểm thử thêm vào."\n`);
  appendFileSync(join(data, 'units.csv'), `${PROVINCE},province,Tỉnh Thử Nghiệm,Test Province,tỉnh,red-river-delta,,,,,\n`);
  appendFileSync(join(data, 'sources.csv'), 'test-new-dataset,Test publisher,Nhà xuất bản thử,Synthetic rows of tests/browser/new-dataset.test.ts,,2024,en,other,never published: generated in a temporary copy\n');
  writeFileSync(join(data, 'observations', 'test-new-dataset.csv'), [
    OBS_HEADER,
    `${PROVINCE},${INDICATOR},2023,actual,,71.5,4,63,,,test-new-dataset,,`,
    `Hà Nội,${INDICATOR},2023,actual,,80.2,1,63,,,test-new-dataset,,`,
    `${PROVINCE},${INDICATOR},2024,actual,,73,,,,,test-new-dataset,,`,
    '',
  ].join('\n'));
  await publishBundle(data, join(dir, 'bundle'));
  buildSite(join(dir, 'dist'), { BUNDLE_DIR: join(dir, 'bundle') });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = (path: string) => {
  const file = join(dir, 'dist', path);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

describe('a new dataset with a new indicator and a new province, and no code changed', () => {
  it('gets an indicator page in both languages, with its ranking chart', () => {
    for (const [path, name, province] of [[`chi-so/${INDICATOR}/index.html`, 'Chỉ số thử nghiệm', 'Tỉnh Thử Nghiệm'], [`en/indicators/${INDICATOR}/index.html`, 'Test index', 'Test Province']] as const) {
      const html = built(path);
      expect(html, path).toContain(`<h1>${name}</h1>`);
      const figure = /<figure class="chart" id="indicator-ranking-test_index_province-2023"[^]*?<\/figure>/.exec(html)?.[0] ?? '';
      expect(figure, path).toMatch(/<svg[^>]*role="img"/);
      // The province by its dot, at its published place.
      expect(figure).toMatch(new RegExp(`>${province} 71[,.]5<`));
      expect(figure).toContain(`<title>${province}: 71`);
      expect(figure).toMatch(/rank 4|hạng 4/);
      expect(figure).toContain('Synthetic rows of tests/browser/new-dataset.test.ts');
    }
  });

  it('gets a page for each period of its ranking, a series and a CSV', () => {
    expect(built(`chi-so/${INDICATOR}/2023/index.html`)).toContain('id="indicator-ranking-test_index_province-2023"');
    expect(built(`chi-so/${INDICATOR}/2024/index.html`)).toContain('id="indicator-ranking-test_index_province-2024"');
    expect(built(`chi-so/${INDICATOR}/index.html`)).toContain('id="indicator-series-test_index_province"');
    expect(built(`du-lieu/chi-so/${INDICATOR}.csv`).split('\r\n').filter((l) => l.includes(INDICATOR))).toHaveLength(3);
  });

  it('gets the new province a unit page in both languages, linked from the indicator page', () => {
    expect(built(`don-vi/${PROVINCE}/index.html`)).toContain('<h1>Tỉnh Thử Nghiệm</h1>');
    expect(built(`en/units/${PROVINCE}/index.html`)).toContain('<h1>Test Province</h1>');
    expect(built(`chi-so/${INDICATOR}/index.html`)).toContain(`href="/don-vi/${PROVINCE}/"`);
  });

  it('lists them in the indexes and the search index', () => {
    expect(built('chi-so/index.html')).toContain(`href="/chi-so/${INDICATOR}/"`);
    expect(built('don-vi/index.html')).toContain(`href="/don-vi/${PROVINCE}/"`);
    const search = JSON.parse(built('search-index.json')) as { n: string[] }[];
    expect(search.map((e) => e.n[0])).toEqual(expect.arrayContaining(['Chỉ số thử nghiệm', 'Tỉnh Thử Nghiệm']));
  });

  it('puts Hà Nội’s new figure on the page of Hà Nội among the provinces', () => {
    expect(built('ha-noi-63-tinh/index.html')).toContain(`id="index-${INDICATOR}"`);
  });
});
