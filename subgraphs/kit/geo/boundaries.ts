import { join } from 'node:path';
import { cleanCell, fileLabel } from '../ingest/csv';
import { ProblemCollector } from '../ingest/problems';
import { governorateByPcode } from '../iraq/governorates';
import { polygonRings, readFeatureCollection, type Ring } from './geojson';

/** COD-AB administrative level: 1 governorate, 2 district (qadha), 3 sub-district (nahiya). */
export type AdminLevel = 1 | 2 | 3;

/** Bounding box in degrees, edges included. */
export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** One COD-AB administrative unit with its geometry. */
export interface AdminUnit {
  level: AdminLevel;
  /** COD-AB P-code, such as `IQG08` or `IQG08Q03` or `IQG08Q03N03`. */
  pcode: string;
  nameEn: string;
  nameAr: string;
  /** P-code of the unit one level up, or undefined for a governorate. */
  parentPcode?: string;
  /** Admin-1 P-code of the governorate that contains the unit. */
  governoratePcode: string;
  /** Outer rings and holes of every polygon. The even-odd rule over all of them gives the inside. */
  rings: Ring[];
  bbox: BBox;
}

/** A COD-AB district (admin 2) without its geometry. */
export interface District {
  /** Admin-2 P-code, such as `IQG08Q03`. */
  pcode: string;
  nameEn: string;
  nameAr: string;
  /** Admin-1 P-code of the parent governorate, such as `IQG08`. */
  governoratePcode: string;
  /** ISO 3166-2:IQ code of the parent governorate, such as `IQ-BG`. */
  governorateCode: string;
}

/** COD-AB 2019-06-03 boundary file name for each level. */
export const BOUNDARY_FILES: Readonly<Record<AdminLevel, string>> =
  Object.freeze({
    1: 'ocha_cod-ab_irq_admbnda_adm1_cso_20190603.geojson',
    2: 'ocha_cod-ab_irq_admbnda_adm2_cso_20190603.geojson',
    3: 'ocha_cod-ab_irq_admbnda_adm3_cso_20190603.geojson',
  });

/**
 * Loads the COD-AB units of one level from `dataDir`, sorted by P-code.
 * Accepts Polygon and MultiPolygon geometries with holes. Raises
 * `SourceFileError` listing every feature with an invalid P-code, a parent
 * P-code that does not prefix it, an unknown governorate, a blank name or an
 * invalid geometry.
 */
export async function loadAdminUnits(
  dataDir: string,
  level: AdminLevel,
): Promise<AdminUnit[]> {
  const path = join(dataDir, BOUNDARY_FILES[level]);
  const problems = new ProblemCollector(fileLabel(path));
  const units: AdminUnit[] = [];
  const seen = new Set<string>();

  for (const { line, index, feature } of await readFeatureCollection(path)) {
    const where = `feature ${index + 1}`;
    const props = feature.properties;
    const pcodeKey = `ADM${level}_PCODE`;
    const pcode = props[pcodeKey];
    if (typeof pcode !== 'string' || !PCODE_PATTERNS[level].test(pcode)) {
      problems.add(
        line,
        pcodeKey,
        `${where}: invalid P-code ${JSON.stringify(pcode)}, expected ${PCODE_SHAPES[level]}`,
      );
      continue;
    }
    if (seen.has(pcode)) {
      problems.add(
        line,
        pcodeKey,
        `${where}: duplicate P-code "${pcode}", expected each unit once`,
      );
      continue;
    }
    seen.add(pcode);

    const governoratePcode = pcode.slice(0, 5);
    if (!governorateByPcode(governoratePcode)) {
      problems.add(
        line,
        pcodeKey,
        `${where}: P-code "${pcode}" names unknown governorate "${governoratePcode}", expected IQG01 to IQG18`,
      );
    }
    const parentPcode =
      level === 1 ? undefined : pcode.slice(0, level === 2 ? 5 : 8);
    if (parentPcode !== undefined) {
      const parentKey = `ADM${level - 1}_PCODE`;
      if (props[parentKey] !== parentPcode) {
        problems.add(
          line,
          parentKey,
          `${where}: parent P-code ${JSON.stringify(props[parentKey])} does not match "${pcode}", expected "${parentPcode}"`,
        );
      }
    }

    const nameEn = nameProperty(props, `ADM${level}_EN`);
    const nameAr = nameProperty(props, `ADM${level}_AR`);
    for (const [key, value] of [
      [`ADM${level}_EN`, nameEn],
      [`ADM${level}_AR`, nameAr],
    ] as const) {
      if (!value)
        problems.add(
          line,
          key,
          `${where}: blank name for "${pcode}", expected a unit name`,
        );
    }

    const rings = polygonRings(feature.geometry);
    if (typeof rings === 'string') {
      problems.add(line, 'geometry', `${where} ("${pcode}"): ${rings}`);
      continue;
    }
    units.push({
      level,
      pcode,
      nameEn,
      nameAr,
      parentPcode,
      governoratePcode,
      rings,
      bbox: ringsBBox(rings),
    });
  }

  problems.throwIfAny();
  return units.sort((a, b) => a.pcode.localeCompare(b.pcode));
}

/**
 * Loads the 101 COD-AB districts (admin 2) with their parent governorate,
 * sorted by P-code. Raises `SourceFileError` as `loadAdminUnits` does.
 */
export async function loadDistricts(dataDir: string): Promise<District[]> {
  const units = await loadAdminUnits(dataDir, 2);
  return units.map(toDistrict);
}

/** Converts a loaded admin-2 unit to a `District`. */
export function toDistrict(unit: AdminUnit): District {
  return {
    pcode: unit.pcode,
    nameEn: unit.nameEn,
    nameAr: unit.nameAr,
    governoratePcode: unit.governoratePcode,
    // loadAdminUnits has rejected units whose governorate P-code is unknown.
    governorateCode: governorateByPcode(unit.governoratePcode)!.code,
  };
}

const PCODE_PATTERNS: Record<AdminLevel, RegExp> = {
  1: /^IQG\d{2}$/,
  2: /^IQG\d{2}Q\d{2}$/,
  3: /^IQG\d{2}Q\d{2}N\d{2}$/,
};

const PCODE_SHAPES: Record<AdminLevel, string> = {
  1: 'IQG and 2 digits, such as "IQG08"',
  2: 'IQG, 2 digits, Q and 2 digits, such as "IQG08Q03"',
  3: 'IQG, 2 digits, Q, 2 digits, N and 2 digits, such as "IQG08Q03N03"',
};

function nameProperty(props: Record<string, unknown>, key: string): string {
  const value = props[key];
  return typeof value === 'string' ? cleanCell(value) : '';
}

function ringsBBox(rings: Ring[]): BBox {
  const bbox = {
    minLon: Infinity,
    minLat: Infinity,
    maxLon: -Infinity,
    maxLat: -Infinity,
  };
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      bbox.minLon = Math.min(bbox.minLon, lon);
      bbox.minLat = Math.min(bbox.minLat, lat);
      bbox.maxLon = Math.max(bbox.maxLon, lon);
      bbox.maxLat = Math.max(bbox.maxLat, lat);
    }
  }
  return bbox;
}
