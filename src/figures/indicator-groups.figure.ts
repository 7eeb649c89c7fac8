import { localized } from '../../pipelines/domain/lang.ts';
import { GROUP_FILL, groupMembershipChart, type GroupRow } from '../charts/group-membership.ts';
import { formatPeriod, t, type MessageKey } from '../i18n/t.ts';
import { groupClass, groupLabel, type GroupClass } from '../lib/group-label.ts';
import { sourceCell } from '../lib/sources.ts';
import { indicatorSummaries, indicatorSummary } from '../queries/indicator-summaries.ts';
import { observationRows } from '../queries/observation-rows.ts';
import { defineFigure } from './figure.ts';

const CLASS_TEXT: Record<GroupClass, MessageKey> = { upper: 'groupClassUpper', lower: 'groupClassLower', listed: 'groupClassListed' };

/** The unordered sets (top, bottom, "followed by" lists) an indicator's sources name units in, by period. */
export default defineFigure({
  id: 'indicator-groups',
  instances: async (data) => (await indicatorSummaries(data)).filter((meta) => meta.has_groups).map((meta) => meta.id),
  key: (indicator: string) => indicator,
  async load(data, indicator) {
    const [meta, rows] = await Promise.all([indicatorSummary(data, indicator), observationRows(data, { indicator })]);
    return { meta, rows: rows.filter((r): r is typeof r & { group: string } => r.kind === 'group' && r.group !== null) satisfies GroupRow[] };
  },
  render({ meta, rows }, _indicator, lang) {
    const title = t(lang, 'groupsTitle', { name: localized(meta, 'name', lang) });
    const classes = [...new Set(rows.map((r) => groupClass(r.group)))].sort();
    return {
      title,
      description: t(lang, 'groupsDesc'),
      chart: (layout) => groupMembershipChart(rows, { lang, layout }),
      legend: classes.map((c) => ({ kind: 'color' as const, color: GROUP_FILL[c], label: t(lang, CLASS_TEXT[c]) })),
      table: {
        caption: title,
        columns: [t(lang, 'colPeriod'), t(lang, 'colGroup'), t(lang, 'colUnit'), t(lang, 'colNote'), t(lang, 'source')],
        rows: rows.map((r) => [formatPeriod(lang, r.period), groupLabel(lang, r.group), localized(r, 'unit_name', lang), localized(r, 'note', lang) ?? '', sourceCell(lang, r)]),
      },
      sources: rows,
    };
  },
});
