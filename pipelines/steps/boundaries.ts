import { join } from 'node:path';
import { BOUNDARIES_FILE, BOUNDARIES_OBJECT } from '../domain/bundle-files.ts';
import { readDataText } from '../lib/data-files.ts';
import type { DataIssue } from '../lib/errors.ts';
import type { Row } from '../lib/table-schema.ts';

/** The district boundaries and their licence note, published with the data as they are. */
export const BOUNDARIES_FOLDER = 'geo';
export const BOUNDARIES_NOTE = 'SOURCE.md';
/** The licence note's name in the bundle, beside the boundaries it belongs to. */
export const BOUNDARIES_NOTE_FILE = BOUNDARIES_FILE.replace(/\.topojson$/, '.SOURCE.md');

export interface Boundaries {
  files: Map<string, Uint8Array>;
  issues: DataIssue[];
  /** Paths read, relative to the data folder. */
  read: string[];
}

/**
 * Reads the boundaries and checks that every district-level unit's geo_shape_id names a feature of
 * the boundaries object (the map joins on it).
 */
export function readBoundaries(dataDir: string, units: Row[]): Boundaries {
  const topologyPath = join(BOUNDARIES_FOLDER, BOUNDARIES_FILE);
  const notePath = join(BOUNDARIES_FOLDER, BOUNDARIES_NOTE);
  const topologyFile = join(dataDir, topologyPath);
  const files = new Map<string, Uint8Array>();
  const issues: DataIssue[] = [];
  const topology = readDataText(dataDir, topologyPath, `the TopoJSON of the district boundaries (object ${BOUNDARIES_OBJECT})`);
  if ('issue' in topology) {
    issues.push(topology.issue);
  } else {
    files.set(BOUNDARIES_FILE, topology.bytes);
    let shapeIds: Set<string> | null = null;
    try {
      const parsed = JSON.parse(topology.text) as { objects?: Record<string, { geometries?: { id?: string; properties?: { shapeID?: string } }[] }> };
      const geometries = parsed.objects?.[BOUNDARIES_OBJECT]?.geometries;
      if (geometries) shapeIds = new Set(geometries.map((g) => g.properties?.shapeID ?? String(g.id)));
      else issues.push({ file: topologyFile, line: 1, column: 1, message: `expected a TopoJSON object named ${BOUNDARIES_OBJECT} with geometries` });
    } catch (error) {
      issues.push({ file: topologyFile, line: 1, column: 1, message: `expected TopoJSON, found text that is not JSON (${(error as Error).message})` });
    }
    for (const unit of units.filter((u) => u.geo_shape_id && shapeIds && !shapeIds.has(u.geo_shape_id as string))) {
      issues.push({ file: topologyFile, line: 1, column: 1, message: `unit '${String(unit.id)}' has geo_shape_id '${String(unit.geo_shape_id)}': expected a feature with that shapeID in ${BOUNDARIES_OBJECT}` });
    }
  }
  const note = readDataText(dataDir, notePath, 'the source and licence note of the boundaries (CC BY 3.0 IGO requires attribution)');
  if ('issue' in note) issues.push(note.issue);
  else files.set(BOUNDARIES_NOTE_FILE, note.bytes);
  return { files, issues, read: [topologyPath, notePath] };
}
