import { describe, expect, it } from 'vitest';
import { groupClass, groupLabel } from '../../../src/lib/group-label.ts';

describe('groupLabel', () => {
  it.each([
    ['top:5', 'top 5', '5 cao nhất', 'upper'],
    ['highest-group:15', 'highest group (15)', 'nhóm cao nhất (15)', 'upper'],
    ['bottom:2', 'bottom 2', '2 thấp nhất', 'lower'],
    ['lowest-scoring:16', 'bottom 16', '16 thấp nhất', 'lower'],
    ['bottom', 'at the bottom', 'cuối bảng', 'lower'],
    ['after-leader:5', '5 after the leader', '5 sau dẫn đầu', 'listed'],
    ['after-leader:listed-3', 'named 3 in a list', 'kể tên thứ 3', 'listed'],
    ['group-2', 'group 2', 'nhóm 2', 'listed'],
  ])('%s', (code, en, vi, cls) => {
    expect(groupLabel('en', code)).toBe(en);
    expect(groupLabel('vi', code)).toBe(vi);
    expect(groupClass(code)).toBe(cls);
  });

  it('shows a set it does not know as it is written', () => {
    expect(groupLabel('en', 'mid-table:7')).toBe('mid-table:7');
    expect(groupClass('mid-table:7')).toBe('listed');
  });
});
