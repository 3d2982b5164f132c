import { join } from 'node:path';
import { readCsv } from '../../kit/ingest/csv';
import { ProblemCollector, type RowProblem } from '../../kit/ingest/problems';
import {
  isSpreadsheetError,
  parseCount,
  repairMojibake,
  requireText,
  type CellContext,
} from './cells';
import {
  FORMAL,
  headerKey,
  indexHeader,
  INFORMAL,
  requiredHeaders,
  stripStar,
  type Layout,
} from './cccm-layout';
import type { DistrictMatch, PlaceReconciler } from './reconcile';

/** Whether a site is a formal camp or an informal site (collective centre and similar). */
export type CampKind = 'formal' | 'informal';

/**
 * One camp or site of the CCCM Cluster Iraq camp master list (August 2019).
 * Counts are null where the source cell is blank. The list has no camp
 * status column.
 */
export interface CampSite {
  /** 1-based line of the source file where the record starts. */
  line: number;
  kind: CampKind;
  /** The list's serial number (`Snr.`). */
  serial: number;
  /** Month the figures refer to, as written; informal sites mix several months. */
  month: string | null;
  /** CCCM camp name (formal) or site name (informal), without a trailing `*`. */
  name: string;
  /** REACH's camp name (formal list only), or null. */
  nameReach: string | null;
  /** The source name ended with `*`, a footnote mark the files do not explain. */
  starred: boolean;
  /** Site type such as `Collective Centre` (informal list only), or null. */
  siteType: string | null;
  /** CCCM site code such as `IQ0701-0002`, or null when blank or not a code. */
  ssid: string | null;
  /** Governorate as written in the source. */
  governorate: string;
  /** CCCM district as written in the source. */
  district: string;
  /** COD-AB district name the formal list gives (`COD_District`), or null. */
  codDistrict: string | null;
  families: number | null;
  individuals: number | null;
  females: number | null;
  males: number | null;
  /** Reconciled from `codDistrict` when present, else from `district`. */
  match: DistrictMatch;
}

/** The informal list's closing `Total` row, as printed. */
export interface CampDeclaredTotals {
  line: number;
  families: number | null;
  individuals: number | null;
}

/** One CCCM list: its sites, its totals row and the values normalised away. */
export interface CampList {
  sites: CampSite[];
  declaredTotals: CampDeclaredTotals | null;
  /** Values replaced by null, such as `#N/A` or a site name in the SSID column, with the reason. */
  warnings: RowProblem[];
}

/** CCCM formal camps sheet, read from the data folder. */
export const FORMAL_CAMPS_FILE =
  'cccm_iraq_idp_camps_masterlist_2019-08_formal.csv';
/** CCCM informal sites sheet, read from the data folder. */
export const INFORMAL_SITES_FILE =
  'cccm_iraq_idp_camps_masterlist_2019-08_informal.csv';

/** Reads the formal camps list in `dataDir`. Raises `SourceFileError` on invalid values. */
export function readFormalCamps(
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<CampList> {
  return readCampList(
    join(dataDir, FORMAL_CAMPS_FILE),
    FORMAL_CAMPS_FILE,
    FORMAL,
    reconciler,
  );
}

/**
 * Reads the informal sites list in `dataDir`. The title row above the header
 * is skipped and the closing `Total` row is returned as `declaredTotals`.
 * Raises `SourceFileError` on invalid values.
 */
export function readInformalSites(
  dataDir: string,
  reconciler: PlaceReconciler,
): Promise<CampList> {
  return readCampList(
    join(dataDir, INFORMAL_SITES_FILE),
    INFORMAL_SITES_FILE,
    INFORMAL,
    reconciler,
  );
}

async function readCampList(
  path: string,
  file: string,
  layout: Layout,
  reconciler: PlaceReconciler,
): Promise<CampList> {
  const problems = new ProblemCollector(file);
  const warnings: RowProblem[] = [];
  const sites: CampSite[] = [];
  let declaredTotals: CampDeclaredTotals | null = null;
  let columns: Map<string, number> | undefined;
  let headerLine = 1;
  for await (const { line, cells } of readCsv(path)) {
    if (!columns) {
      // The header is the first row naming a Governorate column; rows above it are titles.
      if (cells.some((cell) => headerKey(cell) === 'governorate')) {
        columns = indexHeader(cells);
        headerLine = line;
      }
      continue;
    }
    if (cells.every((cell) => cell === '')) continue;
    const found = columns;
    const value = (header: string): string =>
      cells[found.get(headerKey(header)) ?? -1] ?? '';
    const cell = (column: string): CellContext => ({ problems, line, column });
    if (value('Snr.') === '' && /^total$/i.test(value('Month'))) {
      const families = parseCount(
        value(layout.families),
        cell(layout.families),
      );
      const individuals = parseCount(
        value(layout.individuals),
        cell(layout.individuals),
      );
      declaredTotals = { line, families, individuals };
      continue;
    }
    sites.push(toSite(line, value, cell, layout, warnings, file, reconciler));
  }
  if (!columns)
    problems.add(
      1,
      'Governorate',
      'no header row with a "Governorate" column found',
    );
  for (const header of requiredHeaders(layout)) {
    if (columns && !columns.has(headerKey(header)))
      problems.add(headerLine, header, 'column is missing from the header row');
  }
  problems.throwIfAny();
  return { sites, declaredTotals, warnings };
}

function toSite(
  line: number,
  value: (header: string) => string,
  cell: (column: string) => CellContext,
  layout: Layout,
  warnings: RowProblem[],
  file: string,
  reconciler: PlaceReconciler,
): CampSite {
  const warn = (column: string, reason: string): void => {
    warnings.push({ file, line, column, reason });
  };
  const serial = parseCount(
    requireText(value('Snr.'), cell('Snr.')),
    cell('Snr.'),
  );
  const rawName = repairMojibake(value(layout.name));
  const nameReach = layout.nameReach
    ? repairMojibake(value(layout.nameReach))
    : '';
  const name = stripStar(requireText(rawName || nameReach, cell(layout.name)));

  const rawSsid = value('SSID');
  const ssid = /^IQ\d{4}-\d{4}(-\d{3})?$/.test(rawSsid) ? rawSsid : null;
  if (rawSsid !== '' && ssid === null)
    warn(
      'SSID',
      `"${rawSsid}" is not a site code such as IQ0701-0002; kept as null`,
    );

  const rawCod = layout.codDistrict ? value(layout.codDistrict) : '';
  const codDistrict =
    rawCod === '' || isSpreadsheetError(rawCod) ? null : rawCod;
  if (layout.codDistrict && codDistrict === null) {
    warn(
      layout.codDistrict,
      `"${rawCod}" names no district; reconciled from District instead`,
    );
  }

  const governorate = requireText(value('Governorate'), cell('Governorate'));
  const district = requireText(value('District'), cell('District'));
  const count = (header: string): number | null =>
    parseCount(value(header), cell(header));
  return {
    line,
    kind: layout.kind,
    serial: serial ?? 0,
    month: value('Month') || null,
    name: name.text,
    nameReach: layout.nameReach ? stripStar(nameReach).text || null : null,
    starred: name.starred,
    siteType: layout.siteType ? value(layout.siteType) || null : null,
    ssid,
    governorate,
    district,
    codDistrict,
    families: count(layout.families),
    individuals: count(layout.individuals),
    females: count('Total no of Females'),
    males: count('Total no of Males'),
    match: reconciler.reconcileDistrict({
      governorate,
      district: codDistrict ?? district,
    }),
  };
}
