import { defineQuery } from '../engine/query.ts';
import sql from './unit-figure-counts.sql?raw';

/** The number of figures on each district-level unit's page (unit-figures.sql, counted). */
export const unitFigureCountsQuery = defineQuery(sql, { id: 'string', figures: 'number' });
