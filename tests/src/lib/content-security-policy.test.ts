import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, SITE_HEADER_POLICY } from '../../../src/lib/content-security-policy.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('gives the explorer wasm and blob: images, and nothing else more', () => {
    const plain = directives(contentSecurityPolicy({ explorer: false }));
    const explorer = directives(contentSecurityPolicy({ explorer: true }));
    expect(plain.get('script-src')).toEqual(["'self'"]);
    expect(plain.get('img-src')).toEqual(["'self'"]);
    expect(explorer.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(explorer.get('img-src')).toEqual(["'self'", 'blob:']);
    for (const [name, sources] of plain) if (!['script-src', 'img-src'].includes(name)) expect(explorer.get(name), name).toEqual(sources);
  });

  it('keeps everything else to the site’s own origin', () => {
    const policy = directives(SITE_HEADER_POLICY);
    for (const name of ['default-src', 'worker-src', 'connect-src', 'font-src', 'base-uri', 'form-action']) expect(policy.get(name), name).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});

describe('headersFile', () => {
  it('covers every path below the base path', () => {
    expect(headersFile('/').split('\n')[0]).toBe('/*');
    expect(headersFile('/par-hanoi/').split('\n')[0]).toBe('/par-hanoi/*');
    expect(headersFile('/par-hanoi').split('\n')[0]).toBe('/par-hanoi/*');
    expect(headersFile('/')).toContain(`  Content-Security-Policy: ${SITE_HEADER_POLICY}\n`);
  });
});
