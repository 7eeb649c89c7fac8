import { defineQuery } from '../engine/query.ts';

/** The number of rows of one bundle table (a name from datapackage.json, never user input). */
export const rowCountQuery = (table: string) => defineQuery(`SELECT CAST(count(*) AS INTEGER) AS n FROM "${table.replace(/"/g, '""')}"`, { n: 'number' });
