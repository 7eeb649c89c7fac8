/**
 * The closed vocabularies of the data: the raw-file validation, the output schemas and the site all
 * read them from here, so a new value is added in one place.
 */
export const UNIT_LEVELS = ['country', 'region', 'province', 'district', 'commune_group', 'bloc', 'department'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const TOPICS = ['par_index', 'satisfaction', 'governance', 'online_services', 'reform_activity'] as const;
export type Topic = (typeof TOPICS)[number];

export const INDICATOR_UNITS = ['percent', 'points', 'count', 'billion_vnd'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const OBSERVATION_KINDS = ['actual', 'target', 'group'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** How a value is stated: = exact, >= at least, > more than, <= up to, < under, ~ about. */
export const COMPARATORS = ['=', '>=', '>', '<=', '<', '~'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const SOURCE_KINDS = ['official', 'state_media', 'other'] as const;

/** The fields that identify an observation: two rows with the same key are a duplicate. */
export const OBSERVATION_KEY = ['unit_id', 'indicator_id', 'period', 'kind', 'source_id', 'group', 'as_of'] as const;

export function observationKey(row: Partial<Record<(typeof OBSERVATION_KEY)[number], string | number | boolean | null>>): string {
  return OBSERVATION_KEY.map((k) => row[k] ?? '').join('|');
}
