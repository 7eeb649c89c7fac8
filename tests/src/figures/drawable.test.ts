import { describe, expect, it } from 'vitest';
import { drawable } from '../../../src/figures/drawable.ts';

describe('drawable', () => {
  it('writes the glyphs Noto Sans lacks in ones it has, and drops axis arrows', () => {
    expect(drawable('<text>↑ %</text><text>năm →</text><text>≥ 83</text><text>◇ mục tiêu</text>')).toBe('<text>%</text><text>năm </text><text>&gt;= 83</text><text> mục tiêu</text>');
  });

  it('leaves text it can draw as it is', () => {
    const text = '<text>Phú Xuyên 91,61 — hạng 30/30</text>';
    expect(drawable(text)).toBe(text);
  });
});
