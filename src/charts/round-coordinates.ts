const GEOMETRY_ATTRIBUTE = /(\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|width|height)=")([^"]*)"/g;

/**
 * Rounds coordinates in geometry attributes to one decimal: the SVG stays as sharp on screen and
 * much smaller on the wire. Text (the published figures) is never touched. A module of its own:
 * the build's drawing workers (src/figures/drawing-worker.ts) run it outside the bundler.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(GEOMETRY_ATTRIBUTE, (_, start: string, value: string) => `${start}${roundDecimals(value)}"`);
}

const ZERO = 48;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;
const MINUS = 45;
const POINT = 46;
const FOUR = 52;
const FIVE = 53;

/**
 * Each number in a value with two decimals or more (what /-?\d+\.\d{2,}/g finds), written as
 * String(Math.round(number * 10) / 10) writes it. Found by a scan rather than a regex with a
 * callback, and mostly rounded on its digits: the outlines of a picture's text hold tens of
 * thousands of such numbers, and parsing and printing each was half the time spent on them.
 */
export function roundDecimals(value: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < value.length; ) {
    if (!isDigit(value.charCodeAt(i))) {
      i++;
      continue;
    }
    let point = i + 1;
    while (isDigit(value.charCodeAt(point))) point++;
    if (value.charCodeAt(point) !== POINT || !isDigit(value.charCodeAt(point + 1)) || !isDigit(value.charCodeAt(point + 2))) {
      i = point;
      continue;
    }
    let end = point + 3;
    while (isDigit(value.charCodeAt(end))) end++;
    const start = i > 0 && value.charCodeAt(i - 1) === MINUS ? i - 1 : i;
    out += value.slice(copied, start) + roundedToTenths(value, start, i, point, end);
    copied = end;
    i = end;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

/** The number value[start..end) (its integer part from `digits` to `point`) rounded to tenths, printed as JavaScript prints it. */
function roundedToTenths(value: string, start: number, digits: number, point: number, end: number): string {
  const second = value.charCodeAt(point + 2);
  // Only near half a tenth can the arithmetic round otherwise than the digits say (Math.round takes
  // -12.5 to -12, and 1.4999999999999999 parses as 1.5), and only beyond 13 integer digits can its
  // binary error reach a tenth: those, and integer parts with a leading zero (which print without
  // it), take the arithmetic.
  if (second === FOUR || second === FIVE || point - digits > 13 || (value.charCodeAt(digits) === ZERO && point - digits > 1)) {
    return String(Math.round(Number(value.slice(start, end)) * 10) / 10);
  }
  let tenths = value.charCodeAt(point + 1) - ZERO;
  let whole = value.slice(digits, point);
  if (second > FIVE && ++tenths === 10) {
    tenths = 0;
    whole = String(Number(whole) + 1);
  }
  // -0 prints as 0.
  if (tenths === 0 && whole === '0') return '0';
  return `${start < digits ? '-' : ''}${whole}${tenths === 0 ? '' : `.${tenths}`}`;
}
