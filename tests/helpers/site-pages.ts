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
