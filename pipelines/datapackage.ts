import type { Row } from './lib/table-schema.ts';
import { BOUNDARIES_FILE } from './domain/bundle-files.ts';
import { BOUNDARY_ATTRIBUTION, DATA_LICENSE, DATASET_CITATION, DATASET_AUTHOR, DATASET_TITLE, versionDate } from './domain/citation.ts';
import type { OutputTable } from './schemas/outputs.ts';
import { BOUNDARIES_NOTE_FILE } from './steps/boundaries.ts';

export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** A file of the bundle as datapackage.json and SHA256SUMS describe it. */
export interface WrittenFile {
  path: string;
  size: number;
  sha256: string;
}

const MEDIA_TYPES = { csv: 'text/csv', parquet: 'application/vnd.apache.parquet', arrow: 'application/vnd.apache.arrow.stream' } as const;

function resource(table: OutputTable, file: WrittenFile, format: keyof typeof MEDIA_TYPES) {
  return {
    name: format === 'csv' ? table.name : `${table.name}_${format}`,
    type: 'table',
    path: file.path,
    format,
    mediatype: MEDIA_TYPES[format],
    ...(format === 'csv' ? { encoding: 'utf-8' } : {}),
    title: table.title_en,
    description: table.description_en,
    title_vi: table.title_vi,
    description_vi: table.description_vi,
    bytes: file.size,
    hash: `sha256:${file.sha256}`,
    licenses: [DATA_LICENSE],
    schema: {
      fields: table.schema.fields.map((f) => ({
        name: f.name,
        type: f.type,
        description: f.description_en,
        description_vi: f.description_vi,
        ...(f.enum ? { constraints: { enum: [...f.enum], ...(f.required ? { required: true } : {}) } } : f.required ? { constraints: { required: true } } : {}),
      })),
      ...(table.schema.primaryKey ? { primaryKey: [...table.schema.primaryKey] } : {}),
      ...(table.foreignKeys && format === 'csv' ? { foreignKeys: table.foreignKeys } : {}),
    },
  };
}

/** datapackage.json (Frictionless Data Package v2) for the bundle: schemas, keys, licences, sources, sizes and hashes. */
export function buildDatapackage(tables: { table: OutputTable; csv: WrittenFile; parquet: WrittenFile; arrow?: WrittenFile }[], sources: Row[], boundaryFiles: WrittenFile[], version: string) {
  const boundaries = boundaryFiles.find((f) => f.path === BOUNDARIES_FILE)!;
  const note = boundaryFiles.find((f) => f.path === BOUNDARIES_NOTE_FILE)!;
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: 'hanoi-administrative-reform',
    title: DATASET_TITLE.en,
    description:
      "Published figures on Hà Nội's administrative reform: the city's PAR index of its 30 district-level units (until 1 July 2025), its departments, Hà Nội among the 63 provinces (PAR INDEX, SIPAS, PAPI), satisfaction surveys, and online public services against targets. Every figure carries a source record; gaps are left as gaps and disagreeing sources are both kept.",
    // The release date and the short hash of the data files (datasetVersion), printed on the site and in every download.
    version,
    created: `${versionDate(version)}T00:00:00Z`,
    keywords: ['Hà Nội', 'PAR INDEX', 'SIPAS', 'administrative reform', 'cải cách hành chính', 'online public services'],
    licenses: [DATA_LICENSE],
    contributors: [{ title: DATASET_AUTHOR.en, roles: ['creator'] }],
    sources: sources.map((s) => ({ title: s.title ? `${s.publisher_en as string}: ${s.title as string}` : (s.publisher_en as string), ...(s.url ? { path: s.url as string } : {}) })),
    attribution: { boundaries: BOUNDARY_ATTRIBUTION.en, citation: DATASET_CITATION.en, citation_vi: DATASET_CITATION.vi },
    resources: [
      ...tables.flatMap(({ table, csv, parquet, arrow }) => [resource(table, csv, 'csv'), resource(table, parquet, 'parquet'), ...(arrow ? [resource(table, arrow, 'arrow')] : [])]),
      {
        name: 'district_boundaries',
        path: boundaries.path,
        format: 'topojson',
        mediatype: 'application/json',
        title: "Boundaries of Hà Nội's 30 district-level units (2020–2025)",
        title_vi: 'Ranh giới 30 đơn vị cấp huyện của Hà Nội (2020–2025)',
        description: `TopoJSON, object hanoi_districts, feature id = geoBoundaries shapeID (units.geo_shape_id). ${BOUNDARY_ATTRIBUTION.en}`,
        description_vi: `TopoJSON, đối tượng hanoi_districts, mã đối tượng = shapeID của geoBoundaries (units.geo_shape_id). ${BOUNDARY_ATTRIBUTION.vi}`,
        bytes: boundaries.size,
        hash: `sha256:${boundaries.sha256}`,
        licenses: [{ name: 'CC-BY-3.0-IGO', path: 'https://creativecommons.org/licenses/by/3.0/igo/', title: 'Creative Commons Attribution 3.0 IGO' }],
        sources: [{ title: 'geoBoundaries gbOpen, Viet Nam ADM2 VNM-ADM2-81297802', path: 'https://www.geoboundaries.org/' }],
      },
      {
        name: 'district_boundaries_source',
        path: note.path,
        format: 'md',
        mediatype: 'text/markdown',
        title: 'Source and licence of the district boundaries',
        title_vi: 'Nguồn và giấy phép của ranh giới hành chính',
        bytes: note.size,
        hash: `sha256:${note.sha256}`,
        licenses: [{ name: 'CC-BY-3.0-IGO', path: 'https://creativecommons.org/licenses/by/3.0/igo/', title: 'Creative Commons Attribution 3.0 IGO' }],
      },
    ],
  };
}
