import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';
import { MatchMethod } from '../match-report/match-method';
import {
  DistrictStub,
  districtRef,
  GovernorateStub,
  governorateRef,
} from '../../kit/graphql/place-stubs';
import { CampKind } from './camp-kind';

/** A row of the `camp` table. */
export interface CampRow {
  id: string;
  kind: CampKind;
  serial: number;
  month: string | null;
  name: string;
  name_reach: string | null;
  starred: boolean;
  site_type: string | null;
  ssid: string | null;
  source_governorate: string;
  source_district: string;
  cod_district: string | null;
  governorate_code: string | null;
  district_pcode: string | null;
  match_method: MatchMethod;
  families: number | null;
  individuals: number | null;
  females: number | null;
  males: number | null;
}

@ObjectType('Camp', {
  description:
    'A formal IDP camp or informal site of the CCCM Cluster Iraq camp master list, August 2019. Counts are null where the list leaves them blank.',
})
export class Camp {
  @Field(() => ID, {
    description: 'Kind and serial number in the list, such as formal-48.',
  })
  id!: string;

  @Field(() => CampKind, { description: 'Formal camp or informal site.' })
  kind!: CampKind;

  @Field(() => String, {
    nullable: true,
    description: 'REACH name of a formal camp, or null for informal sites.',
  })
  nameReach!: string | null;

  @Field({
    description:
      'True when the list marks the name with a trailing "*", a footnote mark the list does not explain.',
  })
  starred!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'CCCM site code such as IQ0803-0001, or null when the list gives none.',
  })
  ssid!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Site type such as Collective Centre (informal sites only).',
  })
  siteType!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Month the figures refer to, as the list writes it. Informal sites mix several months.',
  })
  month!: string | null;

  @Field({ description: 'Governorate as the CCCM list spells it.' })
  sourceGovernorate!: string;

  @Field({ description: 'District as the CCCM list spells it.' })
  sourceDistrict!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'COD-AB district name the formal list gives (COD_District). It is reconciled in preference to sourceDistrict.',
  })
  sourceCodDistrict!: string | null;

  @Field(() => GovernorateStub, {
    nullable: true,
    description:
      'Governorate the site was reconciled to, or null when unmatched.',
  })
  governorate!: GovernorateStub | null;

  @Field(() => DistrictStub, {
    nullable: true,
    description:
      'COD-AB 2019 district the site was reconciled to, or null when unmatched.',
  })
  district!: DistrictStub | null;

  @Field(() => MatchMethod, {
    description: 'How the source district was reconciled.',
  })
  matchMethod!: MatchMethod;

  @Field(() => Int, { nullable: true, description: 'Families in the site.' })
  families!: number | null;

  @Field(() => Int, { nullable: true, description: 'Individuals in the site.' })
  individuals!: number | null;

  @Field(() => Int, { nullable: true, description: 'Female individuals.' })
  females!: number | null;

  @Field(() => Int, { nullable: true, description: 'Male individuals.' })
  males!: number | null;

  row!: CampRow;
}

export const CampConnection = connectionType('Camp', Camp);

/** Wraps a stored row as the GraphQL object. */
export function toCamp(row: CampRow): Camp {
  return Object.assign(new Camp(), {
    id: row.id,
    kind: row.kind,
    nameReach: row.name_reach,
    starred: row.starred,
    ssid: row.ssid,
    siteType: row.site_type,
    month: row.month,
    sourceGovernorate: row.source_governorate,
    sourceDistrict: row.source_district,
    sourceCodDistrict: row.cod_district,
    governorate: governorateRef(row.governorate_code),
    district: districtRef(row.district_pcode),
    matchMethod: row.match_method,
    families: row.families,
    individuals: row.individuals,
    females: row.females,
    males: row.males,
    row,
  });
}
