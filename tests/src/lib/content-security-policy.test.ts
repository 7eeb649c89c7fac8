import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, SITE_HEADER_POLICY } from '../../../src/lib/content-security-policy.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('adds wasm-unsafe-eval to script-src only, and only when asked', () => {
    const plain = directives(contentSecurityPolicy({ wasm: false }));
    const wasm = directives(contentSecurityPolicy({ wasm: true }));
    expect(plain.get('script-src')).toEqual(["'self'"]);
    expect(wasm.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const [name, sources] of plain) if (name !== 'script-src') expect(wasm.get(name), name).toEqual(sources);
  });

  it('keeps everything to the site’s own origin', () => {
    const policy = directives(SITE_HEADER_POLICY);
    for (const name of ['default-src', 'worker-src', 'connect-src', 'img-src', 'font-src', 'base-uri', 'form-action']) expect(policy.get(name), name).toEqual(["'self'"]);
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
