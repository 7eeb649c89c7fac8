import { spawnSync } from 'node:child_process';

/**
 * Builds the site into `outDir` with extra environment variables (BUNDLE_DIR, BASE_PATH, SITE_URL…),
 * as a separate `astro build`. Vitest sets BASE_URL, MODE, DEV, PROD and SSR in its environment;
 * Astro would take them for the site's own import.meta.env, so the build gets an environment
 * without them.
 */
export function buildSite(outDir: string, variables: Record<string, string>): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'TEST', 'NODE_ENV'].includes(k)));
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env: { ...env, ...variables }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
}
