import { describe, expect, it } from 'vitest';
import { sourceLine, sourceListHtml, type SourceFields } from '../../../src/lib/sources.ts';

const source = (o: Partial<SourceFields>): SourceFields => ({ source_id: 's', source_publisher: 'Báo Đấu thầu', source_title: 'Hà Nội công bố', source_published: '2023-03-23', source_url: 'https://baodauthau.vn/a', ...o });

describe('sources', () => {
  it('cites a source with its date as the page language writes it', () => {
    expect(sourceLine('vi', source({}))).toBe('Nguồn: Báo Đấu thầu, Hà Nội công bố (23/3/2023)');
    expect(sourceLine('en', source({ source_published: null }))).toBe('Source: Báo Đấu thầu, Hà Nội công bố');
  });

  it('lists each source once, linked when it has an address', () => {
    const html = sourceListHtml('en', [source({}), source({}), source({ source_id: 't', source_title: 'Other', source_url: null, source_published: '2024-05' })]);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<a href="https://baodauthau.vn/a" rel="noopener">Hà Nội công bố</a> (23 Mar 2023)');
    expect(html).toContain('Báo Đấu thầu: Other (May 2024)');
  });

  it('escapes what a source record says', () => {
    expect(sourceListHtml('vi', [source({ source_title: '<img src=x onerror=alert(1)>' })])).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
