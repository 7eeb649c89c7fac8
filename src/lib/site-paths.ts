/**
 * Where each generated page lives, as a path below the language prefix in its Vietnamese form;
 * pathFor (src/i18n/routing.ts) turns it into each language's address.
 */

/** A unit's page: the district-level units keep their own pages, every other unit has a unit page. */
export const unitPagePath = (unit: { id: string; level: string }) => (unit.level === 'district' ? `quan-huyen/${unit.id}/` : `don-vi/${unit.id}/`);

export const indicatorPagePath = (indicator: string) => `chi-so/${indicator}/`;

/** A period label as one segment of an address: a range (2021/2025) keeps its parts, joined by _. */
export const periodSlug = (period: string) => period.replaceAll('/', '_');

/** The page of one period of an indicator's ranking. */
export const rankingPagePath = (indicator: string, period: string) => `chi-so/${indicator}/${periodSlug(period)}/`;

/** The CSV of one indicator's figures (one file for both languages: it has both names). */
export const indicatorCsvPath = (indicator: string) => `du-lieu/chi-so/${indicator}.csv`;
