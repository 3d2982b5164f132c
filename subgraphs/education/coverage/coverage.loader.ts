import type { DataSource } from 'typeorm';
import { governorateByCode } from '../../kit/iraq/governorates';

/** Datasets and districts with schools in one governorate or district. */
export interface PlaceCoverage {
  /** Dataset ids, sorted. */
  datasets: string[];
  /** P-codes of the districts with at least one school, sorted. */
  districts: string[];
  /** Schools stored for the place, across datasets. */
  schoolCount: number;
}

/** The `school_coverage` table, indexed by governorate code and district P-code, each map in key order. */
export interface CoverageIndex {
  governorates: Map<string, PlaceCoverage>;
  districts: Map<string, PlaceCoverage & { governorateCode: string }>;
}

/** Per-request access to the coverage of every place. */
export interface CoverageLoader {
  /** Reads the coverage table on the first call of the request and returns the same index afterwards. */
  load(): Promise<CoverageIndex>;
}

/**
 * Creates a coverage loader for one request. The table contains one row per
 * dataset and district with schools (a few hundred at most), so one
 * statement reads it whole for every governorate and district the request
 * names.
 */
export function createCoverageLoader(dataSource: DataSource): CoverageLoader {
  let index: Promise<CoverageIndex> | undefined;
  return {
    load: () => (index ??= readCoverage(dataSource)),
  };
}

/** Names a governorate as `Erbil (IQ-AR)`, or quotes a code that is not a governorate. */
export function governorateLabel(code: string): string {
  const governorate = governorateByCode(code);
  return governorate ? `${governorate.nameEn} (${code})` : `"${code}"`;
}

async function readCoverage(dataSource: DataSource): Promise<CoverageIndex> {
  const rows = (await dataSource.query(
    `SELECT dataset_id, governorate_code, district_pcode, school_count
     FROM school_coverage
     ORDER BY district_pcode, dataset_id`,
  )) as {
    dataset_id: string;
    governorate_code: string;
    district_pcode: string;
    school_count: number;
  }[];
  const index: CoverageIndex = {
    governorates: new Map(),
    districts: new Map(),
  };
  for (const row of rows) {
    const governorate = index.governorates.get(row.governorate_code) ?? empty();
    add(governorate, row.dataset_id, row.district_pcode, row.school_count);
    index.governorates.set(row.governorate_code, governorate);

    const district = index.districts.get(row.district_pcode) ?? {
      ...empty(),
      governorateCode: row.governorate_code,
    };
    add(district, row.dataset_id, row.district_pcode, row.school_count);
    index.districts.set(row.district_pcode, district);
  }
  index.governorates = new Map(
    [...index.governorates].sort(([a], [b]) => a.localeCompare(b)),
  );
  return index;
}

function empty(): PlaceCoverage {
  return { datasets: [], districts: [], schoolCount: 0 };
}

function add(
  coverage: PlaceCoverage,
  datasetId: string,
  districtPcode: string,
  schools: number,
): void {
  if (!coverage.datasets.includes(datasetId)) {
    coverage.datasets.push(datasetId);
    coverage.datasets.sort();
  }
  // Rows arrive ordered by district, so the list stays sorted.
  if (coverage.districts.at(-1) !== districtPcode) {
    coverage.districts.push(districtPcode);
  }
  coverage.schoolCount += schools;
}
