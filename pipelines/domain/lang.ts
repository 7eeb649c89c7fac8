/** The site's languages, Vietnamese first. Data columns that exist in both end in _vi and _en. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A field's text in one language: localized(row, 'unit_name', 'en') reads row.unit_name_en. */
export function localized<F extends string, R extends Record<`${F}_${Lang}`, unknown>>(row: R, field: F, lang: Lang): R[`${F}_vi`] {
  // Both languages of a field have the same type; the type of the Vietnamese one stands for both.
  return row[`${field}_${lang}`] as R[`${F}_vi`];
}
