import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../kit/ingest/bulk';
import type { WriteSummary } from '../../kit/ingest/dataset';
import { ProblemCollector } from '../../kit/ingest/problems';
import { DTM_AS_OF, IDP_DATASET, RETURNEE_DATASET } from '../datasets';
import {
  IDP_MASTER_LIST_FILE,
  readIdpMasterList,
  readReturneeMasterList,
  RETURNEE_MASTER_LIST_FILE,
  type DtmDeclaredTotals,
  type DtmLocation,
} from '../source/dtm';
import type { PlaceReconciler } from '../source/reconcile';
import { reportDetails, writeMatchReport } from './match-report';

const LOCATION_COLUMNS = [
  'location_id',
  'place_id',
  'source_governorate',
  'source_district',
  'name_en',
  'name_ar',
  'latitude',
  'longitude',
  'families',
  'individuals',
  'governorate_code',
  'district_pcode',
  'match_method',
  'source_line',
];

/**
 * Replaces the IDP locations with those of the IOM DTM IDP master list in
 * `dataDir`. The list's closing totals row is checked, not stored: the load
 * raises `SourceFileError` when the locations do not add up to it.
 */
export async function writeIdpLocations(
  manager: EntityManager,
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<WriteSummary> {
  const list = await readIdpMasterList(dataDir, reconciler);
  checkDeclaredTotals(list.locations, list.declaredTotals);
  return writeLocations(
    manager,
    'idp_location',
    IDP_DATASET,
    IDP_MASTER_LIST_FILE,
    list.locations,
    {
      declaredTotals: list.declaredTotals,
    },
  );
}

/** Replaces the returnee locations with those of the IOM DTM returnee master list in `dataDir`. */
export async function writeReturneeLocations(
  manager: EntityManager,
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<WriteSummary> {
  const locations = await readReturneeMasterList(dataDir, reconciler);
  return writeLocations(
    manager,
    'returnee_location',
    RETURNEE_DATASET,
    RETURNEE_MASTER_LIST_FILE,
    locations,
    {},
  );
}

async function writeLocations(
  manager: EntityManager,
  table: string,
  datasetId: string,
  file: string,
  locations: DtmLocation[],
  extraDetails: Record<string, unknown>,
): Promise<WriteSummary> {
  await manager.query(`DELETE FROM ${table}`);
  const rowCount = await bulkInsert(
    manager,
    table,
    LOCATION_COLUMNS,
    locations.map((l) => [
      l.locationId,
      l.placeId,
      l.governorate,
      l.district,
      l.nameEn,
      l.nameAr,
      l.latitude,
      l.longitude,
      l.families,
      l.individuals,
      l.match.governorateCode ?? null,
      l.match.pcode ?? null,
      l.match.method,
      l.line,
    ]),
  );
  const report = await writeMatchReport(manager, datasetId, file, locations);
  return {
    rowCount,
    spatialCoverage: coverageOf(locations),
    temporalStart: DTM_AS_OF,
    temporalEnd: DTM_AS_OF,
    details: { ...extraDetails, matchReport: reportDetails(report) },
  };
}

/** Sorted ISO codes of the governorates that reconciled rows fall in. */
export function coverageOf(
  rows: { match: { governorateCode?: string } }[],
): string[] {
  const codes = rows
    .map((row) => row.match.governorateCode)
    .filter((code): code is string => code !== undefined);
  return [...new Set(codes)].sort();
}

function checkDeclaredTotals(
  locations: DtmLocation[],
  totals: DtmDeclaredTotals | null,
): void {
  if (!totals) return;
  const problems = new ProblemCollector(IDP_MASTER_LIST_FILE);
  const sums = {
    Families: locations.reduce((sum, l) => sum + l.families, 0),
    Individuals: locations.reduce((sum, l) => sum + l.individuals, 0),
  };
  if (totals.locations !== locations.length) {
    problems.add(
      totals.line,
      'Location ID',
      `the totals row declares ${totals.locations} locations but the file has ${locations.length}`,
    );
  }
  if (totals.families !== sums.Families) {
    problems.add(
      totals.line,
      'Families',
      `the totals row declares ${totals.families} families but the rows add up to ${sums.Families}`,
    );
  }
  if (totals.individuals !== sums.Individuals) {
    problems.add(
      totals.line,
      'Individuals',
      `the totals row declares ${totals.individuals} individuals but the rows add up to ${sums.Individuals}`,
    );
  }
  problems.throwIfAny();
}
