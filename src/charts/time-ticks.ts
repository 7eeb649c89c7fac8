import { formatDate } from '../../pipelines/domain/format.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';

/**
 * Tick labels of a time axis in the page's language, on one line: years alone where every tick
 * starts a year, else months ("7/2024", "Jul 2024"), else days. Plot's default labels are English
 * month names on two lines, and the second line is cut off under a chart's bottom margin.
 * The whole tick list decides, so that one axis never mixes "2024" with "7/2024".
 */
export function timeTickFormat(lang: Lang): (tick: Date, index: number, ticks?: readonly Date[]) => string {
  return (tick, _index, ticks = [tick]) => {
    const precision = ticks.every((d) => d.getUTCDate() === 1) ? (ticks.every((d) => d.getUTCMonth() === 0) ? 4 : 7) : 10;
    return formatDate(lang, tick.toISOString().slice(0, precision));
  };
}
