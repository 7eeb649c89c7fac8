/**
 * How much of the data one page carries. A page holds what a reader can take in on a phone; the
 * complete data is one click away (the CSV, the explorer), and the page says how much it leaves
 * out. The limits are above everything the published data needs today (its longest table has 72
 * rows, a unit's longest topic 44, its busiest chart 26 points and 10 on the online page, its
 * largest coverage matrix 340 cells), so they only take effect as the data grows: with 10^5
 * observations no page exceeds 500 KB of HTML (`npm run bench:build -- --site`).
 */

/** Rows of a table that stands alone: a figure's data table, an indicator's or a unit's figures. */
export const TABLE_ROWS = 100;
/** Rows of each of several tables on one page (a unit's figures, one table per topic). */
export const GROUPED_TABLE_ROWS = 50;
/** Rows of each of many small tables listed on one page (the online page's other figures, one collapsed table per indicator). */
export const LISTED_TABLE_ROWS = 5;
/** Points one chart draws (it is drawn at three widths, each point with its tooltip). */
export const CHART_POINTS = 30;
/** Points of each chart on a page of many charts (the online page's ten). */
export const MANY_CHARTS_POINTS = 15;
/** Cells of a coverage matrix (units × years): whole rows are drawn while they fit. */
export const COVERAGE_CELLS = 400;
/**
 * Cells of each of the three coverage matrices of the sources page (30 districts × 9 years, twice,
 * and 6 indices × 9 years today). Each cell costs about 480 bytes of HTML (the matrix is drawn at
 * three widths): at 10^6 observations, 300 cells each made the page 505 KB.
 */
export const SHARED_COVERAGE_CELLS = 270;
/**
 * Charts of one kind on one page (a unit's series over time, one per indicator). The most a unit
 * page has today is 5. At 10^6 observations every bound above is reached: a unit's series chart
 * (30 points at three widths, with its table) is about 55 KB and each of its 5 topic tables about
 * 15-19 KB, so 8 charts made unit pages of up to 515 KB; 6 keep the fullest at about 430 KB.
 */
export const PAGE_CHARTS = 6;

/** The first `limit` items and how many there are in all. */
export function bounded<T>(items: T[], limit: number): { shown: T[]; total: number } {
  return { shown: items.slice(0, limit), total: items.length };
}

/**
 * Whole series, in the order they first appear, while their points fit in `limit`: a chart draws a
 * series entirely or not at all. When even the first series is longer, its last `limit` points
 * (in the rows' order) are drawn, so the chart still shows the most recent stretch of one series
 * (`partial`).
 */
export function firstSeries<T>(rows: T[], keyOf: (row: T) => string, limit: number): { shown: T[]; series: number; shownSeries: number; partial: boolean } {
  const groups = Map.groupBy(rows, keyOf);
  const shown: T[] = [];
  let shownSeries = 0;
  for (const group of groups.values()) {
    if (shown.length + group.length > limit) break;
    shown.push(...group);
    shownSeries += 1;
  }
  if (shownSeries === 0 && rows.length > 0) {
    const first = groups.values().next().value!;
    return { shown: first.slice(-limit), series: groups.size, shownSeries: 1, partial: true };
  }
  // Keep the rows' own order (a series' rows need not be adjacent).
  const kept = new Set(shown);
  return { shown: rows.filter((r) => kept.has(r)), series: groups.size, shownSeries, partial: false };
}

/** The rows a chart draws, in their order, then the others: a table that shows its first rows shows the chart's. */
export function drawnFirst<T>(rows: T[], drawn: T[]): T[] {
  const kept = new Set(drawn);
  return [...drawn, ...rows.filter((r) => !kept.has(r))];
}
