import { readFile } from 'node:fs/promises';
import { fileLabel } from '../ingest/csv';
import { ProblemCollector } from '../ingest/problems';

/** A GeoJSON geometry as parsed, before its coordinates are checked. */
export interface GeoJsonGeometry {
  type: string;
  coordinates: unknown;
}

/** A GeoJSON feature as parsed. Missing or null `properties` become `{}`. */
export interface GeoJsonFeature {
  id?: unknown;
  properties: Record<string, unknown>;
  geometry: GeoJsonGeometry | null;
}

/** A `[lon, lat]` position in degrees (WGS 84). */
export type Position = readonly [number, number];

/** A closed linear ring: the first position is repeated at the end. */
export type Ring = readonly Position[];

/** One feature of a FeatureCollection with where it sits in the file. */
export interface FeatureRecord {
  /** 1-based line where the feature's object starts, which is 1 for every feature of a single-line file. */
  line: number;
  /** 0-based position in the `features` array. */
  index: number;
  feature: GeoJsonFeature;
}

/**
 * Reads a GeoJSON FeatureCollection with the line each feature starts on.
 * Raises `SourceFileError` when the file is not valid JSON, is not a
 * FeatureCollection, or contains an element that is not a Feature object.
 */
export async function readFeatureCollection(
  path: string,
): Promise<FeatureRecord[]> {
  const text = await readFile(path, 'utf8');
  const problems = new ProblemCollector(fileLabel(path));
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    problems.add(
      1,
      'JSON',
      `invalid JSON (${(error as Error).message}), expected a GeoJSON FeatureCollection`,
    );
    problems.throwIfAny();
  }
  if (
    !isObject(root) ||
    root.type !== 'FeatureCollection' ||
    !Array.isArray(root.features)
  ) {
    problems.add(
      1,
      'type',
      'not a GeoJSON FeatureCollection, expected "type": "FeatureCollection" and a "features" array',
    );
    problems.throwIfAny();
  }

  const features = (root as { features: unknown[] }).features;
  let lines = featureLines(text);
  // A features element that is not an object or array has no recorded line, so line 1 is all that is certain.
  if (lines.length !== features.length) lines = [];
  const records: FeatureRecord[] = [];
  features.forEach((feature, index) => {
    const line = lines[index] ?? 1;
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.add(
        line,
        'type',
        `feature ${index + 1} is not a GeoJSON Feature object`,
      );
      return;
    }
    const geometry =
      isObject(feature.geometry) && typeof feature.geometry.type === 'string'
        ? (feature.geometry as unknown as GeoJsonGeometry)
        : null;
    const properties = isObject(feature.properties) ? feature.properties : {};
    records.push({
      line,
      index,
      feature: { id: feature.id, properties, geometry },
    });
  });
  problems.throwIfAny();
  return records;
}

/**
 * Returns why `(lon, lat)` is not a WGS 84 position in degrees, or undefined
 * when it is one: both must be finite numbers, lon in [-180, 180] and lat in
 * [-90, 90].
 */
export function lonLatProblem(lon: unknown, lat: unknown): string | undefined {
  if (typeof lon !== 'number' || !Number.isFinite(lon))
    return `longitude ${String(lon)} is not a finite number`;
  if (typeof lat !== 'number' || !Number.isFinite(lat))
    return `latitude ${String(lat)} is not a finite number`;
  if (lon < -180 || lon > 180) return `longitude ${lon} is outside [-180, 180]`;
  if (lat < -90 || lat > 90) return `latitude ${lat} is outside [-90, 90]`;
  return undefined;
}

/**
 * Extracts the rings of a Polygon or MultiPolygon as RFC 7946 requires them:
 * closed, at least 4 positions, valid longitude and latitude. Returns the
 * reason as a string when the geometry is invalid.
 */
export function polygonRings(
  geometry: GeoJsonGeometry | null,
): Ring[] | string {
  if (!geometry) return 'missing geometry, expected a Polygon or MultiPolygon';
  let polygons: unknown;
  if (geometry.type === 'Polygon') polygons = [geometry.coordinates];
  else if (geometry.type === 'MultiPolygon') polygons = geometry.coordinates;
  else
    return `geometry type "${geometry.type}" is not supported, expected Polygon or MultiPolygon`;
  if (!Array.isArray(polygons))
    return 'coordinates are not an array, expected arrays of rings';

  const rings: Ring[] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0)
      return 'empty polygon, expected at least an outer ring';
    for (const ring of polygon) {
      const parsed = parseRing(ring);
      if (typeof parsed === 'string')
        return `ring ${rings.length + 1}: ${parsed}`;
      rings.push(parsed);
    }
  }
  return rings;
}

function parseRing(ring: unknown): Ring | string {
  if (!Array.isArray(ring) || ring.length < 4)
    return 'a ring needs at least 4 positions';
  const positions: Position[] = [];
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2)
      return `invalid position ${JSON.stringify(position)}, expected [lon, lat]`;
    const [lon, lat] = position as unknown[];
    const problem = lonLatProblem(lon, lat);
    if (problem) return problem;
    positions.push([lon as number, lat as number]);
  }
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1])
    return `ring is not closed, expected the last position to repeat [${first[0]}, ${first[1]}]`;
  return positions;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Scans JSON text for the start line of each element of the top-level
 * `features` array, because JSON.parse keeps no positions. Expects text that
 * JSON.parse has accepted.
 */
function featureLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let key = '';
  let lastKey = '';
  let afterFeaturesKey = false;
  let featuresDepth = -1;

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') {
        if (depth === 1) key += text[i + 1];
        i++;
      } else if (ch === '"') {
        inString = false;
        lastKey = key;
      } else if (depth === 1) {
        key += ch;
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      key = '';
    } else if (ch === ':') {
      afterFeaturesKey = depth === 1 && lastKey === 'features';
    } else if (ch === '{' || ch === '[') {
      if (depth === featuresDepth) lines.push(line);
      if (ch === '[' && afterFeaturesKey && depth === 1) featuresDepth = 2;
      afterFeaturesKey = false;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth < featuresDepth) featuresDepth = -1;
    } else if (ch === ',') {
      afterFeaturesKey = false;
    }
  }
  return lines;
}
