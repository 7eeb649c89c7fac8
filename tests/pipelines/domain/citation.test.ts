import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationText, datasetVersion, versionDate } from '../../../pipelines/domain/citation.ts';

const work = { title: 'Xếp hạng năm 2023', url: 'https://example.org/xep-hang/2023/#ranking-2023', version: datasetVersion('2026-11-27', '351f61a9c0ffee'), partOf: 'Cải cách hành chính Hà Nội: các số liệu đã công bố' };

describe('the dataset version', () => {
  it('is the release date and the short hash of the data', () => {
    expect(work.version).toBe('2026-11-27+351f61a');
    expect(versionDate(work.version)).toBe('2026-11-27');
  });
  it('refuses a date or hash that is not one', () => {
    expect(() => datasetVersion('27/11/2026', '351f61a')).toThrow(/release date YYYY-MM-DD, found '27\/11\/2026'/);
    expect(() => datasetVersion('2026-11-27', 'xyz')).toThrow(/hexadecimal hash/);
  });
});

describe('a citation', () => {
  it('names the author, title, dataset, version, date, address and licence in the reader\'s language', () => {
    expect(citationText('vi', work)).toBe('Những người đóng góp cho Trang số liệu cải cách hành chính Hà Nội (2026). Xếp hạng năm 2023. Trong: Cải cách hành chính Hà Nội: các số liệu đã công bố. Phiên bản 2026-11-27+351f61a, 27/11/2026. https://example.org/xep-hang/2023/#ranking-2023. Giấy phép: CC BY 4.0.');
    expect(citationText('en', { ...work, partOf: undefined })).toContain('Hà Nội administrative-reform dashboard contributors (2026). Xếp hạng năm 2023. Version 2026-11-27+351f61a, 27 Nov 2026. https://example.org/');
  });
  it('is a BibTeX entry with a key of safe characters and escaped braces', () => {
    const bib = citationBibtex('vi', { ...work, title: 'A {braced} title' });
    expect(bib).toMatch(/^@misc\{hanoi-par-2026-xep-hang-2023-ranking-2023,\n/);
    expect(bib).toContain('title = {{A \\{braced\\} title}}');
    expect(bib).toContain('version = {2026-11-27+351f61a}');
    expect(bib).toContain('url = {https://example.org/xep-hang/2023/#ranking-2023}');
    expect(bib).toContain('author = {{Những người đóng góp cho Trang số liệu cải cách hành chính Hà Nội}}');
    expect(citationBibtex('en', work)).toContain('author = {{Hà Nội administrative-reform dashboard contributors}}');
  });
  it('is a CSL-JSON dataset item', () => {
    expect(citationCsl('vi', work)).toEqual([expect.objectContaining({ type: 'dataset', title: work.title, 'container-title': work.partOf, version: '2026-11-27+351f61a', issued: { 'date-parts': [[2026, 11, 27]] }, URL: work.url, language: 'vi', author: [{ literal: 'Những người đóng góp cho Trang số liệu cải cách hành chính Hà Nội' }] })]);
  });
});
