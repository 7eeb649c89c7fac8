import { defineQuery } from '../engine/query.ts';
import sql from './year-counts.sql?raw';

/** How many units each year of the district ranking has a published figure for. */
export const yearCountsQuery = defineQuery(sql, { year: 'number', units: 'number' });
