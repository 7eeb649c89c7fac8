import { defineQuery } from '../engine/query.ts';
import sql from './source-usage.sql?raw';

export const sourceUsageQuery = defineQuery(sql, {
  id: 'string',
  publisher_en: 'string',
  publisher_vi: 'string',
  title: 'string?',
  url: 'string?',
  published: 'string?',
  kind: 'string',
  language: 'string',
  figure_count: 'number',
  indicators_vi: 'string?',
  indicators_en: 'string?',
});
