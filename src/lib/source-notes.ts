import { t, type Lang } from '../i18n/t.ts';

/** Where a note applies: one unit's figure of one indicator in one period. */
interface NoteTarget {
  unit_id: string;
  indicator_id: string;
  period: string;
}

const targetKey = (r: NoteTarget) => `${r.unit_id}|${r.indicator_id}|${r.period}`;

/**
 * Notes on the figures (data/disagreements.csv), as a page lists them. A note may cover several
 * units in the same words (a tie, two regions): its rows are one group, shown once. A group is a
 * disagreement when sources really differ on one of its figures (the conflicts view); a note on
 * figures whose sources agree, such as a tie of two units, is another note, not a disagreement.
 */
export function groupSourceNotes<R extends NoteTarget & { summary_en: string }>(notes: R[], conflicts: NoteTarget[]): { disagreeing: R[][]; other: R[][] } {
  const conflicting = new Set(conflicts.map(targetKey));
  const groups = [...Map.groupBy(notes, (n) => n.summary_en).values()];
  const disagreeing = groups.filter((rows) => rows.some((r) => conflicting.has(targetKey(r))));
  return { disagreeing, other: groups.filter((rows) => !disagreeing.includes(rows)) };
}

/** The notes as a page's sections, each with its heading: the disagreements, then the other notes; empty ones left out. */
export function sourceNoteSections<R extends NoteTarget & { summary_en: string }>(lang: Lang, notes: R[], conflicts: NoteTarget[]): { heading: string; groups: R[][] }[] {
  const { disagreeing, other } = groupSourceNotes(notes, conflicts);
  return [
    { heading: t(lang, 'disagreementsTitle'), groups: disagreeing },
    { heading: t(lang, 'otherNotesTitle'), groups: other },
  ].filter((section) => section.groups.length > 0);
}
