import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'data-valid');

/** A copy of the valid fixture data folder with some files replaced, for testing bad input. */
export function fixtureWith(replacements: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'par-data-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, content] of Object.entries(replacements)) writeFileSync(join(dir, file), content);
  return dir;
}

export const OBS_HEADER = 'unit,indicator,period,kind,comparator,value,rank,rank_of,group,as_of,source,note_en,note_vi';
