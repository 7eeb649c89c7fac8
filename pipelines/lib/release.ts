import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

/**
 * The day the data was released: the date of the last commit that changed the input folder, so a
 * rebuild of the same data gives the same version. Outside a git checkout (a copy of the data in a
 * temporary folder), the latest full publication date among its sources.
 */
export function releaseDate(dataDir: string, sourceDates: (string | null)[]): string {
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: dataDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(committed)) return committed;
  } catch {
    // Not a git checkout, or git is not installed: fall back on the data's own dates.
  }
  const full = sourceDates.filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return full.at(-1) ?? '1990-01-01';
}

/** The hash of a bundle's data files: each file's SHA-256 and path, in path order. */
export function dataHash(files: { path: string; sha256: string }[]): string {
  const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => `${f.sha256}  ${f.path}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}
