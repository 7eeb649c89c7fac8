import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
  });

  it('gives each key the same placeholders in both languages', () => {
    const vi: Record<string, string> = messages.vi;
    const en: Record<string, string> = messages.en;
    for (const key of Object.keys(vi)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(vi[key]!));
  });
});
