import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';
import {
  DistrictStub,
  GovernorateStub,
  districtRef,
  governorateRef,
} from '../../kit/graphql/place-stubs';
import { FacilityKind } from './facility-kind';

/** A facility row from `health_facility`, or from `health_facility_outside` with null place codes. */
export interface HealthFacilityRow {
  id: string;
  dataset_id: string;
  source: string;
  source_id: string;
  name: string;
  kind: FacilityKind;
  lon: number;
  lat: number;
  governorate_code: string | null;
  district_pcode: string | null;
  sub_district_pcode: string | null;
  modified_at: Date | string | null;
  completeness: number | null;
  confidence: number | null;
  osm_id: string | null;
  source_line: number;
}

@Directive('@shareable')
@ObjectType('GeoPoint', {
  description: 'A position in decimal degrees (WGS 84).',
})
export class GeoPoint {
  @Field(() => Float, { description: 'Longitude, from -180 to 180.' })
  longitude!: number;

  @Field(() => Float, { description: 'Latitude, from -90 to 90.' })
  latitude!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('HealthFacility', {
  description:
    'A hospital, clinic, pharmacy, laboratory or other health place, as one source records it. Different sources may list the same facility.',
})
export class HealthFacility {
  @Field(() => ID, {
    description:
      'Stable id `<source>:<source id>`, such as healthsites:29c6b4ad93f54df6b1d2880358990963.',
  })
  id!: string;

  @Field(() => FacilityKind, { description: 'Kind of facility.' })
  kind!: FacilityKind;

  @Field(() => String, {
    description: 'Source of the record: healthsites or overture.',
  })
  source!: string;

  @Field(() => ID, {
    description:
      'Catalog dataset the record comes from, such as health.healthsites.',
  })
  datasetId!: string;

  @Field(() => GeoPoint, { description: 'Position as the source gives it.' })
  location!: GeoPoint;

  @Field(() => GovernorateStub, {
    nullable: true,
    description:
      'COD-AB 2019 governorate that contains the position; null outside every boundary.',
  })
  governorate!: GovernorateStub | null;

  @Field(() => DistrictStub, {
    nullable: true,
    description:
      'COD-AB 2019 district that contains the position; null outside every boundary.',
  })
  district!: DistrictStub | null;

  @Field(() => String, {
    nullable: true,
    description:
      'COD-AB 2019 sub-district P-code that contains the position, such as IQG02Q01N01; null when none does.',
  })
  subDistrictPcode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Last change at the source as an ISO 8601 UTC timestamp; null when the source records none (Overture).',
  })
  lastModified!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of healthsites.io attributes filled in, from 0 to 1; null for other sources.',
  })
  completeness!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Overture confidence that the place exists, from 0 to 1; null for other sources.',
  })
  confidence!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'OpenStreetMap element, such as node/4277481696; null when the source gives none.',
  })
  osmId!: string | null;

  @Field(() => Int, {
    description:
      'Line of the source file where the record starts (1 for every feature of a single-line GeoJSON file).',
  })
  sourceLine!: number;

  row!: HealthFacilityRow;
}

/** Wraps a database row as the GraphQL object. */
export function toHealthFacility(row: HealthFacilityRow): HealthFacility {
  return Object.assign(new HealthFacility(), {
    id: row.id,
    kind: row.kind,
    source: row.source,
    datasetId: row.dataset_id,
    location: { longitude: Number(row.lon), latitude: Number(row.lat) },
    governorate: governorateRef(row.governorate_code),
    district: districtRef(row.district_pcode),
    subDistrictPcode: row.sub_district_pcode,
    lastModified: row.modified_at
      ? new Date(row.modified_at).toISOString()
      : null,
    completeness: row.completeness === null ? null : Number(row.completeness),
    confidence: row.confidence === null ? null : Number(row.confidence),
    osmId: row.osm_id,
    sourceLine: row.source_line,
    row,
  });
}

export const HealthFacilityConnection = connectionType(
  'HealthFacility',
  HealthFacility,
);
