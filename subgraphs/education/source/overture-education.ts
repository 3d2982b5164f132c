import { join } from 'node:path';
import { readOverturePlaces } from '../../health/source/overture';
import type { SchoolLevel } from './osm-schools';

/** A school, college or other place of learning from the Overture Places Sulaymaniyah subset. */
export interface OvertureSchool {
  /** Overture GERS id. */
  sourceId: string;
  source: 'overture';
  name: string;
  level: SchoolLevel;
  /** Overture `categories.primary`, such as `high_school`. */
  category?: string;
  /** Overture's confidence that the place exists, from 0 to 1. */
  confidence: number;
  /** Address locality, with the spellings of Sulaymaniyah folded to "Sulaymaniyah". */
  locality?: string;
  /** Longitude in degrees (WGS 84). */
  lon: number;
  /** Latitude in degrees (WGS 84). */
  lat: number;
  /** 1-based line where the feature starts, which is 1 for every feature of this single-line file. */
  line: number;
}

/** File name of the Overture Places education subset for Sulaymaniyah (2025-06 release). */
export const OVERTURE_EDUCATION_FILE =
  'overture_places_sulaymaniyah_education_subset_2025-06.geojson';

/**
 * Reads the Overture education places from `dataDir`, mapping the primary
 * category to a level:
 *
 * - PRESCHOOL: preschool, day_care_preschool.
 * - PRIMARY: elementary_school.
 * - SECONDARY: middle_school, high_school.
 * - TERTIARY: college_university, medical_school.
 * - OTHER: categories that name no stage (school, private_school,
 *   public_school), that are outside the general ladder (language_school,
 *   religious_school), and any other.
 *
 * Alternate categories are ignored because they are often unrelated, such as
 * restaurants. Raises `SourceFileError` as `readOverturePlaces` does.
 */
export async function readOvertureEducation(
  dataDir: string,
): Promise<OvertureSchool[]> {
  const places = await readOverturePlaces(
    join(dataDir, OVERTURE_EDUCATION_FILE),
  );
  return places.map((place) => ({
    ...place,
    source: 'overture',
    level: LEVELS[place.category ?? ''] ?? 'OTHER',
  }));
}

const LEVELS: Record<string, SchoolLevel> = {
  preschool: 'PRESCHOOL',
  day_care_preschool: 'PRESCHOOL',
  elementary_school: 'PRIMARY',
  middle_school: 'SECONDARY',
  high_school: 'SECONDARY',
  college_university: 'TERTIARY',
  medical_school: 'TERTIARY',
};
