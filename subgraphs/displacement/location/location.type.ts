import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';
import { MatchMethod } from '../match-report/match-method';
import {
  DistrictStub,
  districtRef,
  GovernorateStub,
  governorateRef,
} from '../../kit/graphql/place-stubs';

/** A row of `idp_location` or `returnee_location`. */
export interface LocationRow {
  location_id: string;
  place_id: string;
  source_governorate: string;
  source_district: string;
  name_en: string;
  name_ar: string | null;
  latitude: number;
  longitude: number;
  families: number;
  individuals: number;
  governorate_code: string | null;
  district_pcode: string | null;
  match_method: MatchMethod;
}

/** Fields shared by IDP and returnee locations. No schema field returns this class, so it is not emitted as a type. */
@ObjectType()
export class DtmLocationFields {
  @Field(() => ID, {
    description:
      "IOM's 7-digit location code. Its first two digits are IOM's governorate number, not a P-code.",
  })
  locationId!: string;

  @Field({ description: 'IOM place id.' })
  placeId!: string;

  @Field({
    description: 'Governorate as the DTM list spells it, such as Dahuk.',
  })
  sourceGovernorate!: string;

  @Field({ description: 'District as the DTM list spells it, such as Amedi.' })
  sourceDistrict!: string;

  @Field(() => Float, { description: 'Latitude in WGS 84 decimal degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in WGS 84 decimal degrees.' })
  longitude!: number;

  @Field(() => GovernorateStub, {
    nullable: true,
    description:
      'Governorate the source district was reconciled to, or null when unmatched.',
  })
  governorate!: GovernorateStub | null;

  @Field(() => DistrictStub, {
    nullable: true,
    description:
      'COD-AB 2019 district the source district was reconciled to, or null when unmatched.',
  })
  district!: DistrictStub | null;

  @Field(() => MatchMethod, {
    description: 'How the source district was reconciled.',
  })
  matchMethod!: MatchMethod;

  row!: LocationRow;
}

@ObjectType('IdpLocation', {
  description:
    'A location hosting internally displaced people, from the IOM DTM IDP master list of 31 August 2019.',
})
export class IdpLocation extends DtmLocationFields {
  @Field(() => Int, { description: 'Displaced families at the location.' })
  families!: number;

  @Field(() => Int, { description: 'Displaced individuals at the location.' })
  individuals!: number;
}

@ObjectType('ReturneeLocation', {
  description:
    'A location displaced people have returned to, from the IOM DTM returnee master list of 31 August 2019.',
})
export class ReturneeLocation extends DtmLocationFields {
  @Field(() => Int, { description: 'Returned families at the location.' })
  families!: number;

  @Field(() => Int, { description: 'Returned individuals at the location.' })
  individuals!: number;
}

export const IdpLocationConnection = connectionType('IdpLocation', IdpLocation);
export const ReturneeLocationConnection = connectionType(
  'ReturneeLocation',
  ReturneeLocation,
);

/** Wraps a stored row as an `IdpLocation` or `ReturneeLocation`. */
export function toLocation<T extends DtmLocationFields>(
  type: new () => T,
  row: LocationRow,
): T {
  return Object.assign(new type(), {
    locationId: row.location_id,
    placeId: row.place_id,
    sourceGovernorate: row.source_governorate,
    sourceDistrict: row.source_district,
    latitude: row.latitude,
    longitude: row.longitude,
    families: row.families,
    individuals: row.individuals,
    governorate: governorateRef(row.governorate_code),
    district: districtRef(row.district_pcode),
    matchMethod: row.match_method,
    row,
  });
}
