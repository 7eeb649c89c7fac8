import { hash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWith, VALID_FIXTURE } from '../helpers/fixture-data.ts';

/**
 * Hostile and malformed raw data, one row per case: how the input is spoiled, and what `npm run
 * data` must answer. Every case runs the pipeline as a child process on a copy of the valid fixture
 * with that one change, and must exit 1 with exactly one problem, the expected message at the
 * expected file:line:column, no stack trace, and the previous outputs left exactly as they were.
 */

const dirs: string[] = [];
let out: string;
let before: Record<string, string>;

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, hash('sha256', readFileSync(join(dir, f)))]));
}

function runData(dataDir: string, outDir: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['pipelines/run.ts', dataDir, outDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stderr }));
  });
}

/** A legacy single-byte encoding of the few characters the fixture's sources.csv uses; others become '?' as when Windows saves them. */
function legacyEncoded(text: string, table: Record<string, number[]>): Buffer {
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table[ch] ?? [0x3f]))));
}
// Windows-1258 writes Vietnamese as a base letter plus a combining tone mark (0xEC acute, 0xF2 dot below).
const WINDOWS_1258 = { á: [0xe1], à: [0xe0], ộ: [0xf4, 0xf2], ớ: [0xf5, 0xec], ố: [0xf4, 0xec] };
const WINDOWS_1252 = { á: [0xe1], à: [0xe0], '“': [0x93], '”': [0x94] };

const sources = () => readFileSync(join(VALID_FIXTURE, 'sources.csv'), 'utf8');
/** A row of par-index-national.csv (line 4 once appended), from a valid one with some fields changed. */
function national(fields: Partial<Record<'period' | 'value' | 'rank' | 'note_en' | 'note_vi', string>>): string {
  const row = { unit: 'ha-noi', indicator: 'par_index_province', period: '2022', kind: 'actual', comparator: '', value: '90', rank: '', rank_of: '', group: '', as_of: '', source: 'press-a', note_en: '', note_vi: '', ...fields };
  return `${Object.values(row).join(',')}\n`;
}
const NATIONAL = 'observations/par-index-national.csv';

type Spoil = (dir: string) => void;
const appendTo = (file: string, content: string | Buffer): Spoil => (dir) => appendFileSync(join(dir, file), content);
/** The line a row appended to a fixture file lands on. */
const appendedLine = (file: string) => readFileSync(join(VALID_FIXTURE, file), 'utf8').trimEnd().split('\n').length + 1;
const replace = (file: string, content: string | Buffer): Spoil => (dir) => writeFileSync(join(dir, file), content);

