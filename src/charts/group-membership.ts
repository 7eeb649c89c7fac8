import * as Plot from '@observablehq/plot';
import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { groupClass, groupLabel, type GroupClass } from '../lib/group-label.ts';
import type { SourceFields } from '../lib/sources.ts';
import { CHART_FONT_SIZE, cutToWidth, textWidth, wrapToWidth, type ChartLayout } from './layout.ts';
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

const LINE = 16;

/**
 * Units by periods: a cell is a set the unit was named in, labelled as the source states it. Cells
 * are never ordered within a set and never turned into ranks; an empty cell is no statement. A
 * label wider than its cell takes several lines, and every row has room for the tallest.
 */
export function groupMembershipChart(rows: GroupRow[], { lang, layout }: { lang: Lang; layout: ChartLayout }): Plot.PlotOptions {
  const name = (r: GroupRow) => localized(r, 'unit_name', lang);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  // One cell per unit and period, whatever the number of sources; a unit named in two sets shows both.
  const cells = [...Map.groupBy(rows, (r) => `${r.unit_id}|${r.period}`).values()].map((named) => {
    const sets = [...new Set(named.map((r) => r.group))];
    return { ...named[0]!, label: sets.map((g) => groupLabel(lang, g)).join(' · '), named };
  });
  type Cell = (typeof cells)[number];
  const units = [...new Map(cells.map((c) => [c.unit_id, name(c)]))].sort((a, b) => a[1].localeCompare(b[1], lang));
  const nameOf = new Map(units.map(([id, unitName]) => [id, cutToWidth(unitName, layout.width * 0.35)]));
  const marginLeft = Math.ceil(Math.max(...[...nameOf.values()].map((n) => textWidth(n)))) + 10;
  const cellWidth = (layout.width - marginLeft - 4) / periods.length;
  // A label wider than its cell is broken into lines; every row has room for the tallest.
  const linesOf = (label: string) => wrapToWidth(label, cellWidth - 8);
  const rowHeight = Math.max(...cells.map((c) => linesOf(c.label).length)) * LINE + 8;
  // The tooltip says what the source says of the unit in that set (the sources are listed under the figure).
  const tooltip = (c: Cell) => [...new Set(c.named.map((r) => `${name(r)}, ${r.period}: ${localized(r, 'note', lang) ?? groupLabel(lang, r.group)}`))].join('\n');
  return {
    width: layout.width,
    height: units.length * rowHeight + 34,
    marginLeft,
    marginRight: 4,
    marginTop: 30,
    marginBottom: 4,
    x: { type: 'band', domain: periods, label: null, axis: 'top', tickSize: 0 },
    y: { type: 'band', domain: units.map(([id]) => id), label: null, tickSize: 0, tickFormat: (id: string) => nameOf.get(id) ?? id },
    color: { type: 'identity' },
    marks: [
      Plot.cell(cells, { x: 'period', y: 'unit_id', fill: (c: Cell) => GROUP_FILL[groupClass(c.group)], inset: 1, title: tooltip }),
      Plot.text(cells, { x: 'period', y: 'unit_id', text: (c: Cell) => linesOf(c.label).join('\n'), fill: COLORS.ink, lineHeight: LINE / CHART_FONT_SIZE }),
    ],
  };
}
