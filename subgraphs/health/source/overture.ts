import { join } from 'node:path';
import { lonLatProblem, readFeatureCollection } from '../../kit/geo/geojson';
import { cleanCell, fileLabel } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';
import type { FacilityKind, HealthFacilityBase } from './healthsites';

/** One Overture Maps place (Places theme) with the fields the readers use. */
export interface OverturePlace {
  /** Overture GERS id. */
  sourceId: string;
  /** `names.primary`, cleaned of stray spaces. */
  name: string;
  /** `categories.primary`, or undefined when Overture gives none. */
  category?: string;
  /** Overture's confidence that the place exists, from 0 to 1. */
  confidence: number;
  /** `addresses[0].locality`, with the spellings of Sulaymaniyah folded to "Sulaymaniyah". */
  locality?: string;
  lon: number;
  lat: number;
  /** 1-based line where the feature starts, which is 1 for every feature of a single-line file. */
  line: number;
}

/** A health facility from the Overture Places Sulaymaniyah subset. */
export interface OvertureHealthFacility extends HealthFacilityBase {
  source: 'overture';
  category?: string;
  confidence: number;
  locality?: string;
}

/** File name of the Overture Places health subset for Sulaymaniyah (2025-06 release). */
export const OVERTURE_HEALTH_FILE =
  'overture_places_sulaymaniyah_health_subset_2025-06.geojson';

/**
 * Reads the Overture health places from `dataDir`, mapping the primary
 * category to a kind:
 *
 * - HOSPITAL: hospital. Categories are self-declared, so some private
 *   clinics appear as hospitals.
 * - CLINIC: the outpatient practices medical_center, surgical_center,
 *   eye_care_clinic, physical_therapy and counseling_and_mental_health.
 * - PHARMACY: pharmacy. LABORATORY: laboratory_testing.
 * - OTHER: the generic health_and_medical and medical_service_organizations,
 *   and any other category.
 *
 * Raises `SourceFileError` as `readOverturePlaces` does.
 */
export async function readOvertureHealth(
  dataDir: string,
): Promise<OvertureHealthFacility[]> {
  const places = await readOverturePlaces(join(dataDir, OVERTURE_HEALTH_FILE));
  return places.map((place) => ({
    ...place,
    source: 'overture',
    kind: HEALTH_KINDS[place.category ?? ''] ?? 'OTHER',
  }));
}

/**
 * Reads an Overture Places GeoJSON export of Point features. Raises
 * `SourceFileError` listing every feature with a missing or duplicate id, a
 * blank `names.primary`, a confidence outside [0, 1] or a geometry that is
 * not a valid Point.
 */
export async function readOverturePlaces(
  path: string,
): Promise<OverturePlace[]> {
  const problems = new ProblemCollector(fileLabel(path));
  const places: OverturePlace[] = [];
  const seen = new Set<string>();

  for (const { line, index, feature } of await readFeatureCollection(path)) {
    const before = problems.problems.length;
    const props = feature.properties;
    const where = `feature ${index + 1}`;
    const sourceId = typeof props.id === 'string' ? props.id.trim() : '';
    if (!sourceId)
      problems.add(
        line,
        'id',
        `${where}: missing id ${JSON.stringify(props.id)}, expected an Overture id`,
      );
    else if (seen.has(sourceId))
      problems.add(
        line,
        'id',
        `${where}: duplicate id "${sourceId}", expected each place once`,
      );
    seen.add(sourceId);

    const name = cleanCell(stringAt(props.names, 'primary') ?? '');
    if (!name)
      problems.add(
        line,
        'names.primary',
        `${where}: blank primary name, expected the place name`,
      );

    const confidence = props.confidence;
    if (
      typeof confidence !== 'number' ||
      !(confidence >= 0 && confidence <= 1)
    ) {
      problems.add(
        line,
        'confidence',
        `${where}: invalid confidence ${JSON.stringify(confidence)}, expected a number from 0 to 1`,
      );
    }

    const geometry = feature.geometry;
    const [lon, lat] =
      geometry?.type === 'Point' && Array.isArray(geometry.coordinates)
        ? geometry.coordinates
        : [];
    const positionProblem =
      geometry?.type === 'Point'
        ? lonLatProblem(lon, lat)
        : `geometry type "${geometry?.type}" is not supported, expected Point`;
    if (positionProblem)
      problems.add(line, 'geometry', `${where}: ${positionProblem}`);

    if (problems.problems.length > before) continue;
    const category =
      cleanCell(stringAt(props.categories, 'primary') ?? '') || undefined;
    const addresses = Array.isArray(props.addresses) ? props.addresses : [];
    const locality = normaliseLocality(stringAt(addresses[0], 'locality'));
    places.push({
      sourceId,
      name,
      ...(category ? { category } : {}),
      confidence: confidence as number,
      ...(locality ? { locality } : {}),
      lon: lon as number,
      lat: lat as number,
      line,
    });
  }

  problems.throwIfAny();
  return places;
}

/**
 * Folds the spellings of Sulaymaniyah seen in Overture addresses (As
 * Sulaymaniyah, Slemani, Sulaimania, Sulaimaniya, Sulaimanieh, Sulaimani,
 * Sleimani, Suli, السليمانية) to "Sulaymaniyah". Any other locality is kept
 * as written, even a wrong one such as Baghdad, because placement uses the
 * coordinates. Returns undefined for a blank locality.
 */
export function normaliseLocality(
  locality: string | undefined,
): string | undefined {
  const cleaned = cleanCell(locality ?? '');
  if (!cleaned) return undefined;
  return SULAYMANIYAH_SPELLINGS.has(cleaned.toLowerCase())
    ? 'Sulaymaniyah'
    : cleaned;
}

const HEALTH_KINDS: Record<string, FacilityKind> = {
  hospital: 'HOSPITAL',
  medical_center: 'CLINIC',
  surgical_center: 'CLINIC',
  eye_care_clinic: 'CLINIC',
  physical_therapy: 'CLINIC',
  counseling_and_mental_health: 'CLINIC',
  pharmacy: 'PHARMACY',
  laboratory_testing: 'LABORATORY',
};

const SULAYMANIYAH_SPELLINGS = new Set([
  'as sulaymaniyah',
  'sulaymaniyah',
  'slemani',
  'sulaimania',
  'sulaimaniya',
  'sulaimanieh',
  'sulaimani',
  'sleimani',
  'suli',
  'السليمانية',
]);

function stringAt(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}
