import { join } from 'node:path';
import { fileLabel, readCsvObjects } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';
import { lonLatProblem } from '../../kit/geo/geojson';

/** Kind of health facility shared by every health source. */
export type FacilityKind =
  'HOSPITAL' | 'CLINIC' | 'PHARMACY' | 'LABORATORY' | 'OTHER';

/** Fields every health source record carries. */
export interface HealthFacilityBase {
  /** The source's own identifier for the facility. */
  sourceId: string;
  name: string;
  kind: FacilityKind;
  /** Longitude in degrees (WGS 84). */
  lon: number;
  /** Latitude in degrees (WGS 84). */
  lat: number;
  /** 1-based line of the source file where the record starts. */
  line: number;
}

/** A facility from the healthsites.io Iraq export. */
export interface HealthsitesFacility extends HealthFacilityBase {
  source: 'healthsites';
  /** Last change on healthsites.io, in UTC. */
  modifiedAt: Date;
  /** Share of healthsites.io attributes filled in, as a fraction from 0 to 1. */
  completeness: number;
  /** OpenStreetMap element, such as `node/4277481696`. Undefined for facilities entered on healthsites.io. */
  osmId?: string;
}

/** File name of the healthsites.io Iraq export (2019). */
export const HEALTHSITES_FILE =
  'healthsites_io_iraq_2019_via_postgis-erbil.csv';

/**
 * Reads the healthsites.io facilities from `dataDir`. Maps `type` hospital
 * and clinic to their kinds, doctors and dentist to CLINIC, pharmacy and
 * laboratory to theirs, and a blank type to OTHER. Raises `SourceFileError`
 * listing every row with a missing column, invalid X (longitude) or Y
 * (latitude), uuid, date_modified, completeness, upstream or type, or a
 * blank name.
 */
export async function readHealthsites(
  dataDir: string,
): Promise<HealthsitesFacility[]> {
  const path = join(dataDir, HEALTHSITES_FILE);
  const problems = new ProblemCollector(fileLabel(path));
  const facilities: HealthsitesFacility[] = [];
  const seen = new Set<string>();
  let headerChecked = false;

  for await (const { line, row, header } of readCsvObjects(path)) {
    if (!headerChecked) {
      headerChecked = true;
      const missing = REQUIRED_COLUMNS.filter(
        (column) => !header.includes(column),
      );
      missing.forEach((column) =>
        problems.add(1, column, `missing column "${column}"`),
      );
      if (missing.length > 0) break;
    }
    const facility = parseRow(line, row, problems);
    if (!facility) continue;
    if (seen.has(facility.sourceId)) {
      problems.add(
        line,
        'uuid',
        `duplicate uuid "${facility.sourceId}", expected each facility once`,
      );
      continue;
    }
    seen.add(facility.sourceId);
    facilities.push(facility);
  }

  problems.throwIfAny();
  return facilities;
}

const REQUIRED_COLUMNS = [
  'X',
  'Y',
  'upstream',
  'name',
  'completeness',
  'uuid',
  'date_modified',
  'type',
];

const KINDS: Record<string, FacilityKind> = {
  hospital: 'HOSPITAL',
  clinic: 'CLINIC',
  doctors: 'CLINIC',
  dentist: 'CLINIC',
  pharmacy: 'PHARMACY',
  laboratory: 'LABORATORY',
  '': 'OTHER',
};

const OSM_TYPES: Record<string, string> = {
  n: 'node',
  w: 'way',
  r: 'relation',
};

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

// healthsites.io writes PostgreSQL timestamptz text: `2016/07/02 00:28:29+00` or `2015/12/11 10:51:22.924+00`.
const TIMESTAMP =
  /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?([+-])(\d{2})(?::?(\d{2}))?$/;

function parseRow(
  line: number,
  row: Record<string, string>,
  problems: ProblemCollector,
): HealthsitesFacility | undefined {
  const before = problems.problems.length;
  const add = (column: string, reason: string) =>
    problems.add(line, column, reason);
  const lon = parseDecimal(row.X);
  const lat = parseDecimal(row.Y);
  if (lon === undefined) {
    add('X', `invalid longitude "${row.X}", expected decimal degrees`);
  }
  if (lat === undefined) {
    add('Y', `invalid latitude "${row.Y}", expected decimal degrees`);
  }
  const positionProblem = lonLatProblem(lon ?? 0, lat ?? 0);
  if (positionProblem) {
    const column = positionProblem.startsWith('longitude') ? 'X' : 'Y';
    add(
      column,
      `invalid position X "${row.X}", Y "${row.Y}": ${positionProblem}`,
    );
  }

  const sourceId = row.uuid.toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(sourceId))
    add('uuid', `invalid uuid "${row.uuid}", expected 32 hexadecimal digits`);
  if (!row.name) add('name', 'blank name, expected the facility name');

  const kind = KINDS[row.type.toLowerCase()];
  if (!kind) {
    add(
      'type',
      `unknown type "${row.type}", expected hospital, clinic, doctors, dentist, pharmacy, laboratory or blank`,
    );
  }

  const modifiedAt = parseTimestamp(row.date_modified);
  if (!modifiedAt) {
    add(
      'date_modified',
      `invalid date "${row.date_modified}", expected YYYY/MM/DD hh:mm:ss[.fff]+hh`,
    );
  }

  const percent = /^\d+(\.\d+)?%$/.test(row.completeness)
    ? Number(row.completeness.slice(0, -1))
    : Number.NaN;
  if (!(percent >= 0 && percent <= 100)) {
    add(
      'completeness',
      `invalid completeness "${row.completeness}", expected a percentage from 0% to 100% such as "35.29%"`,
    );
  }

  const osmId = parseUpstream(row.upstream);
  if (osmId === null) {
    add(
      'upstream',
      `invalid upstream "${row.upstream}", expected OpenStreetMap¶ with n, w or r and a number, web¶ and an id, or blank`,
    );
  }

  if (problems.problems.length > before) return undefined;
  return {
    sourceId,
    source: 'healthsites',
    name: row.name,
    kind,
    lon: lon as number,
    lat: lat as number,
    modifiedAt: modifiedAt as Date,
    completeness: percent / 100,
    ...(osmId ? { osmId } : {}),
    line,
  };
}

function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function parseTimestamp(text: string): Date | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map(Number);
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMinutes =
    (match[8] === '-' ? -1 : 1) *
    (Number(match[9]) * 60 + Number(match[10] ?? 0));
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Math.abs(offsetMinutes) > 14 * 60
  )
    return undefined;
  const local = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    milliseconds,
  );
  // Date.UTC rolls 31 April over to 1 May, so a changed day means the date does not exist.
  if (new Date(local).getUTCDate() !== day) return undefined;
  return new Date(local - offsetMinutes * 60_000);
}

/** Returns the OSM id, undefined for web entries and blanks, or null when the text is invalid. */
function parseUpstream(text: string): string | undefined | null {
  if (text === '') return undefined;
  const osm = /^openstreetmap¶([nwr])(\d+)$/i.exec(text);
  if (osm) return `${OSM_TYPES[osm[1].toLowerCase()]}/${osm[2]}`;
  if (/^web¶\S+$/i.test(text)) return undefined;
  return null;
}
