/** The years of the district PAR index the coverage table and the site cover (the district level ended in 2025). */
export const DISTRICT_PAR_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
