import type { Lang } from '../../pipelines/domain/lang.ts';
import { formatNumber, t } from '../i18n/t.ts';

/** The fields of an observation that say what was published. */
export interface StatedValue {
  kind: string;
  comparator: string | null;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  group?: string | null;
  indicator_unit?: string;
}

const COMPARATOR: Record<string, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '~': '~ ', '=': '' };
const comparatorText = (row: StatedValue) => COMPARATOR[row.comparator ?? '='] ?? '';
const UNIT_SUFFIX: Record<string, Record<Lang, string>> = {
  percent: { vi: '%', en: '%' },
  points: { vi: ' điểm', en: ' points' },
  count: { vi: '', en: '' },
  billion_vnd: { vi: ' tỷ đồng', en: ' billion VND' },
};

/** What follows a number of an indicator's unit: "%", " điểm", " billion VND", or nothing for a count. */
export const unitSuffix = (lang: Lang, unit: string) => UNIT_SUFFIX[unit]?.[lang] ?? '';

/** A published value as a reader reads it: "≥ 50%", "91,61%", "hạng 30/30". */
export function valueText(lang: Lang, row: StatedValue): string {
  const parts: string[] = [];
  if (row.value !== null) parts.push(`${comparatorText(row)}${formatNumber(lang, row.value)}${UNIT_SUFFIX[row.indicator_unit ?? '']?.[lang] ?? ''}`);
  if (row.rank !== null) {
    const prefix = row.value === null ? comparatorText(row) : '';
    parts.push(`${prefix}${t(lang, 'colRank').toLowerCase()} ${row.rank}${row.rank_of ? `/${row.rank_of}` : ''}`);
  }
  if (row.kind === 'group' && row.group) parts.push(row.group);
  return parts.join(' · ');
}

export function kindText(lang: Lang, kind: string): string {
  return t(lang, kind === 'target' ? 'kindTarget' : kind === 'group' ? 'kindGroup' : 'kindActual');
}

/** The short label printed next to a dot: "≥ 83", "92,57 (hạng 3)". */
export function compactValue(lang: Lang, row: StatedValue): string {
  const value = row.value !== null ? `${comparatorText(row)}${formatNumber(lang, row.value)}` : '';
  const rank = `${t(lang, 'colRank').toLowerCase()} ${row.rank}`;
  return row.rank === null ? value : value ? `${value} (${rank})` : rank;
}
