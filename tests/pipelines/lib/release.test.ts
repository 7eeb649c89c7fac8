import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataHash, releaseDate } from '../../../pipelines/lib/release.ts';

describe('the release date', () => {
  it('is the date of the last commit of the data folder in a checkout', () => {
    expect(releaseDate('data', [])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('is the latest full source date outside one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-release-'));
    try {
      expect(releaseDate(dir, ['2024-05-10', '2025', null, '2025-02-27', '2025-03'])).toBe('2025-02-27');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the data hash', () => {
  it('depends on every file and not on their order', () => {
    const files = [{ path: 'a.csv', sha256: '1' }, { path: 'b.csv', sha256: '2' }];
    expect(dataHash(files)).toBe(dataHash([...files].reverse()));
    expect(dataHash(files)).not.toBe(dataHash([files[0]!, { path: 'b.csv', sha256: '3' }]));
  });
});
