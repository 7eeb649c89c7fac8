import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/layout.ts';
import { buildTimeRenderer } from '../../../src/charts/render.ts';
import type { FigureContent } from '../../../src/figures/figure.ts';
import { dataDate, pictureSvg, PICTURE_WIDTH, sourceLine, wrapText } from '../../../src/figures/picture.ts';

const sources = [
  { source_id: 'a', source_publisher_en: 'Báo A', source_publisher_vi: 'Báo A', source_title: 'T', source_published: '2024-05-10', source_url: null },
  { source_id: 'b', source_publisher_en: 'Paper B (English edition)', source_publisher_vi: 'Báo B', source_title: 'U', source_published: null, source_url: null },
  { source_id: 'a', source_publisher_en: 'Báo A', source_publisher_vi: 'Báo A', source_title: 'T', source_published: '2024-05-10', source_url: null },
];

describe('the picture', () => {
  it('wraps words to a width', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười', 80, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(80);
    expect(lines.join(' ')).toBe('một hai ba bốn năm sáu bảy tám chín mười');
  });
  it('lists each source once with its date or "date unknown", and the latest date only when every date is known', () => {
    expect(sourceLine('vi', sources)).toBe('Nguồn: Báo A (10/5/2024); Báo B (không rõ ngày)');
    expect(sourceLine('en', sources.slice(0, 1))).toBe('Source: Báo A (10 May 2024)');
    expect(sourceLine('en', sources)).toBe('Sources: Báo A (10 May 2024); Paper B (English edition) (date unknown)');
    expect(dataDate('en', sources.slice(0, 1))).toBe('10 May 2024');
    expect(dataDate('en', [{ ...sources[0]!, source_published: '2025-02' }, ...sources.slice(0, 1)])).toBe('Feb 2025');
    // Báo B has no date: it may be later than 10 May 2024.
    expect(dataDate('en', sources)).toBeNull();
    expect(dataDate('en', sources.slice(1, 2))).toBeNull();
  });
  it('prints the title, what it shows, the sources, version and licence around the chart', () => {
    const content: FigureContent = { title: 'Xếp hạng năm 2023', description: 'Mỗi dòng là một vị trí.', chart: null, empty: 'Chưa có số liệu.', legend: [{ kind: 'hatch', label: 'Chưa có' }], table: { caption: '', columns: [], rows: [] }, sources };
    const svg = pictureSvg('vi', content, { url: 'https://example.org/xep-hang/2023/#ranking-2023', version: '2026-11-27+351f61a' }, buildTimeRenderer());
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="\\d+"`));
    for (const text of ['Xếp hạng năm 2023', 'Mỗi dòng là một vị trí.', 'Chưa có số liệu.', 'Chưa có', 'Nguồn: Báo A (10/5/2024); Báo B (không rõ ngày)', 'Phiên bản dữ liệu 2026-11-27+351f61a', 'CC BY 4.0 · Cải cách hành chính Hà Nội · https://example.org/xep-hang/2023/#ranking-2023']) {
      expect(svg).toContain(`>${text}</text>`);
    }
    // Báo B's date is unknown, so no "published up to" date is claimed.
    expect(svg).not.toContain('Số liệu công bố đến');
  });
});
