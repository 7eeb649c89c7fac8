// `npm run build:site [-- astro build's options]`: Astro's build, started with the allocator setting
// that keeps its memory down.
//
// rolldown (Vite's bundler) allocates with mimalloc, which backs its heap with transparent huge pages
// and keeps them once the bundling is done: most of 400 MB that a 10^5-observation build holds to its
// end for nothing (README, "How the data flows"). mimalloc reads its settings from the environment
// when the bundler's native module is loaded, so the setting is made here, before Astro is imported,
// and not in an npm script's environment prefix, which Windows's shell does not run. A value already
// in the environment wins.
export {}; // a module: Astro is imported below, with await, after the setting is made

process.env.MIMALLOC_ALLOW_THP ??= '0';

// Astro's own command line (its checks, its options), as `astro build` runs it.
process.argv.splice(2, 0, 'build');
// The package's entry is dist/index.js; its command is bin/astro.mjs.
await import(new URL('../bin/astro.mjs', import.meta.resolve('astro')).href);
