import { describe, expect, it } from 'vitest';
import { sourceCell, sourceCreditsHtml, sourceListHtml, textLang, type SourceFields } from '../../../src/lib/sources.ts';

const source = (o: Partial<SourceFields>): SourceFields => ({ source_id: 's', source_publisher_en: 'Báo Đấu thầu', source_publisher_vi: 'Báo Đấu thầu', source_title: 'Hà Nội công bố', source_published: '2023-03-23', source_url: 'https://baodauthau.vn/a', ...o });

describe('sources', () => {
  it('tells a Vietnamese title from an English one that names a place with its marks', () => {
    expect(textLang('Huyện Phú Xuyên dồn lực cải cách hành chính')).toBe('vi');
    expect(textLang('Administrative reform and digital transformation seen as core drivers of Hà Nội')).toBe('en');
    expect(textLang('Vietmaz (repost of The Hanoi Times)')).toBe('en');
  });

  it('credits a source in a table cell, linked to the source and its record', () => {
    expect(sourceCell('vi', source({}))).toEqual({ text: 'Báo Đấu thầu (23/3/2023)', href: 'https://baodauthau.vn/a', record: { href: '/nguon-va-phuong-phap/#source-s', label: 'hồ sơ nguồn' } });
    expect(sourceCell('en', source({ source_publisher_en: 'The Hanoi Times', source_publisher_vi: 'The Hanoi Times', source_published: null, source_url: null }))).toEqual({ text: 'The Hanoi Times', record: { href: '/en/nguon-va-phuong-phap/#source-s', label: 'source record' } });
  });

  it('names a publisher in the page\'s language, in every place a source is credited', () => {
    const vna = source({ source_publisher_en: 'VietnamPlus (Vietnam News Agency)', source_publisher_vi: 'VietnamPlus (Thông tấn xã Việt Nam)' });
    expect(sourceCell('vi', vna)).toMatchObject({ text: 'VietnamPlus (Thông tấn xã Việt Nam) (23/3/2023)' });
    expect(sourceCell('en', vna)).toMatchObject({ text: 'VietnamPlus (Vietnam News Agency) (23 Mar 2023)' });
    expect(sourceListHtml('vi', [vna])).toContain('<li>VietnamPlus (Thông tấn xã Việt Nam): ');
    expect(sourceListHtml('en', [vna])).toContain('<li>VietnamPlus (Vietnam News Agency): ');
    expect(sourceCreditsHtml('vi', [vna])).toContain('>VietnamPlus (Thông tấn xã Việt Nam) (23/3/2023)</a>');
  });

  it('says, in the page\'s language, when a source\'s title was not recorded', () => {
    expect(sourceListHtml('vi', [source({ source_title: null })])).toContain('<li>Báo Đấu thầu: <a href="https://baodauthau.vn/a" rel="noopener">(không ghi lại được tiêu đề)</a> (23/3/2023)</li>');
    expect(sourceListHtml('en', [source({ source_title: null, source_url: null })])).toContain('<li>Báo Đấu thầu: (title not recorded) (23 Mar 2023)</li>');
  });

  it('says when a source\'s date is unknown', () => {
    expect(sourceListHtml('en', [source({ source_published: null })])).toContain('</a> (date unknown)</li>');
  });

  it('lists each source once, linked when it has an address, with titles in another language marked', () => {
    const html = sourceListHtml('en', [source({}), source({}), source({ source_id: 't', source_title: 'Other', source_url: null, source_published: '2024-05' })]);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<a href="https://baodauthau.vn/a" rel="noopener"><cite lang="vi">Hà Nội công bố</cite></a> (23 Mar 2023)');
    expect(html).toContain('<li>Báo Đấu thầu: <cite>Other</cite> (May 2024)');
  });

  it('escapes what a source record says', () => {
    expect(sourceListHtml('vi', [source({ source_title: '<img src=x onerror=alert(1)>' })])).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
