import type { Page } from 'playwright-core';

/** One text label of a chart as the reader sees it: its text, its box and its size on screen. */
export interface LabelBox {
  figure: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Font size in CSS px after every transform and the SVG's scaling. */
  size: number;
}

export interface LayoutAudit {
  /** The page's scroll width; wider than the viewport means the page scrolls sideways. */
  scrollWidth: number;
  viewportWidth: number;
  labels: LabelBox[];
  /** Pairs of labels of the same chart whose boxes overlap by more than a pixel each way. */
  overlaps: [LabelBox, LabelBox][];
}

/**
 * What the reader of one page sees of its charts: every visible text label of every chart's SVG,
 * with its size on screen (font size times the scale of its screen transform) and its box, and
 * the page's width. Runs in the page.
 */
export async function auditLayout(page: Page): Promise<LayoutAudit> {
  const { scrollWidth, viewportWidth, labels } = await page.evaluate(() => {
    const found: LabelBox[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
      for (const text of figure.querySelectorAll<SVGTextElement>('svg text')) {
        const label = text.textContent?.trim() ?? '';
        const box = text.getBoundingClientRect();
        if (!label || box.width === 0 || box.height === 0) continue;
        const style = getComputedStyle(text);
        if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
        const m = text.getScreenCTM();
        const scale = m ? Math.hypot(m.a, m.b) : 1;
        found.push({ figure: figure.id, text: label, left: box.left, top: box.top + scrollY, right: box.right, bottom: box.bottom + scrollY, size: parseFloat(style.fontSize) * scale });
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewportWidth: document.documentElement.clientWidth, labels: found };
  });
  const overlaps: [LabelBox, LabelBox][] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (a.figure !== b.figure) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) overlaps.push([a, b]);
    }
  }
  return { scrollWidth, viewportWidth, labels, overlaps };
}
