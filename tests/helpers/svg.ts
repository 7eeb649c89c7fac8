/** Makes rendered SVG comparable across runs: Plot's generated class names and float noise are normalised. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/plot-[0-9a-f]{6}/g, 'plot-x')
    .replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 10) / 10))
    .replace(/></g, '>\n<');
}
