import { defineQuery, type RowType } from '../engine/query.ts';
import sql from './districts.sql?raw';

export const districtsQuery = defineQuery(sql, { id: 'string', name_vi: 'string', name_en: 'string', type_vi: 'string', geo_shape_id: 'string' });
export type District = RowType<typeof districtsQuery>;
