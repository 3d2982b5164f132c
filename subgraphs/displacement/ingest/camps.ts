import type { EntityManager } from 'typeorm';
import { bulkInsert, type BulkValue } from '../../kit/ingest/bulk';
import type { WriteSummary } from '../../kit/ingest/dataset';
import { ProblemCollector } from '../../kit/ingest/problems';
import { CAMPS_DATASET } from '../datasets';
import {
  FORMAL_CAMPS_FILE,
  INFORMAL_SITES_FILE,
  readFormalCamps,
  readInformalSites,
  type CampList,
  type CampSite,
} from '../source/cccm';
import type { PlaceReconciler } from '../source/reconcile';
import { coverageOf } from './locations';
import { reportDetails, writeMatchReport } from './match-report';

const CAMP_COLUMNS = [
  'id',
  'kind',
  'serial',
  'month',
  'name',
  'name_reach',
  'starred',
  'site_type',
  'ssid',
  'source_governorate',
  'source_district',
  'cod_district',
  'governorate_code',
  'district_pcode',
  'match_method',
  'families',
  'individuals',
  'females',
  'males',
  'source_file',
  'source_line',
];

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// The lists name months without a year, and both sheets belong to the 2019 edition.
const LIST_YEAR = 2019;

/**
 * Replaces the camps with the formal camps and informal sites of the CCCM
 * list in `dataDir`. The informal sheet's `Total` row is checked, not stored.
 */
export async function writeCamps(
  manager: EntityManager,
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<WriteSummary> {
  const formal = await readFormalCamps(dataDir, reconciler);
  const informal = await readInformalSites(dataDir, reconciler);
  checkDeclaredTotals(informal, INFORMAL_SITES_FILE);
  const lists: [string, CampList][] = [
    [FORMAL_CAMPS_FILE, formal],
    [INFORMAL_SITES_FILE, informal],
  ];

  await manager.query('DELETE FROM camp');
  const sites = [...formal.sites, ...informal.sites];
  const rowCount = await bulkInsert(
    manager,
    'camp',
    CAMP_COLUMNS,
    lists.flatMap(([file, list]) =>
      list.sites.map((site) => toRow(site, file)),
    ),
  );
  const reports = [];
  for (const [file, list] of lists) {
    // A formal camp is reconciled from COD_District when filled, so that spelling is reported.
    const matched = list.sites.map((site) => ({
      governorate: site.governorate,
      district: site.codDistrict ?? site.district,
      match: site.match,
    }));
    reports.push(
      reportDetails(
        await writeMatchReport(manager, CAMPS_DATASET, file, matched),
      ),
    );
  }
  const [temporalStart, temporalEnd] = periodOf(sites);
  return {
    rowCount,
    spatialCoverage: coverageOf(sites),
    temporalStart,
    temporalEnd,
    details: {
      formal: formal.sites.length,
      informal: informal.sites.length,
      warnings: [...formal.warnings, ...informal.warnings],
      matchReports: reports,
    },
  };
}

function toRow(site: CampSite, file: string): BulkValue[] {
  return [
    `${site.kind}-${site.serial}`,
    site.kind,
    site.serial,
    site.month,
    site.name,
    site.nameReach,
    site.starred,
    site.siteType,
    site.ssid,
    site.governorate,
    site.district,
    site.codDistrict,
    site.match.governorateCode ?? null,
    site.match.pcode ?? null,
    site.match.method,
    site.families,
    site.individuals,
    site.females,
    site.males,
    file,
    site.line,
  ];
}

function checkDeclaredTotals(list: CampList, file: string): void {
  const totals = list.declaredTotals;
  if (!totals) return;
  const problems = new ProblemCollector(file);
  for (const column of ['families', 'individuals'] as const) {
    const sum = list.sites.reduce(
      (total, site) => total + (site[column] ?? 0),
      0,
    );
    const declared = totals[column];
    if (declared !== null && declared !== sum) {
      problems.add(
        totals.line,
        column,
        `the Total row declares ${declared} ${column} but the sites add up to ${sum}`,
      );
    }
  }
  problems.throwIfAny();
}

/**
 * Returns the first and last day (ISO dates) of the months the sites report,
 * or nulls when no month name is recognised.
 */
function periodOf(sites: CampSite[]): [string | null, string | null] {
  const months = sites
    .map((site) => MONTHS.indexOf((site.month ?? '').trim().toLowerCase()))
    .filter((index) => index >= 0);
  if (months.length === 0) return [null, null];
  const first = new Date(Date.UTC(LIST_YEAR, Math.min(...months), 1));
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(LIST_YEAR, Math.max(...months) + 1, 0));
  return [isoDate(first), isoDate(last)];
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
