/**
 * The years a figure, period or date in the data may fall in. The reform indices start in the 2010s
 * and the plans they measure against reach 2030–2050; a year outside 1990–2100 is a slip such as
 * 0000 or 9999, and is refused. The coverage view spans the same years (the data_years table).
 */
export const DATA_YEARS = { first: 1990, last: 2100 } as const;
