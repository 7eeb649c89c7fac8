import type { Plugin } from 'vite';

/** linkedom's EventTarget module, which every node of the build's DOM (src/charts/render.ts) extends. */
const EVENT_TARGET = /\/linkedom\/esm\/interface\/event-target\.js$/;

/** Each edit: what linkedom 0.18 has, and what it becomes. */
const EDITS: [string, string][] = [
  // Every node made a Map for its listeners, kept in a module-wide WeakMap: charts have none.
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);', '  addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

/** linkedom's EventTarget module with its listener maps made when a listener is added, not with each node. */
export function lazyListenerMaps(code: string): string {
  return EDITS.reduce((edited, [from, to]) => {
    if (!edited.includes(from)) throw new Error(`linkedom's event-target.js has changed: expected to find\n${from}\n(src/charts/lazy-listener-maps.ts; if linkedom now makes listener maps lazily, remove this plugin)`);
    return edited.replace(from, to);
  }, code);
}

/**
 * A Vite plugin that builds linkedom into the site's build with lazy listener maps. linkedom gives
 * every node it makes an entry in a WeakMap, with a Map for event listeners; the build's charts make
 * millions of nodes and add no listener, and at 10^5 observations those entries cost about 30 s of
 * a two-minute build, in the constructor and in garbage collection (README, "Build at scale").
 */
export function lazyListenerMapsPlugin(): Plugin {
  return {
    name: 'linkedom-lazy-listener-maps',
    enforce: 'pre',
    // Bundled, not loaded from node_modules as it is, in every environment that renders pages
    // (Astro renders static pages in its own 'prerender' environment).
    configEnvironment: (name) => (name === 'client' ? undefined : { resolve: { noExternal: ['linkedom'] } }),
    transform: (code, id) => (EVENT_TARGET.test(id.split('?')[0]!) ? lazyListenerMaps(code) : undefined),
  };
}
