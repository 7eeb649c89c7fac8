import { defineQuery } from '../engine/query.ts';
import sql from './unit-aliases.sql?raw';

export const unitAliasesQuery = defineQuery(sql, { alias: 'string', unit_id: 'string' });