const cases: { input: string; spoil: Spoil; exit: number; message: RegExp }[] = [
  {
    input: 'sources.csv saved as Windows-1258',
    spoil: replace('sources.csv', legacyEncoded(sources(), WINDOWS_1258)),
    exit: 1,
    message: /\/sources\.csv:2:10: the file is not UTF-8: byte 0xE1 here is not part of a UTF-8 character \(was the file saved as Windows-1258 or Windows-1252\?\): expected UTF-8/,
  },
  {
    input: 'sources.csv saved as Windows-1252 (curly quotes)',
    spoil: replace('sources.csv', legacyEncoded(sources().replace('Báo A', '“Báo A”'), WINDOWS_1252)),
    exit: 1,
    message: /\/sources\.csv:2:9: the file is not UTF-8: byte 0x93 /,
  },
  {
    input: 'sources.csv saved as UTF-16 (with its byte order mark)',
    spoil: replace('sources.csv', Buffer.from(`\uFEFF${sources()}`, 'utf16le')),
    exit: 1,
    message: /\/sources\.csv:1:1: the file is UTF-16LE \(it starts with the byte order mark FF FE\): expected UTF-8; save the file again as "CSV UTF-8"/,
  },
  {
    input: 'sources.csv saved as UTF-16BE without a byte order mark',
    spoil: replace('sources.csv', Buffer.from(sources(), 'utf16le').swap16()),
    exit: 1,
    message: /\/sources\.csv:1:1: the file looks like UTF-16BE without a byte order mark \(every other byte is 0\): expected UTF-8/,
  },
  {
    input: "a note starting with '=' (=HYPERLINK)",
    spoil: appendTo(NATIONAL, national({ note_en: '"=HYPERLINK(""https://evil.example"",""click"")"', note_vi: 'ghi chú' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:55: column 'note_en': expected text that does not start with '=', found '=HYPERLINK\("https:\/\/evil\.example","click"\)': a spreadsheet opening the CSV download would run it as a formula/,
  },
  {
    input: "a source title starting with '+'",
    spoil: appendTo('sources.csv', 'x-src,Báo X,Báo X,+84 gọi ngay,https://example.org/x,2024,vi,other,\n'),
    exit: 1,
    message: /\/sources\.csv:5:19: column 'title': expected text that does not start with '\+'/,
  },
  {
    input: "a Vietnamese note starting with '-'",
    spoil: appendTo(NATIONAL, national({ note_en: 'down two places', note_vi: '-2 bậc' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:71: column 'note_vi': expected text that does not start with '-'/,
  },
  {
    input: "a publisher starting with '@'",
    spoil: appendTo('sources.csv', 'x-src,@SUM(1+1),Báo X,Bài X,https://example.org/x,2024,vi,other,\n'),
    exit: 1,
    message: /\/sources\.csv:5:7: column 'publisher_en': expected text that does not start with '@'/,
  },
  {
    input: 'a rank of 2^53',
    spoil: appendTo(NATIONAL, national({ value: '', rank: '9007199254740992' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:41: column 'rank': expected a whole number from -2147483648 to 2147483647 \(the outputs store it as a 32-bit integer\), found '9007199254740992'/,
  },
  {
    input: 'a folder where a CSV is expected',
    spoil: (dir) => {
      rmSync(join(dir, 'sources.csv'));
      mkdirSync(join(dir, 'sources.csv'));
    },
    exit: 1,
    message: /\/sources\.csv:1:1: a folder where a file is expected: expected a CSV file with columns id,publisher_en,publisher_vi,title,url,published,language,kind,note/,
  },
  {
    input: 'period 0000',
    spoil: appendTo(NATIONAL, national({ period: '0000' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:27: column 'period': expected a period within 1990–2100 \(the years the data can cover\), found '0000'/,
  },
  {
    input: 'period 9999',
    spoil: appendTo(NATIONAL, national({ period: '9999' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:27: column 'period': expected a period within 1990–2100 \(the years the data can cover\), found '9999'/,
  },
  {
    input: 'a NUL byte in a note',
    spoil: appendTo(NATIONAL, national({ note_en: 'a\0b', note_vi: 'ab' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:56: a NUL byte \(0x00\): expected text/,
  },
  {
    input: 'a zero-width space in a note',
    spoil: appendTo(NATIONAL, national({ note_en: 'note', note_vi: 'ghi\u200Bchú' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:60: column 'note_vi': expected text without control or invisible characters, found U\+200B \(an invisible formatting character: a zero-width space or joiner, a direction mark or override, a soft hyphen\) at character 4 of the value; delete it/,
  },
  {
    input: 'a control character in a unit name (not a note)',
    spoil: appendTo('units.csv', 'x-unit,province,Tỉnh X,Province\u0007X,,vn,,,,,\n'),
    exit: 1,
    message: new RegExp(`/units\\.csv:${appendedLine('units.csv')}:24: column 'name_en': expected text without control or invisible characters, found U\\+0007 \\(a control character\\) at character 9 of the value`),
  },
  {
    input: 'a right-to-left override in a source title',
    spoil: appendTo('sources.csv', 'x-src,Báo X,Báo X,Bài \u202Efdp.exe,https://example.org/x,2024,vi,other,\n'),
    exit: 1,
    message: /\/sources\.csv:5:19: column 'title': expected text without control or invisible characters, found U\+202E/,
  },
  {
    input: 'a value with 30 digits',
    spoil: appendTo(NATIONAL, national({ value: '91.6100000000000000000000000001' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:40: column 'value': expected a number the outputs keep exactly \(up to 15 significant digits\), found '91\.6100000000000000000000000001', which would be published as 91\.61/,
  },
  {
    input: 'a note of 5,000 characters',
    spoil: appendTo(NATIONAL, national({ note_en: 'x'.repeat(5000), note_vi: 'y' })),
    exit: 1,
    message: /\/par-index-national\.csv:4:55: column 'note_en': expected at most 2000 characters in a cell, found 5000/,
  },
  {
    input: 'a dataset of 600 MiB (sparse, so the test writes nothing of that size)',
    spoil: (dir) => {
      writeFileSync(join(dir, 'observations', 'huge.csv'), '');
      truncateSync(join(dir, 'observations', 'huge.csv'), 600 * 2 ** 20);
    },
    exit: 1,
    message: /\/observations\/huge\.csv:1:1: the file is 600 MiB: expected at most 512 MiB, the most that is read as one text; split a large dataset into several files in observations\//,
  },
  {
    input: 'a symbolic link in observations/ to a CSV outside the data folder',
    spoil: (dir) => {
      const outside = mkdtempSync(join(tmpdir(), 'par-outside-'));
      dirs.push(outside);
      cpSync(join(VALID_FIXTURE, NATIONAL), join(outside, 'national.csv'));
      symlinkSync(join(outside, 'national.csv'), join(dir, 'observations', 'linked.csv'));
    },
    exit: 1,
    message: /\/observations\/linked\.csv:1:1: a symbolic link \(to '[^']*national\.csv'\): expected only regular files and folders in the data folder \(a link could point anywhere on the machine\)/,
  },
  {
    input: 'sources.csv as a symbolic link to /etc/passwd',
    spoil: (dir) => {
      rmSync(join(dir, 'sources.csv'));
      symlinkSync('/etc/passwd', join(dir, 'sources.csv'));
    },
    exit: 1,
    message: /\/sources\.csv:1:1: a symbolic link \(to '\/etc\/passwd'\): expected only regular files/,
  },
];

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'par-out-')), 'data');
  dirs.push(join(out, '..'));
  expect((await runData(VALID_FIXTURE, out)).status).toBe(0);
  before = snapshot(out);
});
afterAll(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.concurrent('npm run data refuses hostile and malformed input', () => {
  it.each(cases)('$input', async ({ spoil, exit, message }) => {
    const data = fixtureWith();
    dirs.push(data);
    spoil(data);
    const result = await runData(data, out);
    expect(result.status, result.stderr).toBe(exit);
    expect(result.stderr).toMatch(/^1 problem\(s\) in the raw data:\n/);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/Nothing was written; the previous outputs are unchanged\./);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
