import { describe, expect, it } from 'vitest';
import { groupSourceNotes } from '../../../src/lib/source-notes.ts';

const note = (id: string, unit_id: string, summary_en: string, obs = 'o') => ({ id, unit_id, indicator_id: 'par_index_district', period: '2023', summary_en, obs });

describe('groupSourceNotes', () => {
  it('shows a note that covers several units once, and a tie as another note, not a disagreement', () => {
    const tie = 'Nam Từ Liêm and Hoàn Kiếm both scored 95.7%.';
    const differ = 'Two sources give Phú Xuyên different scores.';
    const notes = [note('tie-ntl', 'nam-tu-liem', tie), note('tie-hk', 'hoan-kiem', tie), note('px', 'phu-xuyen', differ, 'a'), note('px', 'phu-xuyen', differ, 'b')];
    const { disagreeing, other } = groupSourceNotes(notes, [{ unit_id: 'phu-xuyen', indicator_id: 'par_index_district', period: '2023' }]);
    expect(disagreeing.map((rows) => rows.map((r) => r.obs))).toEqual([['a', 'b']]);
    expect(other.map((rows) => rows.map((r) => r.unit_id))).toEqual([['nam-tu-liem', 'hoan-kiem']]);
  });

  it('finds no disagreement where no sources conflict', () => {
    expect(groupSourceNotes([note('x', 'ba-dinh', 'A note.')], []).disagreeing).toEqual([]);
  });
});
