/**
 * `npm run data`: validates data/, builds every output into a staging folder, then replaces
 * public/data/ as a whole. On any problem it lists them all and exits non-zero, leaving the previous
 * outputs as they were.
 *
 * The build runs in a worker thread whose young generation is capped: V8 sizes that space by the
 * machine's memory (128 MB on a machine of 16 GB or more), and a build allocating as fast as this
 * one keeps it full of garbage. Capped at 32 MB the build takes no longer and its peak is about
 * 80 MB lower at 100,000 observations. Its old generation is capped by the size of the data
 * (OLD_GENERATION_PER_DATA_BYTE): V8 otherwise lets it grow far past what the build holds before
 * collecting, 550 MB at 100,000 observations (13 MiB of data) against 420 MB capped.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * The worker's old generation, in bytes per byte of data/, and at least MIN_OLD_GENERATION_MB: the
 * build holds a few times its data at once (at 10^6 observations it peaked at 2 GB uncapped,
 * 128 MiB of data), so this is room, not a squeeze.
 */
const OLD_GENERATION_PER_DATA_BYTE = 24;
const MIN_OLD_GENERATION_MB = 256;

/** The size of every file in a folder and its subfolders, in bytes (0 for no folder: the build reports that). */
const folderBytes = (dir: string) => !existsSync(dir) ? 0 : readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

/** What the worker reports: the summary of what it wrote, or the problems that stopped it. */
type Outcome = { written: string } | { refused: string };

async function build(dataDir: string, outDir: string): Promise<Outcome> {
  // Loaded here, in the worker only: the main thread just waits for it.
  const [{ publishBundle }, { DataValidationError }, { summarise }] = await Promise.all([import('./bundle.ts'), import('./lib/errors.ts'), import('./summary.ts')]);
  try {
    const bundle = await publishBundle(dataDir, outDir);
    return { written: `Wrote ${bundle.files.length} files to ${outDir}\n${summarise(bundle)}` };
  } catch (error) {
    if (error instanceof DataValidationError) return { refused: error.message };
    throw error;
  }
}

if (isMainThread) {
  const folders = { dataDir: resolve(process.argv[2] ?? 'data'), outDir: resolve(process.argv[3] ?? 'public/data') };
  const maxOldGenerationSizeMb = Math.max(MIN_OLD_GENERATION_MB, Math.ceil((OLD_GENERATION_PER_DATA_BYTE * folderBytes(folders.dataDir)) / 2 ** 20));
  const worker = new Worker(new URL(import.meta.url), { workerData: folders, resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb } });
  worker.once('message', (outcome: Outcome) => {
    if ('written' in outcome) {
      console.log(outcome.written);
    } else {
      console.error(outcome.refused);
      console.error('Nothing was written; the previous outputs are unchanged.');
      process.exitCode = 1;
    }
  });
  // An error the build does not expect (a bug, a full disk): its stack trace, and a failed run.
  worker.once('error', (error) => {
    console.error(error);
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') console.error(`The build ran out of its ${maxOldGenerationSizeMb} MB (OLD_GENERATION_PER_DATA_BYTE in pipelines/run.ts sets it). Nothing was written.`);
    process.exitCode = 1;
  });
} else {
  const { dataDir, outDir } = workerData as { dataDir: string; outDir: string };
  parentPort!.postMessage(await build(dataDir, outDir));
}
