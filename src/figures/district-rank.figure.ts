import { DISTRICT_PAR_YEARS } from '../../pipelines/domain/district-years.ts';
import { localized } from '../../pipelines/domain/lang.ts';
import { rankHistoryChart } from '../charts/rank-history.ts';
import { t } from '../i18n/t.ts';
import { districtsQuery } from '../queries/districts.ts';
import { defineFigure } from './figure.ts';
import { loadRanks } from './rank-history.figure.ts';
import { sourceCell } from '../lib/sources.ts';

/** One district-level unit's published ranks over the years, with its target ranks as targets. */
export default defineFigure({
  id: 'district-rank',
  async instances(data) {
    const units = await data.run(districtsQuery);
    const ranked = await Promise.all(units.map(async (u) => ({ id: u.id, years: new Set((await loadRanks(data, u.id)).actual.map((r) => r.year)).size })));
    // A single year is a dot, not a history: the district page states it in its table.
    return ranked.filter((u) => u.years >= 2).map((u) => u.id);
  },
  key: (unitId: string) => unitId,
  load: (data, unitId) => loadRanks(data, unitId),
  render({ actual, targets, rankOf }, _unitId, lang) {
    const name = actual[0] ? localized(actual[0], 'name', lang) : '';
    return {
      title: t(lang, 'rankSeriesTitle', { name }),
      description: t(lang, 'historyDesc'),
      chart: (layout) => rankHistoryChart(actual, { lang, layout, years: DISTRICT_PAR_YEARS, rankOf, targets }),
      legend: targets.length > 0 ? [{ kind: 'target', label: t(lang, 'kindTarget') }] : [],
      table: {
        caption: t(lang, 'rankSeriesTitle', { name }),
        columns: [t(lang, 'colYear'), t(lang, 'colKind'), t(lang, 'colRank'), t(lang, 'source')],
        rows: [...actual, ...targets].map((r) => [String(r.year), t(lang, r.kind === 'target' ? 'kindTarget' : 'kindActual'), `${r.rank}/${r.rank_of ?? rankOf}`, sourceCell(lang, r)]),
      },
      sources: [...actual, ...targets],
    };
  },
});
