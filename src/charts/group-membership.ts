import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { t } from '../i18n/t.ts';
import { groupClass, groupLabel, type GroupClass } from '../lib/group-label.ts';
import { sourceLine, type SourceFields } from '../lib/sources.ts';
import { COLORS } from './theme.ts';

/** A unit's published membership of an unordered set (top 5, bottom 2, a "followed by" list) in one period. */
export interface GroupRow extends SourceFields {
  unit_id: string;
  unit_name_vi: string;
  unit_name_en: string;
  period: string;
  group: string;
  note_vi: string | null;
  note_en: string | null;
}

export const GROUP_FILL: Record<GroupClass, string> = { upper: COLORS.groupUpper, lower: COLORS.groupLower, listed: COLORS.groupListed };

const CELL_WIDTH = 112;
const ROW_HEIGHT = 22;

/**
 * Units by periods: a cell is a set the unit was named in, labelled as the source states it. Cells
 * are never ordered within a set and never turned into ranks; an empty cell is no statement.
 */
export function groupMembershipChart(rows: GroupRow[], { lang, labelWidth = 140 }: { lang: Lang; labelWidth?: number }): Plot.PlotOptions {
  const name = (r: GroupRow) => localized(r, 'unit_name', lang);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  // One cell per unit and period, whatever the number of sources; a unit named in two sets shows both.
  const cells = [...Map.groupBy(rows, (r) => `${r.unit_id}|${r.period}`).values()].map((named) => {
    const sets = [...new Set(named.map((r) => r.group))];
    return { ...named[0]!, label: sets.map((g) => groupLabel(lang, g)).join(' · '), named };
  });
  type Cell = (typeof cells)[number];
  const units = [...new Set(cells.map(name))].sort((a, b) => a.localeCompare(b, lang));
  const tooltip = (c: Cell) => [...new Map(c.named.map((r) => [`${r.group}|${localized(r, 'note', lang)}`, `${name(r)}, ${r.period}: ${localized(r, 'note', lang) ?? groupLabel(lang, r.group)}`])).values(), ...c.named.map((r) => sourceLine(lang, r))].join('\n');
  return {
    width: labelWidth + CELL_WIDTH * periods.length + 10,
    height: units.length * ROW_HEIGHT + 40,
    marginLeft: labelWidth,
    marginRight: 10,
    marginTop: 30,
    x: { type: 'band', domain: periods, label: null, axis: 'top', tickSize: 0 },
    y: { type: 'band', domain: units, label: null, tickSize: 0 },
    color: { type: 'identity' },
    ariaLabel: t(lang, 'groupsDesc'),
    marks: [
      Plot.cell(cells, { x: 'period', y: name, fill: (c: Cell) => GROUP_FILL[groupClass(c.group)], inset: 1, title: tooltip }),
      Plot.text(cells, { x: 'period', y: name, text: 'label', fill: COLORS.ink }),
    ],
  };
}
