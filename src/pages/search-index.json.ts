import type { APIRoute } from 'astro';
import { LANGS } from '../../pipelines/domain/lang.ts';
import { buildData } from '../engine/build-data.ts';
import { pathFor } from '../i18n/routing.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { fileResponse } from '../lib/file-response.ts';
import type { SearchEntry } from '../lib/search.ts';
import { indicatorPagePath, unitPagePath } from '../lib/site-paths.ts';
import { hasUnitPage } from '../lib/unit-pages.ts';
import { indicatorSummaries } from '../queries/indicator-summaries.ts';
import { unitAliasesQuery } from '../queries/unit-aliases.ts';
import { allUnits } from '../queries/units.ts';

/** The site's own pages that search finds by their title. */
const PAGES: { path: string; title: MessageKey }[] = [
  { path: '', title: 'navHome' },
  { path: 'xep-hang/', title: 'rankingTitle' },
  { path: 'hai-long/', title: 'satisfactionTitle' },
  { path: 'dich-vu-cong/', title: 'onlineTitle' },
  { path: 'quan-huyen/', title: 'districtsTitle' },
  { path: 'nguon-va-phuong-phap/', title: 'methodTitle' },
  { path: 'du-lieu/', title: 'dataTitle' },
  { path: 'chi-so/', title: 'indicatorsTitle' },
  { path: 'don-vi/', title: 'unitsTitle' },
  { path: 'ha-noi-63-tinh/', title: 'hanoiTitle' },
];

const both = <T,>(f: (lang: (typeof LANGS)[number]) => T) => [f('vi'), f('en')] as [T, T];

/**
 * The search index: every unit with a page, every indicator and every section, by name in both
 * languages, with other spellings. The header's search box fetches it when it is first focused.
 */
export const GET: APIRoute = async () => {
  const [units, indicators, aliases] = await Promise.all([allUnits(buildData), indicatorSummaries(buildData), buildData.run(unitAliasesQuery)]);
  const aliasesOf = Map.groupBy(aliases, (a) => a.unit_id);
  const entries: SearchEntry[] = [
    ...PAGES.map((page): SearchEntry => ({ k: 'p', n: both((lang) => t(lang, page.title)), p: both((lang) => pathFor(lang, page.path)) })),
    ...units.filter(hasUnitPage).map((u): SearchEntry => ({ k: 'u', n: [u.name_vi, u.name_en], p: both((lang) => pathFor(lang, unitPagePath(u))), a: (aliasesOf.get(u.id) ?? []).map((a) => a.alias) })),
    ...indicators.map((i): SearchEntry => ({ k: 'i', n: [i.name_vi, i.name_en], p: both((lang) => pathFor(lang, indicatorPagePath(i.id))), a: [i.id] })),
  ];
  return fileResponse(JSON.stringify(entries), 'application/json');
};
