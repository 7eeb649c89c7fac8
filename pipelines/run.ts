/**
 * `npm run data`: validates data/, builds every output into a staging folder, then replaces
 * public/data/ as a whole. On any problem it lists them all and exits non-zero, leaving the previous
 * outputs as they were.
 */
import { resolve } from 'node:path';
import { buildBundle } from './bundle.ts';
import { DataValidationError } from './lib/errors.ts';
import { stageFolder } from './lib/write-bundle.ts';
import { summarise } from './summary.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const outDir = resolve(process.argv[3] ?? 'public/data');

const staged = stageFolder(outDir);
try {
  const bundle = await buildBundle(dataDir, staged.write);
  staged.commit();
  console.log(`Wrote ${bundle.files.length} files to ${outDir}\n${summarise(bundle)}`);
} catch (error) {
  staged.discard();
  if (error instanceof DataValidationError) {
    console.error(error.message);
    console.error('Nothing was written; the previous outputs are unchanged.');
    process.exit(1);
  }
  throw error;
}
