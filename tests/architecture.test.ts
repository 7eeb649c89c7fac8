import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under a folder with the modules it imports. */
function imports(folder: string): { file: string; from: string }[] {
  const found: { file: string; from: string }[] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g)) found.push({ file, from: m[1] ?? m[2]! });
  }
  return found;
}

describe('module boundaries', () => {
  it('the site imports from the pipelines only their shared domain module', () => {
    expect(imports('src').filter((i) => i.from.includes('pipelines/domain/')).length).toBeGreaterThan(10);
    const crossing = imports('src').filter((i) => /(^|\/)pipelines\//.test(i.from) && !/(^|\/)pipelines\/domain\//.test(i.from));
    expect(crossing).toEqual([]);
  });

  it('the pipelines import nothing from the site', () => {
    expect(imports('pipelines').filter((i) => /(^|\/)src\//.test(i.from))).toEqual([]);
  });

  it('the shared domain module imports nothing from either side and nothing of Node', () => {
    const outside = imports('pipelines/domain').filter((i) => i.from.startsWith('node:') || (i.from.startsWith('.') && !i.from.startsWith('./')));
    expect(outside).toEqual([]);
  });
});
