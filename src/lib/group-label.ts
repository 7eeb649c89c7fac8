import type { Lang } from '../../pipelines/domain/lang.ts';
import { t, type MessageKey } from '../i18n/t.ts';

/**
 * The sets of a group row (observations.group: "top:5", "bottom:2", "after-leader:listed-3"…), as a
 * short label and a class that gives its colour. A set is never a rank: the label says what the
 * source says (the five highest, in no order; named third in a "followed by" list). A code this
 * module does not know is shown as it is written.
 */
export type GroupClass = 'upper' | 'lower' | 'listed';

const SETS: Record<string, { class: GroupClass; sized: MessageKey; bare?: MessageKey }> = {
  top: { class: 'upper', sized: 'groupTop' },
  'high-group': { class: 'upper', sized: 'groupHigh' },
  'highest-group': { class: 'upper', sized: 'groupHighest' },
  bottom: { class: 'lower', sized: 'groupBottom', bare: 'groupAtBottom' },
  lowest: { class: 'lower', sized: 'groupBottom' },
  'lowest-scoring': { class: 'lower', sized: 'groupBottom' },
  'after-leader': { class: 'listed', sized: 'groupAfterLeader' },
};

const CODE = /^([a-z-]+?)(?::(\d+)|:listed-(\d+))?$/;

export function groupClass(code: string): GroupClass {
  const set = CODE.exec(code)?.[1];
  return (set !== undefined ? SETS[set]?.class : undefined) ?? 'listed';
}

export function groupLabel(lang: Lang, code: string): string {
  const m = CODE.exec(code);
  const set = m && SETS[m[1]!];
  if (!m || !set) {
    const numbered = /^group-(\d+)$/.exec(code);
    return numbered ? t(lang, 'groupNumbered', { n: numbered[1]! }) : code;
  }
  if (m[3]) return t(lang, 'groupListed', { k: m[3] });
  if (m[2]) return t(lang, set.sized, { n: m[2] });
  return set.bare ? t(lang, set.bare) : code;
}
