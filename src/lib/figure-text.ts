import type { Lang } from '../i18n/messages.ts';
import { formatNumber, t } from '../i18n/t.ts';
import type { QueryRow } from './rows.ts';

const COMPARATOR: Record<string, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '~': '~ ', '=': '' };
const UNIT_SUFFIX: Record<string, Record<Lang, string>> = {
  percent: { vi: '%', en: '%' },
  points: { vi: ' điểm', en: ' points' },
  count: { vi: '', en: '' },
  billion_vnd: { vi: ' tỷ đồng', en: ' billion VND' },
};

/** A published value as a reader reads it: "≥ 50%", "91,61%", "#30/30". */
export function valueText(lang: Lang, row: QueryRow): string {
  const parts: string[] = [];
  if (typeof row.value === 'number') {
    parts.push(`${COMPARATOR[String(row.comparator ?? '=')] ?? ''}${formatNumber(lang, row.value)}${UNIT_SUFFIX[String(row.indicator_unit)]?.[lang] ?? ''}`);
  }
  if (typeof row.rank === 'number') {
    const prefix = typeof row.value !== 'number' ? (COMPARATOR[String(row.comparator ?? '=')] ?? '') : '';
    parts.push(`${prefix}${t(lang, 'colRank').toLowerCase()} ${row.rank}${row.rank_of ? `/${row.rank_of}` : ''}`);
  }
  if (row.kind === 'group') parts.push(String(row.group));
  return parts.join(' · ');
}

export function kindText(lang: Lang, kind: unknown): string {
  return t(lang, kind === 'target' ? 'kindTarget' : kind === 'group' ? 'kindGroup' : 'kindActual');
}

/** The short label printed next to a dot: "≥ 83", "92,57 #3". */
export function compactValue(lang: Lang, row: QueryRow): string {
  const value = typeof row.value === 'number' ? `${COMPARATOR[String(row.comparator ?? '=')] ?? ''}${formatNumber(lang, row.value)}` : '';
  return `${value}${typeof row.rank === 'number' ? ` #${row.rank}` : ''}`.trim();
}
