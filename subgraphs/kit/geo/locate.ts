import { resolve } from 'node:path';
import { governorateByPcode } from '../iraq/governorates';
import {
  BOUNDARY_FILES,
  loadAdminUnits,
  toDistrict,
  type AdminUnit,
  type District,
} from './boundaries';
import { lonLatProblem } from './geojson';
import { PolygonGrid, PreparedPolygon } from './polygon-index';

/** The COD-AB units that contain a point. */
export interface Location {
  /** Admin-1 P-code, such as `IQG08`. */
  governoratePcode: string;
  /** ISO 3166-2:IQ code, such as `IQ-BG`. */
  governorateCode: string;
  /** Admin-2 P-code, such as `IQG08Q03`. */
  districtPcode: string;
  /** Admin-3 P-code, such as `IQG08Q03N03`. Undefined when sub-districts are not loaded or none contains the point. */
  subDistrictPcode?: string;
}

/** Point-in-polygon lookup over the COD-AB boundaries of one data folder. */
export interface Locator {
  /**
   * Returns the units that contain `(lon, lat)` in degrees (WGS 84), or
   * undefined outside every district. Raises `RangeError` for a non-finite
   * coordinate, lon outside [-180, 180] or lat outside [-90, 90].
   */
  locate(lon: number, lat: number): Location | undefined;
  /** The 101 COD-AB districts, sorted by P-code. */
  readonly districts: readonly District[];
}

/** Options for `createLocator`. */
export interface LocatorOptions {
  /** Loads the admin-3 file to fill `subDistrictPcode`. Default true. */
  subDistricts?: boolean;
}

/**
 * Loads the COD-AB district and sub-district boundaries from `dataDir` and
 * returns a locator over them. Each folder and option set is loaded once per
 * process, and later calls share the same locator. Raises `SourceFileError`
 * when a boundary file is invalid.
 *
 * A point is placed in a district first, and the governorate is that
 * district's parent. This needs no admin-1 test and never returns a
 * governorate without a district, because COD-AB 2019 governorates are the
 * union of their districts (every admin-1 vertex is an admin-2 vertex).
 */
export function createLocator(
  dataDir: string,
  options: LocatorOptions = {},
): Promise<Locator> {
  const subDistricts = options.subDistricts ?? true;
  const key = `${resolve(dataDir)}\n${subDistricts}`;
  let locator = cache.get(key);
  if (!locator) {
    locator = buildLocator(dataDir, subDistricts);
    cache.set(key, locator);
    // A failed load is not cached, so a fixed file can be retried.
    locator.catch(() => cache.delete(key));
  }
  return locator;
}

const cache = new Map<string, Promise<Locator>>();

async function buildLocator(
  dataDir: string,
  subDistricts: boolean,
): Promise<Locator> {
  const districtUnits = await loadAdminUnits(dataDir, 2);
  const subDistrictUnits = subDistricts ? await loadAdminUnits(dataDir, 3) : [];

  const districtGrid = new PolygonGrid(
    districtUnits.map((unit) => new PreparedPolygon(unit.rings, unit.bbox)),
  );
  const districtLocations = districtUnits.map((unit) => districtLocation(unit));
  const children = childPolygons(districtUnits, subDistrictUnits);

  return {
    districts: Object.freeze(districtUnits.map(toDistrict)),
    locate(lon: number, lat: number): Location | undefined {
      const problem = lonLatProblem(lon, lat);
      if (problem)
        throw new RangeError(
          `Invalid coordinates (${lon}, ${lat}): ${problem}`,
        );
      const index = districtGrid.find(lon, lat);
      if (index === undefined) return undefined;
      for (const child of children[index]) {
        if (child.polygon.contains(lon, lat)) return child.location;
      }
      return districtLocations[index];
    },
  };
}

interface ChildPolygon {
  polygon: PreparedPolygon;
  location: Location;
}

function districtLocation(unit: AdminUnit): Location {
  return Object.freeze({
    governoratePcode: unit.governoratePcode,
    // loadAdminUnits has rejected units whose governorate P-code is unknown.
    governorateCode: governorateByPcode(unit.governoratePcode)!.code,
    districtPcode: unit.pcode,
  });
}

/** Groups sub-districts under their district, in P-code order so the first match is deterministic. */
function childPolygons(
  districts: AdminUnit[],
  subDistricts: AdminUnit[],
): ChildPolygon[][] {
  const byPcode = new Map(districts.map((unit, index) => [unit.pcode, index]));
  const children: ChildPolygon[][] = districts.map(() => []);
  for (const unit of subDistricts) {
    const index = byPcode.get(unit.parentPcode ?? '');
    if (index === undefined) {
      throw new Error(
        `Sub-district "${unit.pcode}" belongs to district "${unit.parentPcode}", which ${BOUNDARY_FILES[2]} does not contain`,
      );
    }
    const location = Object.freeze({
      ...districtLocation(districts[index]),
      subDistrictPcode: unit.pcode,
    });
    children[index].push({
      polygon: new PreparedPolygon(unit.rings, unit.bbox),
      location,
    });
  }
  return children;
}
