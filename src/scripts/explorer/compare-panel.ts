import { localized } from '../../../pipelines/domain/lang.ts';
import { layoutFor, type ChartLayout } from '../../charts/layout.ts';
import { plotElement, rendererFor, scopeElementIds, type ChartRenderer } from '../../charts/render.ts';
import { chosenRows, isRanking, mapContent, rankingContent, seriesContent, type CompareChoice } from '../../figures/compare-content.ts';
import { figureHtml, type FigureContent, type FigureData } from '../../figures/figure.ts';
import { PNG_SCALE, pictureSvg } from '../../figures/picture.ts';
import { formatPeriod, t, type Lang } from '../../i18n/t.ts';
import { csvBytes } from '../../lib/csv.ts';
import { pngFromSvg, saveFile } from '../../lib/download.ts';
import { escapeHtml } from '../../lib/html.ts';
import { disagreementsQuery } from '../../queries/disagreements.ts';
import type { ExplorerCatalog } from '../../queries/explorer-catalog.ts';
import { figureRows, figureRowsQuery, type FigureRow } from '../../queries/figure-rows.ts';
import type { EngineStatus } from './engine-status.ts';
import type { ExplorerState } from './explorer-url.ts';

/** Text for matching a search: lower case, without accents (so "ba dinh" finds "Ba Đình"). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();

export interface ComparePanel {
  draw(): Promise<void>;
}

/**
 * The compare form: an indicator (by topic, searchable), any mix of units and periods, drawn with
 * the site's own chart modules (the ranking's slots for one period of a ranked indicator, with its
 * map for district units; otherwise the timeline of actuals and targets), with the figure's table,
 * its sources and the disagreements the choice touches. Every choice goes to the URL.
 */
