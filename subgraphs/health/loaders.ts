import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createPagedLoader, type PagedQuery } from '../kit/db/paged-loader';
import type { SubgraphContext } from '../kit/graphql/context';
import type { HealthFacilityRow } from './facility/facility.type';

/** Creates the health subgraph's DataLoaders for one request. */
export function createHealthLoaders(dataSource: DataSource) {
  return {
    facility: createFacilityLoader(dataSource),
    facilitiesOfGovernorate: createPagedLoader<HealthFacilityRow>(
      dataSource,
      facilityQuery('governorate_code'),
    ),
    facilitiesOfDistrict: createPagedLoader<HealthFacilityRow>(
      dataSource,
      facilityQuery('district_pcode'),
    ),
    hasData: new DataLoader<'any', boolean>(async (keys) => {
      const loaded = await hasLoadedData(dataSource);
      return keys.map(() => loaded);
    }),
  };
}

export type HealthLoaders = ReturnType<typeof createHealthLoaders>;

export type HealthContext = SubgraphContext<HealthLoaders>;

/** Columns both facility tables share, in the order of `HealthFacilityRow`. */
export const COMMON_COLUMNS =
  'id, dataset_id, source, source_id, name, kind, lon, lat';

/** Columns both facility tables share that follow the place codes in `HealthFacilityRow`. */
export const DETAIL_COLUMNS =
  'modified_at, completeness, confidence, osm_id, source_line';

/** Facilities of many places, ordered by id. The one filter is the kind, or null for every kind. */
function facilityQuery(parentColumn: string): PagedQuery {
  return {
    from: 'health_facility',
    parentColumn,
    orderBy: 't.id',
    where: '$2::text IS NULL OR t.kind = $2',
  };
}

/** Loads facilities by id from both tables in one statement per batch. */
function createFacilityLoader(dataSource: DataSource) {
  return new DataLoader<string, HealthFacilityRow | null>(async (ids) => {
    const rows = (await dataSource.query(
      `SELECT ${COMMON_COLUMNS}, governorate_code, district_pcode, sub_district_pcode, ${DETAIL_COLUMNS}
         FROM health_facility WHERE id = ANY($1)
       UNION ALL
       SELECT ${COMMON_COLUMNS}, NULL, NULL, NULL, ${DETAIL_COLUMNS}
         FROM health_facility_outside WHERE id = ANY($1)`,
      [ids as string[]],
    )) as HealthFacilityRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

// Data once loaded is only ever replaced, never removed, so a positive result
// is kept for the life of the process and costs no more queries.
const loadedSources = new WeakSet<DataSource>();

async function hasLoadedData(dataSource: DataSource): Promise<boolean> {
  if (loadedSources.has(dataSource)) return true;
  const rows = (await dataSource.query(
    'SELECT 1 FROM dataset_load LIMIT 1',
  )) as unknown[];
  if (rows.length > 0) loadedSources.add(dataSource);
  return rows.length > 0;
}
