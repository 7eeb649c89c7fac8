/**
 * `npm run data`: validates data/, builds every output in memory, then replaces public/data/ as a
 * whole. On any problem it lists them all and exits non-zero, leaving the previous outputs as they were.
 */
import { resolve } from 'node:path';
import { buildBundle } from './bundle.ts';
import { DataValidationError } from './lib/errors.ts';
import { writeBundle } from './lib/write-bundle.ts';
import { summarise } from './summary.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const outDir = resolve(process.argv[3] ?? 'public/data');

try {
  const bundle = await buildBundle(dataDir);
  writeBundle(outDir, bundle.files);
  console.log(`Wrote ${bundle.files.size} files to ${outDir}\n${summarise(bundle)}`);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    console.error('Nothing was written; the previous outputs are unchanged.');
    process.exit(1);
  }
  throw error;
}
