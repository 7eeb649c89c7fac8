import { formatDate } from '../../pipelines/domain/format.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { textWidth } from './layout.ts';

const DAY = 86_400_000;
/** Tick spacings tried, finest first: days (on an axis shorter than DAYS_AXIS), then months. */
const DAY_STEPS = [1, 2, 7, 14];
const DAYS_AXIS = 90 * DAY;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240];
/** Room around each tick label, in px. */
const LABEL_GAP = 12;

/**
 * Tick labels of a time axis in the page's language, on one line: years alone where every tick
 * starts a year, else months ("7/2024", "Jul 2024"), else days. Plot's default labels are English
 * month names with the year on a second line. The whole tick list decides, so that one axis never
 * mixes "2024" with "7/2024".
 */
export function timeTickFormat(lang: Lang): (tick: Date, index: number, ticks?: readonly Date[]) => string {
  return (tick, _index, ticks = [tick]) => {
    const precision = ticks.every((d) => d.getUTCDate() === 1) ? (ticks.every((d) => d.getUTCMonth() === 0) ? 4 : 7) : 10;
    return formatDate(lang, tick.toISOString().slice(0, precision));
  };
}

/** Days from the first of each month, every `step` days (1, 8, 15, … for a week), as d3's utcDay.every does. */
function dayTicks([from, to]: readonly [Date, Date], step: number): Date[] {
  const ticks: Date[] = [];
  for (let day = Math.ceil(from.getTime() / DAY); day * DAY <= to.getTime(); day++) {
    const tick = new Date(day * DAY);
    if ((tick.getUTCDate() - 1) % step === 0) ticks.push(tick);
  }
  return ticks;
}

function monthTicks([from, to]: readonly [Date, Date], step: number): Date[] {
  const ticks: Date[] = [];
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth() + (from.getUTCDate() > 1 || from.getUTCHours() > 0 ? 1 : 0);
  for (let month = Math.ceil(first / step) * step; ; month += step) {
    const tick = new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
    if (tick > to) return ticks;
    ticks.push(tick);
  }
}

/**
 * A time axis's ticks and their labels: the finest spacing (a day … 20 years; days only on an
 * axis of under three months, where months would give too few ticks) whose labels fit side by
 * side within the axis's `width` px. Plot's own tick count is only a hint, and gave a label a
 * month where "Sept 2024" and its neighbours overlapped.
 */
export function timeAxis(lang: Lang, domain: readonly [Date, Date], width: number): { ticks: Date[]; tickFormat: ReturnType<typeof timeTickFormat> } {
  const tickFormat = timeTickFormat(lang);
  const [from, to] = domain.map((d) => d.getTime()) as [number, number];
  const days = to - from < DAYS_AXIS ? DAY_STEPS : [];
  // A tick whose label would stick out past either end of the axis is left out: on the left it
  // would run into the y axis's lowest label.
  const roomy = (ticks: Date[]) =>
    ticks.filter((d, i) => {
      const x = ((d.getTime() - from) / (to - from)) * width;
      const half = textWidth(tickFormat(d, i, ticks)) / 2;
      return x >= half && x <= width - half;
    });
  const candidates = [...days.map((step) => dayTicks(domain, step)), ...MONTH_STEPS.map((step) => monthTicks(domain, step))].map(roomy).filter((ticks) => ticks.length > 0);
  const fits = (ticks: Date[]) => ticks.length * (Math.max(...ticks.map((d, i) => textWidth(tickFormat(d, i, ticks)))) + LABEL_GAP) <= width;
  return { ticks: candidates.find(fits) ?? candidates.at(-1) ?? [], tickFormat };
}
