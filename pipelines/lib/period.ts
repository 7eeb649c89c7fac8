/**
 * Periods as the sources state them: a year (2023), a quarter (2024-Q1), a month (2024-11), a day
 * (2025-07-01), or a range of any two of these joined by a slash (2025-07-01/2025-09-23,
 * 2021/2025). Parsing only turns the label into its first and last day; it never creates figures.
 */
export interface PeriodSpan {
  start: string;
  end: string;
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function single(label: string): PeriodSpan | null {
  let m = YEAR.exec(label);
  if (m) return { start: iso(+m[1]!, 1, 1), end: iso(+m[1]!, 12, 31) };
  m = QUARTER.exec(label);
  if (m) {
    const q = +m[2]!;
    return { start: iso(+m[1]!, 3 * q - 2, 1), end: iso(+m[1]!, 3 * q, lastDay(+m[1]!, 3 * q)) };
  }
  m = MONTH.exec(label);
  if (m) return { start: iso(+m[1]!, +m[2]!, 1), end: iso(+m[1]!, +m[2]!, lastDay(+m[1]!, +m[2]!)) };
  m = DAY.exec(label);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
    return { start: label, end: label };
  }
  return null;
}

export const PERIOD_EXPECTED = 'a period such as 2023, 2024-Q1, 2024-11, 2025-07-01 or a range like 2025-07-01/2025-09-23';

/** Returns the span of a period label, or null when the label is not a period we can read. */
export function parsePeriod(label: string): PeriodSpan | null {
  const parts = label.split('/');
  if (parts.length === 1) return single(label);
  if (parts.length !== 2) return null;
  const from = single(parts[0]!);
  const to = single(parts[1]!);
  if (!from || !to || to.end < from.start) return null;
  return { start: from.start, end: to.end };
}
