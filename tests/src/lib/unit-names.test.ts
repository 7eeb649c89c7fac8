import { describe, expect, it } from 'vitest';
import { unitHeading } from '../../../src/lib/unit-names.ts';

describe('unitHeading', () => {
  it('names a unit with its administrative type in each language', () => {
    const unit = { name_vi: 'Phú Xuyên', name_en: 'Phú Xuyên', type_vi: 'huyện' };
    expect(unitHeading('vi', unit)).toBe('Huyện Phú Xuyên');
    expect(unitHeading('en', unit)).toBe('Phú Xuyên district');
    expect(unitHeading('vi', { ...unit, type_vi: 'thị xã', name_vi: 'Sơn Tây' })).toBe('Thị xã Sơn Tây');
  });

  it('gives a unit without a district type its bare name', () => {
    expect(unitHeading('en', { name_vi: 'Hà Nội', name_en: 'Hà Nội', type_vi: 'thành phố trực thuộc trung ương' })).toBe('Hà Nội');
  });
});
