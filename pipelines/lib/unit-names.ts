/**
 * Maps any spelling of a unit's name found in a raw table (full name, abbreviation, ASCII,
 * decomposed Unicode, different case or spacing) to the unit's id. The spellings themselves live in
 * data/unit-aliases.csv, not here.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

export interface UnitNameSource {
  units: { id: string; name_vi: string }[];
  aliases: { alias: string; unit_id: string }[];
}

export interface UnitNameIndex {
  resolve(name: string): string | undefined;
  /** Names that point at two different units; the data must not have any. */
  conflicts: { name: string; unitIds: string[] }[];
}

export function buildUnitNameIndex({ units, aliases }: UnitNameSource): UnitNameIndex {
  const byKey = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(id);
  };
  for (const u of units) {
    add(u.id, u.id);
    add(u.name_vi, u.id);
  }
  for (const a of aliases) add(a.alias, a.unit_id);
  const conflicts = [...byKey.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([name, ids]) => ({ name, unitIds: [...ids].sort() }));
  // A dataset names the same few units on every row: each spelling is normalised once.
  const resolved = new Map<string, string | undefined>();
  return {
    resolve(name) {
      if (!resolved.has(name)) {
        const ids = byKey.get(nameKey(name));
        resolved.set(name, ids && ids.size === 1 ? [...ids][0] : undefined);
      }
      return resolved.get(name);
    },
    conflicts,
  };
}
