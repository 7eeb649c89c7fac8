/** Colours for the series of a chart, assigned in a fixed order so the chart and its legend agree. */
export const SERIES_COLORS = ['#1f5fa8', '#b35900', '#2e7d32', '#7b3fa0', '#c0392b', '#00838f', '#6d4c41', '#546e7a', '#ad1457', '#827717', '#283593', '#e65100'];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
