import { DATA_YEARS } from './data-years.ts';
import { DISTRICT_PAR_YEARS } from './district-years.ts';

/**
 * The derived tables of the dataset, defined once as SQL views over the base tables (one file per
 * view in ./views/). The pipeline runs them in DuckDB to export them, the site runs the same files
 * at build time and in the browser, so a shaped table cannot differ between the bundle and a chart.
 *
 * A view file starts with `-- @key value` lines: title_en, title_vi, description_en,
 * description_vi and primary_key describe an exported table; `@bundle no` keeps a helper view out
 * of the bundle. Each environment reads the files its own way and hands them to parseViews.
 */
export interface ViewDefinition {
  name: string;
  sql: string;
  bundle: boolean;
  title_en: string;
  title_vi: string;
  description_en: string;
  description_vi: string;
  primaryKey: string[];
  /** Names of the other views this one reads. */
  dependsOn: string[];
}

const HEADER = /^--\s*@(\w+)\s+(.*)$/;
const CREATE = /CREATE\s+OR\s+REPLACE\s+VIEW\s+(\w+)\s+AS/i;

/** One definition per file (`name.sql` → view `name`), checked and ordered so each view follows what it reads. */
export function parseViews(files: Record<string, string>): ViewDefinition[] {
  const parsed = Object.entries(files).map(([path, sql]) => {
    const name = path.replace(/^.*\//, '').replace(/\.sql$/, '');
    const created = CREATE.exec(sql)?.[1];
    if (created !== name) throw new Error(`${path}: expected CREATE OR REPLACE VIEW ${name} AS, found ${created ? `view ${created}` : 'no view'}`);
    const header = new Map<string, string>();
    for (const line of sql.split('\n')) {
      const m = HEADER.exec(line.trim());
      if (m) header.set(m[1]!, m[2]!.trim());
    }
    const bundle = header.get('bundle') !== 'no';
    const text = (key: string) => {
      const value = header.get(key);
      if (bundle && !value) throw new Error(`${path}: an exported view needs a '-- @${key}' line`);
      return value ?? '';
    };
    return {
      name,
      sql,
      bundle,
      title_en: text('title_en'),
      title_vi: text('title_vi'),
      description_en: text('description_en'),
      description_vi: text('description_vi'),
      primaryKey: bundle ? text('primary_key').split(',').map((k) => k.trim()) : [],
      dependsOn: [] as string[],
    };
  });
  for (const view of parsed) {
    const read = relationsRead(view.sql);
    view.dependsOn = parsed.map((v) => v.name).filter((other) => other !== view.name && read.has(other));
  }
  return orderByDependency(parsed);
}

/** Names that follow FROM or JOIN in a statement: the tables and views it reads (and its CTEs). */
function relationsRead(sql: string): Set<string> {
  const code = sql.replace(/--.*$/gm, '');
  return new Set([...code.matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)/gi)].map((m) => m[1]!.toLowerCase()));
}

function orderByDependency(views: ViewDefinition[]): ViewDefinition[] {
  const ordered: ViewDefinition[] = [];
  const pending = [...views].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (pending.length > 0) {
    const ready = pending.findIndex((v) => v.dependsOn.every((d) => ordered.some((o) => o.name === d)));
    if (ready < 0) throw new Error(`views that read each other in a cycle: ${pending.map((v) => v.name).join(', ')}`);
    ordered.push(...pending.splice(ready, 1));
  }
  return ordered;
}

/**
 * The statements that turn an engine holding the base tables into one that answers every view: the
 * domain's constants as tables, then the views in dependency order. The pipeline, the site build
 * and the browser all run exactly these.
 */
export function setupStatements(views: ViewDefinition[]): string[] {
  return [...DOMAIN_TABLES, ...views.map((v) => v.sql)];
}

/** The domain's constants as tables, created before any view. */
export const DOMAIN_TABLES = [
  `CREATE OR REPLACE TABLE district_years AS SELECT unnest([${DISTRICT_PAR_YEARS.join(', ')}]) AS year`,
  `CREATE OR REPLACE TABLE data_years AS SELECT unnest(range(${DATA_YEARS.first}, ${DATA_YEARS.last + 1})) AS year`,
];

/**
 * What a query reads, directly or through views: the base tables to load and the views to create
 * (in creation order), so an engine in the browser loads no table a query does not need.
 */
export function readsOf(sql: string, views: ViewDefinition[], baseTables: readonly string[]): { tables: string[]; views: ViewDefinition[] } {
  const found = new Set<string>();
  const visit = (text: string) => {
    for (const name of relationsRead(text)) {
      if (found.has(name)) continue;
      found.add(name);
      const view = views.find((v) => v.name === name);
      if (view) visit(view.sql);
    }
  };
  visit(sql);
  return { tables: baseTables.filter((t) => found.has(t)), views: views.filter((v) => found.has(v.name)) };
}
