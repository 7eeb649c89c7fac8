// `npm run build:site [-- astro build's options]`: Astro's build, started with the memory settings
// that keep a large build's peak down (README, "How the data flows", for the measurements). They
// are made here, before Astro is imported, because each is read once, when the library that uses it
// starts; an npm script's environment prefix would do some of it, but Windows's shell does not run it.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 lets the heap grow by up to four times the live data between full collections when they are
// fast, as the build's are; a page thread with 150-300 MB of live data then held 500-700 MB. Doubling
// at most lowered a 10^5-observation build's peak by 250-400 MB, in about the same time.
setFlagsFromString('--heap-growing-percent=100');

// rolldown (Vite's bundler) allocates with mimalloc, which keeps what it frees, on huge pages, once
// the bundling is done and its threads are idle. It is loaded first, with the settings that make it
// use no huge pages and return what it frees at once; the purge setting is then taken back, so that
// the allocator of resvg (which the drawing workers load later) keeps each picture's pages for the
// next one instead of returning and faulting them in again (with the setting left on, a 10^5 build
// with no pictures cached took 386 s instead of 207 s).
// A value already in the environment wins.
process.env.MIMALLOC_ALLOW_THP ??= '0';
const purgeDelay = process.env.MIMALLOC_PURGE_DELAY;
process.env.MIMALLOC_PURGE_DELAY ??= '0';
await import(pathToFileURL(createRequire(import.meta.resolve('vite')).resolve('rolldown')).href);
if (purgeDelay === undefined) delete process.env.MIMALLOC_PURGE_DELAY;

// Astro's own command line (its checks, its options), as `astro build` runs it. The package's entry
// is dist/index.js; its command is bin/astro.mjs.
process.argv.splice(2, 0, 'build');
await import(new URL('../bin/astro.mjs', import.meta.resolve('astro')).href);
