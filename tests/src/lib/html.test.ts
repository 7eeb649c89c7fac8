import { describe, expect, it } from 'vitest';
import { escapeHtml, tableHtml } from '../../../src/lib/html.ts';

describe('escapeHtml and tableHtml', () => {
  it('escapes every character that could end an element or an attribute', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
  });

  it('builds a captioned table with escaped cells and header cells scoped to columns', () => {
    expect(tableHtml({ caption: 'A & B', columns: ['<x>'], rows: [['"1"']] })).toBe(
      '<table tabindex="0"><caption>A &amp; B</caption><thead><tr><th scope="col">&lt;x&gt;</th></tr></thead><tbody><tr><td>&quot;1&quot;</td></tr></tbody></table>',
    );
  });

  it('gives a cell of long text a wide column, so a note on a phone does not wrap a syllable a line', () => {
    const note = 'được nêu là thấp nhất trong 30 quận, huyện, thị xã';
    const html = tableHtml({ caption: 'c', columns: ['Đơn vị', 'Ghi chú', 'Nguồn'], rows: [['Phú Xuyên', note, { text: 'VietnamPlus (Thông tấn xã Việt Nam) (20/2/2024)', href: 'https://example.org/' }]] });
    expect(html).toContain('<td>Phú Xuyên</td><td class="long">được nêu');
    expect(html).toContain('<td class="long"><a href="https://example.org/"');
  });
});
