import { join } from 'node:path';
import { readCsv } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';
import {
  parseCoordinate,
  parseRequiredCount,
  requireText,
  type CellContext,
} from './cells';
import type { DistrictMatch, PlaceReconciler } from './reconcile';

/** One location of an IOM DTM master list, with its district reconciled. */
export interface DtmLocation {
  /** 1-based line of the source file. */
  line: number;
  /** IOM's 7-digit location code; its first two digits encode the governorate. */
  locationId: string;
  /** IOM place id. */
  placeId: string;
  /** Governorate as written in the source. */
  governorate: string;
  /** District as written in the source. */
  district: string;
  nameEn: string;
  /** Arabic name, or null when the cell is blank. */
  nameAr: string | null;
  /** WGS 84 decimal degrees. */
  latitude: number;
  longitude: number;
  /** Families (IDP list) or returnee families (returnee list) at the location. */
  families: number;
  /** Individuals (IDP list) or returnee individuals (returnee list) at the location. */
  individuals: number;
  match: DistrictMatch;
}

/** The figures of the IDP master list's closing `Totals: Locations:N` row, as printed. */
export interface DtmDeclaredTotals {
  line: number;
  locations: number;
  families: number;
  individuals: number;
}

/** The IDP master list: its locations and the totals it declares. */
export interface IdpMasterList {
  locations: DtmLocation[];
  /** Null when the file has no totals row. */
  declaredTotals: DtmDeclaredTotals | null;
}

/** IOM DTM IDP master list, round of 31 August 2019, read from the data folder. */
export const IDP_MASTER_LIST_FILE =
  'iom_dtm_iraq_idp_master_list_2019-08-31.csv';
/** IOM DTM returnee master list, round of 31 August 2019, read from the data folder. */
export const RETURNEE_MASTER_LIST_FILE =
  'iom_dtm_iraq_returnee_master_list_2019-08-31.csv';

// Columns are read by position because the IDP list repeats 16 header names.
const IDP_HEADER = [
  'Location ID',
  'Place ID',
  'Governorate',
  'District',
  'Location Name',
  'Arabic Name',
];
const RETURNEE_HEADER = [
  'Location ID',
  'Place_ID',
  'Governorate',
  'District',
  'Location_name',
  'Arabic_name',
];
const COMMON_HEADER = ['Latitude', 'Longitude'];

/**
 * Reads the IDP master list in `dataDir`. The closing totals row is returned
 * as `declaredTotals`, not as a location. Raises `SourceFileError` listing
 * every unexpected header, missing value, invalid count and out-of-range
 * coordinate.
 */
export async function readIdpMasterList(
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<IdpMasterList> {
  const header = [...IDP_HEADER, ...COMMON_HEADER, 'Families', 'Individuals'];
  return readMasterList(
    join(dataDir, IDP_MASTER_LIST_FILE),
    IDP_MASTER_LIST_FILE,
    header,
    reconciler,
  );
}

/**
 * Reads the returnee master list in `dataDir`; `families` and `individuals`
 * are returnees. Blank rows are skipped. Raises `SourceFileError` as
 * `readIdpMasterList` does.
 */
export async function readReturneeMasterList(
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<DtmLocation[]> {
  const header = [
    ...RETURNEE_HEADER,
    ...COMMON_HEADER,
    'Returnee Families',
    'Returnee Individuals',
  ];
  const list = await readMasterList(
    join(dataDir, RETURNEE_MASTER_LIST_FILE),
    RETURNEE_MASTER_LIST_FILE,
    header,
    reconciler,
  );
  return list.locations;
}

async function readMasterList(
  path: string,
  file: string,
  header: string[],
  reconciler: PlaceReconciler,
): Promise<IdpMasterList> {
  const problems = new ProblemCollector(file);
  const locations: DtmLocation[] = [];
  let declaredTotals: DtmDeclaredTotals | null = null;
  let headerSeen = false;
  for await (const { line, cells } of readCsv(path)) {
    if (!headerSeen) {
      headerSeen = true;
      checkHeader(cells, header, line, problems);
      continue;
    }
    if (cells.every((cell) => cell === '')) continue;
    const cell = (index: number): CellContext => ({
      problems,
      line,
      column: header[index],
    });
    const totals = /^Totals: Locations:\s*([\d,]+)$/.exec(cells[0]);
    if (totals) {
      declaredTotals = {
        line,
        locations: Number(totals[1].replace(/,/g, '')),
        families: parseRequiredCount(cells[8] ?? '', cell(8)) ?? 0,
        individuals: parseRequiredCount(cells[9] ?? '', cell(9)) ?? 0,
      };
      continue;
    }
    const location = toLocation(line, cells, cell, reconciler);
    if (location) locations.push(location);
  }
  problems.throwIfAny();
  return { locations, declaredTotals };
}

function toLocation(
  line: number,
  cells: string[],
  cell: (index: number) => CellContext,
  reconciler: PlaceReconciler,
): DtmLocation | null {
  const value = (index: number): string => cells[index] ?? '';
  const locationId = value(0);
  if (!/^\d{7}$/.test(locationId)) {
    const { problems, column } = cell(0);
    problems.add(
      line,
      column,
      `"${locationId}" is not a location id; expected IOM's 7-digit code`,
    );
  }
  const placeId = value(1);
  if (!/^\d+$/.test(placeId)) {
    const { problems, column } = cell(1);
    problems.add(
      line,
      column,
      `"${placeId}" is not a place id; expected a whole number`,
    );
  }

  const governorate = requireText(value(2), cell(2));
  const district = requireText(value(3), cell(3));
  const nameEn = requireText(value(4), cell(4));
  const latitude = parseCoordinate(value(6), 'latitude', cell(6));
  const longitude = parseCoordinate(value(7), 'longitude', cell(7));
  const families = parseRequiredCount(value(8), cell(8));
  const individuals = parseRequiredCount(value(9), cell(9));
  if (
    latitude === null ||
    longitude === null ||
    families === null ||
    individuals === null
  )
    return null;

  return {
    line,
    locationId,
    placeId,
    governorate,
    district,
    nameEn,
    nameAr: value(5) === '' ? null : value(5),
    latitude,
    longitude,
    families,
    individuals,
    match: reconciler.reconcileDistrict({ governorate, district }),
  };
}

function checkHeader(
  cells: string[],
  expected: string[],
  line: number,
  problems: ProblemCollector,
): void {
  expected.forEach((name, i) => {
    if (cells[i] !== name) {
      problems.add(
        line,
        String(i + 1),
        `header "${cells[i] ?? ''}" found; expected "${name}" in column ${i + 1}`,
      );
    }
  });
}
