import type { EntityManager } from 'typeorm';
import type { Locator } from '../../kit/geo/locate';
import { placeAll } from '../../kit/geo/place';
import { bulkInsert } from '../../kit/ingest/bulk';
import type { WriteSummary } from '../../kit/ingest/dataset';
import type { Logger } from '../../kit/logger';
import type { SchoolLevel } from '../source/osm-schools';

/** A school as either source reader returns it, before placement. */
export interface SchoolRecord {
  sourceId: string;
  source: 'osm' | 'overture';
  name: string;
  nameEn?: string;
  nameAr?: string;
  nameCkb?: string;
  level?: SchoolLevel;
  confidence?: number;
  lon: number;
  lat: number;
  line: number;
}

/** The dataset a set of records replaces, and the period its source describes. */
export interface SchoolDataset {
  id: string;
  temporalStart: string;
  temporalEnd: string;
}

/**
 * Replaces the dataset's schools, outside records and coverage rows. Each
 * record is placed in a COD-AB district, and records outside every district go
 * to `school_outside` and are counted in `details.outside`. The spatial
 * coverage is the set of governorates that contain at least one record.
 */
export async function writeSchools(
  manager: EntityManager,
  dataset: SchoolDataset,
  records: SchoolRecord[],
  locator: Pick<Locator, 'locate'>,
  logger: Logger,
): Promise<WriteSummary> {
  const { placed, outside } = placeAll(records, locator);
  for (const table of ['school', 'school_outside', 'school_coverage']) {
    await manager.query(`DELETE FROM ${table} WHERE dataset_id = $1`, [
      dataset.id,
    ]);
  }

  await bulkInsert(
    manager,
    'school',
    [
      'id',
      'dataset_id',
      'source',
      'source_id',
      'name',
      'name_en',
      'name_ar',
      'name_ckb',
      'level',
      'longitude',
      'latitude',
      'governorate_code',
      'district_pcode',
      'sub_district_pcode',
      'confidence',
      'source_line',
    ],
    placed.map((s) => [
      schoolId(s),
      dataset.id,
      s.source,
      s.sourceId,
      s.name,
      s.nameEn ?? null,
      s.nameAr ?? null,
      s.nameCkb ?? null,
      s.level ?? null,
      s.lon,
      s.lat,
      s.governorateCode,
      s.districtPcode,
      s.subDistrictPcode ?? null,
      s.confidence ?? null,
      s.line,
    ]),
  );
  await bulkInsert(
    manager,
    'school_outside',
    [
      'id',
      'dataset_id',
      'source',
      'source_id',
      'name',
      'level',
      'longitude',
      'latitude',
      'source_line',
    ],
    outside.map((s) => [
      schoolId(s),
      dataset.id,
      s.source,
      s.sourceId,
      s.name,
      s.level ?? null,
      s.lon,
      s.lat,
      s.line,
    ]),
  );

  const districts = countBy(placed, (s) => s.districtPcode);
  const governorateOf = new Map(
    placed.map((s) => [s.districtPcode, s.governorateCode]),
  );
  await bulkInsert(
    manager,
    'school_coverage',
    ['dataset_id', 'governorate_code', 'district_pcode', 'school_count'],
    [...districts].map(([pcode, count]) => [
      dataset.id,
      governorateOf.get(pcode),
      pcode,
      count,
    ]),
  );

  if (outside.length > 0) {
    logger.warn(
      {
        dataset: dataset.id,
        outside: outside.length,
        lines: outside.map((s) => s.line).slice(0, 20),
      },
      'schools outside every COD-AB district are kept in school_outside',
    );
  }
  return {
    rowCount: placed.length + outside.length,
    spatialCoverage: [...new Set(placed.map((s) => s.governorateCode))].sort(),
    temporalStart: dataset.temporalStart,
    temporalEnd: dataset.temporalEnd,
    details: {
      placed: placed.length,
      outside: outside.length,
      districts: Object.fromEntries(districts),
      levels: Object.fromEntries(countBy(records, (s) => s.level ?? 'UNKNOWN')),
    },
  };
}

/** Builds the stable school id `source:sourceId`, such as `osm:node/856282429`. */
export function schoolId(record: Pick<SchoolRecord, 'source' | 'sourceId'>) {
  return `${record.source}:${record.sourceId}`;
}

/** Counts records per key, with keys sorted. */
function countBy<T>(records: T[], key: (record: T) => string) {
  const counts = new Map<string, number>();
  for (const record of records) {
    counts.set(key(record), (counts.get(key(record)) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
