import type { Row } from '../lib/table-schema.ts';
import type { UnitNameIndex } from '../lib/unit-names.ts';

/** What the observation steps look up: filled from the units, aliases, indicators and sources steps. */
export interface Reference {
  units: Map<string, Row>;
  names: UnitNameIndex;
  indicators: Map<string, Row>;
  sources: Set<string>;
}
