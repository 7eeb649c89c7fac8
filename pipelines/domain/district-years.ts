/**
 * The years of the city's district PAR index that the coverage tables and the ranking pages span.
 * The series starts with the first year in our sources and stops with 2024, the last year assessed
 * before the district level ended on 1 July 2025; years with no published figure stay in the range
 * as gaps.
 */
export const DISTRICT_PAR_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
export type DistrictParYear = (typeof DISTRICT_PAR_YEARS)[number];
