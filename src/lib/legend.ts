import type { TimelineSeries } from '../charts/indicator-timeline.ts';
import type { Lang } from '../i18n/messages.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml } from './html.ts';

/** The legend of a timeline chart: one swatch per series, and the target symbol. */
export function timelineLegendHtml(lang: Lang, series: TimelineSeries[], hasTargets: boolean): string {
  const items = series.map((s) => `<li><span class="swatch" style="background:${s.color}"></span>${escapeHtml(s.label)}</li>`);
  if (hasTargets) items.push(`<li><span aria-hidden="true">◇</span> ${escapeHtml(t(lang, 'kindTarget'))}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}
