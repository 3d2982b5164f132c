import type { EntityManager } from 'typeorm';
import type { Locator } from '../../kit/geo/locate';
import { placeAll } from '../../kit/geo/place';
import { bulkInsert } from '../../kit/ingest/bulk';
import type { WriteSummary } from '../../kit/ingest/dataset';
import type { FacilityKind, HealthFacilityBase } from '../source/healthsites';

/** A facility from any health source, as the writer stores it. */
export interface FacilityRecord extends HealthFacilityBase {
  /** Short source name, the first part of the facility id, such as `healthsites`. */
  source: string;
  /** Last change at the source, in UTC, when the source records one. */
  modifiedAt?: Date;
  /** Share of attributes filled in, from 0 to 1 (healthsites.io only). */
  completeness?: number;
  /** Confidence that the place exists, from 0 to 1 (Overture only). */
  confidence?: number;
  /** OpenStreetMap element, such as `node/4277481696`. */
  osmId?: string;
}

/** Maximum number of facilities outside every boundary that the load report lists by id, name and line. */
export const MAX_REPORTED_OUTSIDE = 50;

/**
 * Replaces the facilities of `datasetId`: places each one in its COD-AB
 * governorate, district and sub-district, stores the placed ones in
 * `health_facility` and the rest in `health_facility_outside`. The summary
 * details contain the count per kind and the facilities outside every boundary.
 */
export async function writeFacilities(
  manager: EntityManager,
  datasetId: string,
  facilities: FacilityRecord[],
  locator: Pick<Locator, 'locate'>,
): Promise<WriteSummary> {
  const { placed, outside } = placeAll(facilities, locator);

  await manager.query('DELETE FROM health_facility WHERE dataset_id = $1', [
    datasetId,
  ]);
  await manager.query(
    'DELETE FROM health_facility_outside WHERE dataset_id = $1',
    [datasetId],
  );
  await bulkInsert(
    manager,
    'health_facility',
    [...LEADING_COLUMNS, ...PLACE_COLUMNS, ...TRAILING_COLUMNS],
    placed.map((f) => [
      ...leadingValues(datasetId, f),
      f.governorateCode,
      f.districtPcode,
      f.subDistrictPcode ?? null,
      ...trailingValues(f),
    ]),
  );
  await bulkInsert(
    manager,
    'health_facility_outside',
    [...LEADING_COLUMNS, ...TRAILING_COLUMNS],
    outside.map((f) => [...leadingValues(datasetId, f), ...trailingValues(f)]),
  );

  const days = facilities
    .flatMap((f) => (f.modifiedAt ? [f.modifiedAt.toISOString()] : []))
    .sort();
  return {
    rowCount: placed.length + outside.length,
    spatialCoverage: [...new Set(placed.map((f) => f.governorateCode))].sort(),
    temporalStart: days[0]?.slice(0, 10) ?? null,
    temporalEnd: days.at(-1)?.slice(0, 10) ?? null,
    details: {
      kinds: countKinds(facilities),
      placed: placed.length,
      outside: outside.length,
      outsideFacilities: outside
        .slice(0, MAX_REPORTED_OUTSIDE)
        .map((f) => ({ id: facilityId(f), name: f.name, line: f.line })),
    },
  };
}

/** Builds the stable facility id `<source>:<source id>`. */
export function facilityId(facility: FacilityRecord): string {
  return `${facility.source}:${facility.sourceId}`;
}

const LEADING_COLUMNS = [
  'id',
  'dataset_id',
  'source',
  'source_id',
  'name',
  'kind',
  'lon',
  'lat',
];

const PLACE_COLUMNS = [
  'governorate_code',
  'district_pcode',
  'sub_district_pcode',
];

const TRAILING_COLUMNS = [
  'modified_at',
  'completeness',
  'confidence',
  'osm_id',
  'source_line',
];

function leadingValues(datasetId: string, f: FacilityRecord): unknown[] {
  return [
    facilityId(f),
    datasetId,
    f.source,
    f.sourceId,
    f.name,
    f.kind,
    f.lon,
    f.lat,
  ];
}

function trailingValues(f: FacilityRecord): unknown[] {
  return [
    f.modifiedAt ?? null,
    // 29.41 / 100 is 0.29410000000000003 in binary floating point, so round to 8 decimals, which keeps percentages with up to 6.
    f.completeness === undefined ? null : Number(f.completeness.toFixed(8)),
    f.confidence ?? null,
    f.osmId ?? null,
    f.line,
  ];
}

function countKinds(
  facilities: FacilityRecord[],
): Partial<Record<FacilityKind, number>> {
  const counts: Partial<Record<FacilityKind, number>> = {};
  for (const { kind } of facilities) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
