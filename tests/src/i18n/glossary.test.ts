import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../pipelines/domain/lang.ts';
import { BUNDLE_DIR, bundleQueryRunner } from '../../../src/engine/build-engine.ts';
import { defineQuery } from '../../../src/engine/query.ts';
import { GLOSSARY } from '../../../src/i18n/glossary.ts';

const run = bundleQueryRunner(BUNDLE_DIR);

describe('the glossary on the sources and method page', () => {
  it.each(LANGS)('explains every abbreviation the indicator names use in %s', async (lang) => {
    const names = await run(defineQuery(`SELECT name_${lang} AS name FROM indicators`, { name: 'string' }));
    const terms = new Set(GLOSSARY[lang].flatMap((entry) => entry.terms));
    // An abbreviation is a word of two or more capitals; PAR INDEX (PAR index in running English) is one term.
    const used = new Set(names.flatMap(({ name }) => name.replace(/PAR (INDEX|index)/, 'PAR_INDEX').match(/\b[A-ZĐ][A-ZĐ_]+\b/g) ?? []).map((word) => word.replace('_', ' ')));
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((word) => !terms.has(word))).toEqual([]);
  });
});
