import { describe, expect, it } from 'vitest';
import { compactValue, kindText, valueText, type StatedValue } from '../../../src/lib/figure-text.ts';

const stated = (o: Partial<StatedValue>): StatedValue => ({ kind: 'actual', comparator: null, value: null, rank: null, rank_of: null, ...o });

describe('valueText', () => {
  it('writes a value as the page language writes numbers, with its unit and how it is stated', () => {
    expect(valueText('vi', stated({ value: 91.61, indicator_unit: 'percent' }))).toBe('91,61%');
    expect(valueText('en', stated({ value: 91.61, indicator_unit: 'percent' }))).toBe('91.61%');
    expect(valueText('vi', stated({ kind: 'target', comparator: '>=', value: 50, indicator_unit: 'percent' }))).toBe('≥ 50%');
    expect(valueText('en', stated({ value: 2105, indicator_unit: 'billion_vnd' }))).toBe('2,105 billion VND');
  });

  it('writes a rank with its universe, and a stated rank target with its comparator', () => {
    expect(valueText('vi', stated({ rank: 30, rank_of: 30 }))).toBe('hạng 30/30');
    expect(valueText('en', stated({ kind: 'target', comparator: '=', rank: 18, rank_of: 30 }))).toBe('rank 18/30');
    expect(valueText('en', stated({ value: 92.57, indicator_unit: 'percent', rank: 3, rank_of: 63 }))).toBe('92.57% · rank 3/63');
  });

  it('names the set of a group membership, never as a rank', () => {
    expect(valueText('en', stated({ kind: 'group', group: 'top:3' }))).toBe('top:3');
  });
});

describe('compactValue and kindText', () => {
  it('labels a dot briefly', () => {
    expect(compactValue('vi', stated({ comparator: '>=', value: 83 }))).toBe('≥ 83');
    expect(compactValue('en', stated({ value: 92.57, rank: 3 }))).toBe('92.57 (rank 3)');
  });

  it('names the kind of a figure in the page language', () => {
    expect(kindText('vi', 'target')).toBe('Mục tiêu');
    expect(kindText('en', 'group')).toBe('Group');
    expect(kindText('en', 'actual')).toBe('Actual');
  });
});
