import { join } from 'node:path';
import {
  lonLatProblem,
  polygonRings,
  readFeatureCollection,
  type GeoJsonGeometry,
} from '../../kit/geo/geojson';
import { cleanCell, fileLabel } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';

/**
 * Stage of education a school serves. OTHER is a school that spans several
 * stages or is outside the general ladder, such as a language school.
 */
export type SchoolLevel =
  'PRESCHOOL' | 'PRIMARY' | 'SECONDARY' | 'TERTIARY' | 'OTHER';

/** A school mapped on OpenStreetMap. */
export interface OsmSchool {
  /** OSM element, such as `node/856282429`. */
  sourceId: string;
  source: 'osm';
  /** Best available name, never empty: see `readOsmSchools`. */
  name: string;
  nameAr?: string;
  nameEn?: string;
  /** Sorani Kurdish in Arabic script. */
  nameCkb?: string;
  /** Undefined when the tags give no stage, as for a plain `amenity=school`. */
  level?: SchoolLevel;
  /** Longitude in degrees (WGS 84). */
  lon: number;
  /** Latitude in degrees (WGS 84). */
  lat: number;
  /** 1-based line where the feature starts. */
  line: number;
}

/** File name of the Overpass export of Erbil city schools (2019-05-24). */
export const OSM_SCHOOLS_FILE =
  'osm_schools_erbil_city_2019-05-24_overpass.geojson';

/**
 * Reads the OSM schools from `dataDir`.
 *
 * - Position: a Point as given. For a Polygon or MultiPolygon, the average of
 *   the first ring's vertices (closing vertex excluded), which is close to the
 *   area centroid for building-sized outlines but not equal to it.
 * - `nameCkb`: `name:ckb`, else `name:ku-Arab`, else `name:ku` when written
 *   in Arabic script (a Latin `name:ku` is Kurmanji).
 * - `name`: `name`, else `nameEn`, `nameCkb`, `nameAr`, `name:ku`, else the
 *   placeholder "OSM " plus the element id, such as "OSM node/3409052819".
 * - `level`: from `isced:level`, else `school` (primary, secondary...), else
 *   `amenity` kindergarten, college or university.
 *
 * Raises `SourceFileError` listing every feature with an invalid `@id` or
 * geometry, or a duplicate `@id`.
 */
export async function readOsmSchools(dataDir: string): Promise<OsmSchool[]> {
  const path = join(dataDir, OSM_SCHOOLS_FILE);
  const problems = new ProblemCollector(fileLabel(path));
  const schools: OsmSchool[] = [];
  const seen = new Set<string>();

  for (const { line, index, feature } of await readFeatureCollection(path)) {
    const before = problems.problems.length;
    const tags = feature.properties;
    const where = `feature ${index + 1}`;
    const rawId = tags['@id'] ?? feature.id;
    const sourceId = typeof rawId === 'string' ? rawId : '';
    if (!/^(node|way|relation)\/\d+$/.test(sourceId)) {
      problems.add(
        line,
        '@id',
        `${where}: invalid OSM id ${JSON.stringify(rawId)}, expected node/, way/ or relation/ and a number`,
      );
    }
    if (seen.has(sourceId)) {
      problems.add(
        line,
        '@id',
        `${where}: duplicate OSM id "${sourceId}", expected each element once`,
      );
    }
    seen.add(sourceId);

    const position = representativePoint(feature.geometry);
    if (typeof position === 'string') {
      problems.add(line, 'geometry', `${where}: ${position}`);
    }
    if (typeof position === 'string' || problems.problems.length > before) {
      continue;
    }

    const nameEn = tag(tags, 'name:en');
    const nameAr = tag(tags, 'name:ar');
    const kurdish = tag(tags, 'name:ku');
    const nameCkb =
      tag(tags, 'name:ckb') ??
      tag(tags, 'name:ku-Arab') ??
      (kurdish && ARABIC_SCRIPT.test(kurdish) ? kurdish : undefined);
    const name =
      tag(tags, 'name') ??
      nameEn ??
      nameCkb ??
      nameAr ??
      kurdish ??
      `OSM ${sourceId}`;
    const level = schoolLevel(tags);
    schools.push({
      sourceId,
      source: 'osm',
      name,
      ...(nameAr ? { nameAr } : {}),
      ...(nameEn ? { nameEn } : {}),
      ...(nameCkb ? { nameCkb } : {}),
      ...(level ? { level } : {}),
      lon: position[0],
      lat: position[1],
      line,
    });
  }

  problems.throwIfAny();
  return schools;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

// ISCED 2011 levels: 0 early childhood, 1 primary, 2-3 secondary, 4-8 post-secondary and tertiary.
const ISCED_LEVELS: SchoolLevel[] = [
  'PRESCHOOL',
  'PRIMARY',
  'SECONDARY',
  'SECONDARY',
  'TERTIARY',
  'TERTIARY',
  'TERTIARY',
  'TERTIARY',
  'TERTIARY',
];

const SCHOOL_TAG_LEVELS: Record<string, SchoolLevel> = {
  kindergarten: 'PRESCHOOL',
  preschool: 'PRESCHOOL',
  primary: 'PRIMARY',
  elementary: 'PRIMARY',
  secondary: 'SECONDARY',
  middle: 'SECONDARY',
  high: 'SECONDARY',
  lower_secondary: 'SECONDARY',
  upper_secondary: 'SECONDARY',
  tertiary: 'TERTIARY',
};

const AMENITY_LEVELS: Record<string, SchoolLevel> = {
  kindergarten: 'PRESCHOOL',
  college: 'TERTIARY',
  university: 'TERTIARY',
  language_school: 'OTHER',
};

function tag(tags: Record<string, unknown>, key: string): string | undefined {
  const value = tags[key];
  return typeof value === 'string' ? cleanCell(value) || undefined : undefined;
}

/** Reads a level from tags. A value that lists several stages, such as `1;2` or `primary;secondary`, gives OTHER. */
function schoolLevel(tags: Record<string, unknown>): SchoolLevel | undefined {
  const isced = tag(tags, 'isced:level');
  const school = tag(tags, 'school');
  let levels: Array<SchoolLevel | undefined> = [];
  if (isced)
    levels = isced
      .split(/[;,-]/)
      .map((part) => ISCED_LEVELS[Number(part.trim())]);
  else if (school)
    levels = school
      .split(';')
      .map((part) => SCHOOL_TAG_LEVELS[part.trim().toLowerCase()]);
  else return AMENITY_LEVELS[tag(tags, 'amenity') ?? ''];

  const known = new Set(levels.filter((level) => level !== undefined));
  if (known.size === 0) return undefined;
  return known.size === 1 ? [...known][0] : 'OTHER';
}

function representativePoint(
  geometry: GeoJsonGeometry | null,
): readonly [number, number] | string {
  if (geometry?.type === 'Point') {
    const [lon, lat] = Array.isArray(geometry.coordinates)
      ? (geometry.coordinates as unknown[])
      : [];
    return lonLatProblem(lon, lat) ?? [lon as number, lat as number];
  }
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
    return `geometry type ${JSON.stringify(geometry?.type)} is not supported, expected Point, Polygon or MultiPolygon`;
  }
  const rings = polygonRings(geometry);
  if (typeof rings === 'string') return rings;
  const vertices = rings[0].slice(0, -1);
  const lon = vertices.reduce((sum, [x]) => sum + x, 0) / vertices.length;
  const lat = vertices.reduce((sum, [, y]) => sum + y, 0) / vertices.length;
  return [lon, lat];
}
