import { defineQuery } from '../engine/query.ts';
import sql from './conflicts.sql?raw';

/** Where sources disagree (the conflicts view); a note on anything else (a tie) is not a disagreement. */
export const conflictsQuery = defineQuery(sql, { unit_id: 'string', indicator_id: 'string', period: 'string' });
