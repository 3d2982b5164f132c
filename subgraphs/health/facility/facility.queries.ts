import type { DataSource } from 'typeorm';
import { badInput } from '../../kit/errors';
import type { Page, PageWindow } from '../../kit/graphql/connection';
import { governorateByCode } from '../../kit/iraq/governorates';
import { COMMON_COLUMNS, DETAIL_COLUMNS } from '../loaders';
import { FACILITY_SOURCES, type FacilityKind } from './facility-kind';
import type { HealthFacilityRow } from './facility.type';

/** Validated filters of the `healthFacilities` query, where null matches any value. */
export interface FacilityFilters {
  governorateCode: string | null;
  kind: FacilityKind | null;
  source: string | null;
}

/**
 * Checks the `healthFacilities` arguments and normalises the governorate
 * code to upper case. Raises BAD_USER_INPUT quoting the value when the code
 * is not an ISO 3166-2:IQ governorate or the source is unknown.
 */
export function facilityFilters(args: {
  governorateCode?: string | null;
  kind?: FacilityKind | null;
  source?: string | null;
}): FacilityFilters {
  let governorateCode: string | null = null;
  if (args.governorateCode !== undefined && args.governorateCode !== null) {
    const governorate = governorateByCode(args.governorateCode.trim());
    if (!governorate) {
      throw badInput(
        'governorateCode',
        `governorateCode: "${args.governorateCode}" is not a governorate code: use an ISO 3166-2:IQ code such as "IQ-BA".`,
      );
    }
    governorateCode = governorate.code;
  }
  const source = args.source ?? null;
  if (
    source !== null &&
    !(FACILITY_SOURCES as readonly string[]).includes(source)
  ) {
    throw badInput(
      'source',
      `source: "${source}" is not a health source: use one of ${FACILITY_SOURCES.join(', ')}.`,
    );
  }
  return { governorateCode, kind: args.kind ?? null, source };
}

/**
 * Checks a facility id. Raises BAD_USER_INPUT quoting it unless it has the
 * form `<source>:<source id>` with a known source.
 */
export function requireFacilityId(id: string): string {
  const trimmed = id.trim();
  const match = /^([a-z]+):(\S+)$/.exec(trimmed);
  if (!match || !(FACILITY_SOURCES as readonly string[]).includes(match[1])) {
    throw badInput(
      'id',
      `id: "${id}" is not a health facility id: use <source>:<source id> with source ${FACILITY_SOURCES.join(' or ')}, such as "healthsites:29c6b4ad93f54df6b1d2880358990963".`,
    );
  }
  return trimmed;
}

/** Selects one page of placed facilities matching `filters`, ordered by id. */
export async function selectFacilities(
  dataSource: DataSource,
  filters: FacilityFilters,
  window: PageWindow,
): Promise<Page<HealthFacilityRow>> {
  const where = `($1::text IS NULL OR governorate_code = $1)
    AND ($2::text IS NULL OR kind = $2)
    AND ($3::text IS NULL OR source = $3)`;
  const params = [filters.governorateCode, filters.kind, filters.source];
  return selectPage(
    dataSource,
    `SELECT *, count(*) OVER () AS total FROM health_facility WHERE ${where}
     ORDER BY id OFFSET $4 LIMIT $5`,
    `SELECT count(*) AS n FROM health_facility WHERE ${where}`,
    params,
    window,
  );
}

/** Selects one page of the facilities outside every COD-AB district, ordered by id. */
export function selectOutsideFacilities(
  dataSource: DataSource,
  window: PageWindow,
): Promise<Page<HealthFacilityRow>> {
  return selectPage(
    dataSource,
    `SELECT ${COMMON_COLUMNS}, NULL AS governorate_code, NULL AS district_pcode,
       NULL AS sub_district_pcode, ${DETAIL_COLUMNS}, count(*) OVER () AS total
     FROM health_facility_outside ORDER BY id OFFSET $1 LIMIT $2`,
    'SELECT count(*) AS n FROM health_facility_outside',
    [],
    window,
  );
}

async function selectPage(
  dataSource: DataSource,
  pageSql: string,
  countSql: string,
  params: unknown[],
  window: PageWindow,
): Promise<Page<HealthFacilityRow>> {
  const rows = (await dataSource.query(pageSql, [
    ...params,
    window.offset,
    window.limit,
  ])) as (HealthFacilityRow & { total: string })[];
  let totalCount = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && (window.offset > 0 || window.limit === 0)) {
    // A page past the end, or of size 0, has no row to carry the total.
    const [count] = (await dataSource.query(countSql, params)) as {
      n: string;
    }[];
    totalCount = Number(count.n);
  }
  return { items: rows, totalCount, offset: window.offset };
}
