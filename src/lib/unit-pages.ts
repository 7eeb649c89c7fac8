import type { UnitLevel } from '../../pipelines/domain/vocabulary.ts';

/**
 * Which units have a page: every unit with a published figure, and every district-level unit (those
 * keep the pages they had before the unit pages, figures or not). The unit index lists them in this
 * order of levels (the city and its parts first, then the country around it), any other level last.
 */
export const UNIT_PAGE_LEVELS: readonly UnitLevel[] = ['province', 'bloc', 'department', 'district', 'commune_group', 'region', 'country'];

/** The city this site is about: its pages put it first and link it to its place among the provinces. */
export const HANOI = 'ha-noi';

export const hasUnitPage = (unit: { level: string; figures: number }) => unit.figures > 0 || unit.level === 'district';

/** The units whose page is generated from their figures (the district-level units have their own). */
export const hasGeneratedPage = (unit: { level: string; figures: number }) => unit.figures > 0 && unit.level !== 'district';
