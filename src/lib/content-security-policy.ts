/**
 * The site's Content-Security-Policy, in one place: the layout puts it in every page's
 * <meta http-equiv>, the build writes it into dist/_headers for hosts that read that file, and the
 * README quotes it for hosts that are configured by hand.
 *
 * Every script is a file of the site (Astro writes no inline script: assetsInlineLimit is 0), data
 * and wasm come from the site itself, and nothing evaluates strings (the engine reads Arrow IPC, so
 * no 'unsafe-eval'). Styles need 'unsafe-inline': Plot writes a <style> into each SVG, legend
 * swatches are coloured by style attributes, and CodeMirror injects its own style sheet.
 */
const SITE_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * What only the explorer needs: 'wasm-unsafe-eval' to compile DuckDB-WASM, and blob: images to draw
 * a result's picture (an SVG made in the page) onto a canvas for its PNG.
 */
const EXPLORER_SOURCES: Record<string, string[]> = {
  'script-src': ["'wasm-unsafe-eval'"],
  'img-src': ['blob:'],
};

/** The policy of one page: the explorer's adds what its engine and its pictures need. */
export function contentSecurityPolicy({ explorer }: { explorer: boolean }): string {
  return Object.entries(SITE_DIRECTIVES)
    .map(([name, sources]) => [name, ...sources, ...(explorer ? (EXPLORER_SOURCES[name] ?? []) : [])].join(' '))
    .join('; ');
}

/**
 * The header for the whole site. Static hosts set headers by path pattern and, where two patterns
 * match, send both policies (which the browser enforces together), so the header cannot be looser
 * on one page only: it allows the explorer's extras everywhere, and every other page's <meta>
 * policy takes them away again (a page obeys its header and its meta policy at once).
 */
export const SITE_HEADER_POLICY = contentSecurityPolicy({ explorer: true });

/** The _headers file (Netlify, Cloudflare Pages) for a site served below `basePath`. */
export function headersFile(basePath: string): string {
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return [
    `${prefix}*`,
    `  Content-Security-Policy: ${SITE_HEADER_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
