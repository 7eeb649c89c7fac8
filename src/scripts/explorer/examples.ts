import type { Lang } from '../../../pipelines/domain/lang.ts';
import type { MessageKey } from '../../i18n/t.ts';

/** Queries a reader can start from, naming units, publishers and summaries in the page's language; the first one opens the SQL tab. */
export function exampleQueries(lang: Lang): { label: MessageKey; sql: string }[] {
  return [
    {
      label: 'exampleRanking',
      sql: `SELECT rank, unit_name_${lang}, score, source_publisher_${lang}
FROM district_par_index
WHERE year = 2023 AND kind = 'actual'
ORDER BY rank NULLS LAST, score DESC NULLS LAST`,
    },
    {
      label: 'exampleTopics',
      sql: `SELECT topic, count(*) AS observations
FROM figures
GROUP BY topic
ORDER BY observations DESC`,
    },
    {
      label: 'exampleHanoi',
      sql: `SELECT period, value, source_publisher_${lang}
FROM figures
WHERE indicator_id = 'par_index_province' AND unit_id = 'ha-noi' AND kind = 'actual'
ORDER BY period`,
    },
    {
      label: 'exampleDisagreements',
      sql: `SELECT unit_id, indicator_id, period, summary_${lang}
FROM disagreements
ORDER BY indicator_id, period`,
    },
    {
      label: 'exampleCoverage',
      sql: `SELECT *
FROM district_par_index_coverage`,
    },
  ];
}
