import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a built site, as the path a reader requests ("/", "/en/xep-hang/2023/", "/404.html"). */
export function sitePages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'data'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(root, path).split(sep).join('/')}`;
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/**
 * The page template a path is built from: its language and section, with the ids below the
 * section replaced by "*" ("/en/indicators/papi_province/2024/" → "/en/indicators/*\/*\/").
 */
export function pageTemplate(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const keep = parts[0] === 'en' ? 2 : 1;
  return `/${parts.map((p, i) => (i < keep ? p : '*')).join('/')}${path.endsWith('/') && parts.length > 0 ? '/' : ''}`;
}

/** Up to `each` pages of every template, spread over its pages (the first, the last and between). */
export function templateSample(pages: string[], each: number): string[] {
  return [...Map.groupBy(pages, pageTemplate).values()].flatMap((group) =>
    group.length <= each ? group : [...new Set(Array.from({ length: each }, (_, i) => group[Math.round((i * (group.length - 1)) / (each - 1))]!))],
  );
}
