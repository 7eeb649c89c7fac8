/**
 * The widths every chart is drawn at. A chart's SVG scales to its column, and its text scales with
 * it, so one drawing cannot be readable from a 288 px phone column to an 832 px desktop column.
 * Each chart is drawn at these widths and the page shows the one that fits its column (a CSS
 * container query, so it works before and without any script): text stays between 11 and about
 * 17 CSS px at every column width, and the chart always fills the column.
 */
export interface ChartLayout {
  name: 'narrow' | 'medium' | 'wide';
  /** The width the chart is drawn at, in SVG units (= CSS px when shown at its own width). */
  width: number;
  /** Shown from this column width up (CSS px), until the next layout's. */
  minColumn: number;
}

/** Type size of chart text in SVG units; shown at between 0.86 and 1.3 times this size. */
export const CHART_FONT_SIZE = 13;

export const LAYOUTS: readonly ChartLayout[] = [
  { name: 'narrow', width: 336, minColumn: 0 },
  { name: 'medium', width: 560, minColumn: 480 },
  { name: 'wide', width: 800, minColumn: 680 },
];

export const WIDE: ChartLayout = LAYOUTS.at(-1)!;

/** The layout a column of this width shows (the same choice as the page's container query). */
export const layoutFor = (columnWidth: number): ChartLayout => LAYOUTS.findLast((layout) => columnWidth >= layout.minColumn) ?? LAYOUTS[0]!;

/**
 * A conservative width of a label in SVG units, for margins and for keeping labels apart: Plot
 * does not measure text. Digits and most letters of system sans-serif fonts are under 0.62 em.
 */
export function textWidth(text: string, size = CHART_FONT_SIZE): number {
  let em = 0;
  for (const c of text) em += /[0-9]/.test(c) ? 0.6 : /[ .,:·'’]/.test(c) ? 0.32 : /[A-ZĐ]/.test(c) ? 0.7 : /[%mwMW]/.test(c) ? 0.9 : 0.6;
  return em * size;
}

/** A text cut with an ellipsis to fit a width in SVG units (whole when it fits). */
export function cutToWidth(text: string, maxWidth: number, size = CHART_FONT_SIZE): string {
  if (textWidth(text, size) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * The smallest of 1, 2, 2.5, 5 × a power of ten that spaces ticks over a span at least minGap
 * SVG units apart on an axis length long, so that tick labels of about minGap never touch.
 */
export function niceStep(span: number, length: number, minGap: number): number {
  for (let power = 10 ** Math.floor(Math.log10(Math.max(span, 1e-9)) - 2); ; power *= 10) {
    for (const m of [1, 2, 2.5, 5]) if ((length * m * power) / span >= minGap) return m * power;
  }
}

/** A text broken at spaces into lines no wider than maxWidth (a word wider than that has a line of its own). */
export function wrapToWidth(text: string, maxWidth: number, size = CHART_FONT_SIZE): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
