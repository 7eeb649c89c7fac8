/**
 * Glyphs Noto Sans does not have, written the way it can draw them (or left out: the arrow Plot
 * puts before an axis label says which way values grow, which the axis itself shows). A module of
 * its own, with no imports: the drawing workers run it outside the bundler (drawing.ts), and the
 * build's thread asks it which font files a picture needs (picture-fonts.ts).
 */
export const drawable = (svg: string) => svg.replaceAll('≥', '&gt;=').replaceAll('◇', '').replace(/[↑↓←→] ?/g, '');
