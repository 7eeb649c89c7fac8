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
});