export function comparePanel(root: HTMLElement, lang: Lang, catalog: ExplorerCatalog, data: FigureData, state: ExplorerState, onChange: () => void, status: EngineStatus): ComparePanel {
  const form = root.querySelector<HTMLFormElement>('[data-part="compare-form"]')!;
  const select = form.querySelector<HTMLSelectElement>('select[name="indicator"]')!;
  const periodList = form.querySelector<HTMLElement>('[data-part="periods"]')!;
  const result = root.querySelector<HTMLElement>('[data-part="compare-result"]')!;
  const note = root.querySelector<HTMLElement>('[data-part="compare-note"]')!;
  const unitBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="unit"]')];
  const indicators = new Map(catalog.indicators.map((i) => [i.id, i]));

  const indicator = () => indicators.get(state.indicator ?? '') ?? catalog.indicators[0]!;

  /** Shows the units and periods the indicator has figures for, ticked as the state says. */
  function syncForm(): void {
    const chosen = indicator();
    select.value = chosen.id;
    const withData = new Set(chosen.units);
    const units = new Set(state.units);
    for (const box of unitBoxes) {
      box.checked = units.has(box.value);
      box.closest('li')!.hidden = !withData.has(box.value) && !box.checked;
    }
    // A group counts the units it shows for this indicator, not all it could show.
    for (const group of form.querySelectorAll<HTMLDetailsElement>('.unit-groups details')) {
      const shown = [...group.querySelectorAll('li')].filter((li) => !li.hidden).length;
      group.hidden = shown === 0;
      group.querySelector('[data-part="unit-count"]')!.textContent = String(shown);
    }
    // The period boxes are rebuilt only for another indicator, so a box keeps its focus when ticked.
    if (periodList.dataset.indicator !== chosen.id) {
      periodList.dataset.indicator = chosen.id;
      periodList.innerHTML = chosen.periods.map((p) => `<li><label><input type="checkbox" name="period" value="${escapeHtml(p)}" /> ${escapeHtml(formatPeriod(lang, p))}</label></li>`).join('');
    }
    const periods = new Set(state.periods);
    for (const box of periodList.querySelectorAll<HTMLInputElement>('input')) box.checked = periods.has(box.value);
    note.textContent = state.units.length === 0 ? t(lang, 'noUnitsChosen') : '';
  }

  const rowsByIndicator = new Map<string, Promise<FigureRow[]>>();
  const rowsOf = (id: string) => {
    let rows = rowsByIndicator.get(id);
    if (!rows) {
      rows = figureRows(data, { indicators: [id] });
      rows.catch(() => rowsByIndicator.delete(id));
      rowsByIndicator.set(id, rows);
    }
    return rows;
  };
  let notes: Promise<Awaited<ReturnType<typeof loadNotes>>> | undefined;
  const loadNotes = () => data.run(disagreementsQuery);
  let lastRows: FigureRow[] = [];
  /** The chart last drawn (the ranking or the series; a ranking's map goes with it on the page only): what the picture downloads show. */
  let lastChart: FigureContent | undefined;
  let drawn = 0;
  let warm = false;

  /**
   * Figures as the page's elements; the charts go in as the elements Plot drew, not as text to
   * parse again. The explorer measures its column, so each chart is drawn once, at the layout the
   * column shows (a pre-rendered page carries all three and lets CSS choose).
   */
  function figureNodes(figures: [string, FigureContent][], layout: ChartLayout): DocumentFragment {
    const charts: Element[] = [];
    const live: ChartRenderer = {
      svg(spec, idPrefix) {
        const chart = plotElement(spec, document);
        scopeElementIds(chart, idPrefix);
        charts.push(chart);
        return '<div data-chart-slot></div>';
      },
    };
    const template = document.createElement('template');
    template.innerHTML = figures.map(([id, content]) => figureHtml(id, id, content, lang, live, { layout })).join('');
    template.content.querySelectorAll('[data-chart-slot]').forEach((slot, i) => slot.replaceWith(charts[i]!));
    return template.content;
  }

  /** The layout the result's column shows now, and the one its charts were last drawn at. */
  const columnLayout = () => layoutFor(result.getBoundingClientRect().width);
  let drawnLayout: ChartLayout | undefined;

  async function draw(): Promise<void> {
    const ticket = ++drawn;
    const choice: CompareChoice = { indicator: indicator(), units: state.units, periods: state.periods };
    result.setAttribute('aria-busy', 'true');
    try {
      // Through the status, so a start after a failure shows its progress again.
      await status.start();
      notes ??= loadNotes();
      notes.catch(() => (notes = undefined));
      const [rows, allNotes] = await Promise.all([rowsOf(choice.indicator.id), notes]);
      const chosen = chosenRows(rows, choice);
      const figures: [string, FigureContent][] = [];
      let mapFailed = false;
      if (chosen.length > 0 && isRanking(choice, chosen)) {
        figures.push(['compare-ranking', rankingContent(chosen, choice, lang, rows)]);
        if (chosen.some((r) => r.unit_level === 'district')) {
          try {
            const map = mapContent(chosen, choice, catalog.units, await data.boundaries(), lang);
            if (map) figures.push(['compare-map', map]);
          } catch (error) {
            // Without the boundaries the ranking still stands; the next change tries the map again.
            console.warn('explorer map:', error);
            mapFailed = true;
          }
        }
      } else if (chosen.length > 0) {
        figures.push(['compare-series', seriesContent(chosen, choice, lang)]);
      }
      if (ticket !== drawn) return;
      const layout = columnLayout();
      const obsIds = new Set(chosen.map((r) => r.obs_id));
      const touched = [...new Map(allNotes.filter((n) => obsIds.has(n.obs_id)).map((n) => [n.id, n])).values()];
      // A note that several units share (a tie) is said once, with the units it is about.
      const bySummary = Map.groupBy(touched, (n) => localized(n, 'summary', lang));
      const notesHtml = touched.length === 0 ? '' : `<section class="disagreements"><h2>${escapeHtml(t(lang, 'disagreementsTitle'))}</h2><ul>${[...bySummary]
        .map(([summary, notes]) => `<li><strong>${escapeHtml([...new Set(notes.map((n) => localized(n, 'unit_name', lang)))].join(', '))}, ${escapeHtml([...new Set(notes.map((n) => formatPeriod(lang, n.period)))].join(', '))}</strong>: ${escapeHtml(summary)}</li>`)
        .join('')}</ul></section>`;
      // A unit chosen but absent from the chart is named, so that its absence reads as a gap in the data.
      const absent = choice.units.filter((id) => !chosen.some((r) => r.unit_id === id)).map((id) => catalog.units.find((u) => u.id === id));
      const absentHtml = figures.length > 0 && absent.length > 0 ? `<p class="notice" data-part="compare-absent">${escapeHtml(t(lang, 'compareAbsent', { units: absent.map((u) => (u ? localized(u, 'name', lang) : '')).filter(Boolean).join(', ') }))}</p>` : '';
      if (figures.length === 0) result.innerHTML = `<p class="notice">${escapeHtml(t(lang, 'compareEmpty'))}</p>`;
      else if (warm) result.replaceChildren(figureNodes(figures, layout));
      else {
        // The first drawing runs cold (nothing compiled yet): one figure per task keeps the page responsive.
        result.replaceChildren(figureNodes(figures.slice(0, 1), layout));
        for (const figure of figures.slice(1)) {
          await new Promise((next) => setTimeout(next));
          if (ticket !== drawn) return;
          result.append(figureNodes([figure], layout));
        }
        warm = true;
      }
      result.insertAdjacentHTML('afterbegin', absentHtml);
      result.insertAdjacentHTML('beforeend', notesHtml);
      result.dataset.state = mapFailed ? 'partial' : 'ready';
      drawnLayout = layout;
      lastRows = chosen;
      lastChart = figures[0]?.[1];
    } catch (error) {
      if (ticket === drawn) {
        result.dataset.state = 'failed';
        status.fail(error);
      }
    } finally {
      if (ticket === drawn) result.removeAttribute('aria-busy');
    }
  }

  const changed = () => {
    syncForm();
    onChange();
    void draw();
  };

  select.addEventListener('change', () => {
    state.indicator = select.value;
    const periods = new Set(indicator().periods);
    state.periods = state.periods.filter((p) => periods.has(p));
    changed();
  });
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'unit') state.units = unitBoxes.filter((b) => b.checked).map((b) => b.value);
    else if (input.name === 'period') state.periods = [...periodList.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
    else return;
    changed();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-filter="indicator"]')!.addEventListener('input', (event) => {
    const query = folded((event.target as HTMLInputElement).value);
    for (const option of select.querySelectorAll('option')) option.hidden = !folded(option.textContent ?? '').includes(query) && !folded(option.value).includes(query);
  });
  form.querySelector('[data-filter="units"]')!.addEventListener('input', (event) => {
    const query = folded((event.target as HTMLInputElement).value);
    const withData = new Set(indicator().units);
    for (const box of unitBoxes) box.closest('li')!.hidden = (!withData.has(box.value) && !box.checked) || !folded(box.closest('label')!.textContent ?? '').includes(query);
  });
  form.querySelector('[data-action="all-districts"]')!.addEventListener('click', () => {
    const withData = new Set(indicator().units);
    state.units = [...new Set([...state.units, ...unitBoxes.filter((b) => b.closest<HTMLElement>('li')!.dataset.unitLevel === 'district' && withData.has(b.value)).map((b) => b.value)])];
    changed();
  });
  form.querySelector('[data-action="clear-units"]')!.addEventListener('click', () => {
    state.units = [];
    changed();
  });
  // The result as the build's figures are given as pictures (./figures/picture.ts): the chart with its
  // title, what it shows, its legend, sources, licence, address (this view's link) and the data's version.
  const picture = () => pictureSvg(lang, lastChart!, { url: location.href, version: root.dataset.version! }, rendererFor(document));
  root.querySelector('[data-action="compare-svg"]')!.addEventListener('click', () => {
    if (lastChart) saveFile(new TextEncoder().encode(picture()), `${indicator().id}.svg`, 'image/svg+xml');
  });
  root.querySelector('[data-action="compare-png"]')!.addEventListener('click', async () => {
    if (lastChart) saveFile(await pngFromSvg(picture(), PNG_SCALE), `${indicator().id}.png`, 'image/png');
  });
  root.querySelector('[data-action="compare-csv"]')!.addEventListener('click', () => {
    const columns = Object.keys(figureRowsQuery.columns);
    saveFile(csvBytes(columns, lastRows.map((r) => columns.map((c) => r[c as keyof FigureRow] ?? null))), `${indicator().id}.csv`, 'text/csv');
  });

  // A column that now shows another layout (a phone turned, a window resized) is drawn again at it.
  new ResizeObserver(() => {
    if (drawnLayout && columnLayout() !== drawnLayout && ['ready', 'partial'].includes(result.dataset.state ?? '') && !result.hasAttribute('aria-busy')) void draw();
  }).observe(result);

  syncForm();
  // A district ranking also draws its map: its boundaries arrive while the engine starts.
  if (indicator().rank_level === 'district') data.boundaries().catch(() => {});
  return { draw };
}
