import type { Location, Locator } from './locate';

/** A record with a position in degrees (WGS 84). */
export interface LonLat {
  lon: number;
  lat: number;
}

/** Records split by whether a COD-AB district contains them. */
export interface Placement<T extends LonLat> {
  /** Records inside a district, each with the units that contain it, in input order. */
  placed: Array<T & Location>;
  /** Records outside every district (and so outside every governorate), in input order. */
  outside: T[];
}

/**
 * Places each record with `locator.locate`. Raises `RangeError` when a
 * record has invalid coordinates, so readers should validate them first.
 */
export function placeAll<T extends LonLat>(
  records: Iterable<T>,
  locator: Pick<Locator, 'locate'>,
): Placement<T> {
  const placed: Array<T & Location> = [];
  const outside: T[] = [];
  for (const record of records) {
    const location = locator.locate(record.lon, record.lat);
    if (location) placed.push({ ...record, ...location });
    else outside.push(record);
  }
  return { placed, outside };
}

/** Counts placed records per governorate ISO 3166-2 code, such as `IQ-BG`, with keys sorted. */
export function countByGovernorate(
  placed: Iterable<Location>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { governorateCode } of placed) {
    counts.set(governorateCode, (counts.get(governorateCode) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
