import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyListenerMaps } from '../../../src/charts/lazy-listener-maps.ts';

// The installed linkedom's EventTarget module, as the build edits it, loaded on its own (it imports nothing).
const installed = readFileSync(join(dirname(createRequire(import.meta.url).resolve('linkedom')), 'interface', 'event-target.js'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'par-linkedom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lazyListenerMaps', () => {
  it('edits the installed linkedom, and refuses a file it does not know', () => {
    expect(lazyListenerMaps(installed)).not.toBe(installed);
    expect(() => lazyListenerMaps('class DOMEventTarget {}')).toThrow(/linkedom's event-target.js has changed/);
  });

  it('keeps listeners working: added, called, removed, and removing from a node without any', async () => {
    writeFileSync(join(dir, 'event-target.mjs'), lazyListenerMaps(installed));
    const { EventTarget } = (await import(pathToFileURL(join(dir, 'event-target.mjs')).href)) as { EventTarget: new () => EventTarget };
    const target = new EventTarget();
    const untouched = new EventTarget();
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(event.type);
    // linkedom's events carry the path they travel; this one stays on its target.
    const event = () => ({ type: 'click', bubbles: false, _path: [], CAPTURING_PHASE: 1, AT_TARGET: 2, NONE: 0 }) as unknown as Event;
    expect(() => untouched.removeEventListener('click', listener)).not.toThrow();
    expect(untouched.dispatchEvent(event())).toBe(true);
    target.addEventListener('click', listener);
    target.dispatchEvent(event());
    target.removeEventListener('click', listener);
    target.dispatchEvent(event());
    expect(heard).toEqual(['click']);
  });
});
