import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';

/** A district row as the planning database stores it. */
export interface DistrictRow {
  pcode: string;
  governorate_code: string;
  name_en: string;
  name_ar: string;
}

/** A sub-district row as the planning database stores it. */
export interface SubDistrictRow {
  pcode: string;
  district_pcode: string;
  name_en: string;
  name_ar: string;
}

@Directive('@key(fields: "pcode")')
@ObjectType('District', {
  description:
    'A district (qadha, second-level unit) as OCHA COD-AB 2019 draws it. Owned by the planning subgraph.',
})
export class District {
  @Field(() => ID, {
    description: 'OCHA COD-AB admin-2 P-code, such as IQG02Q01.',
  })
  pcode!: string;

  row!: DistrictRow;
}

@ObjectType('SubDistrict', {
  description:
    'A sub-district (nahiya, third-level unit) as OCHA COD-AB 2019 draws it.',
})
export class SubDistrict {
  @Field(() => ID, {
    description: 'OCHA COD-AB admin-3 P-code, such as IQG02Q01N01.',
  })
  pcode!: string;

  row!: SubDistrictRow;
}

export const DistrictConnection = connectionType('District', District);
export const SubDistrictConnection = connectionType('SubDistrict', SubDistrict);

/** Wraps a database row as the GraphQL object. */
export function toDistrict(row: DistrictRow): District {
  return Object.assign(new District(), { pcode: row.pcode, row });
}

/** Wraps a database row as the GraphQL object. */
export function toSubDistrict(row: SubDistrictRow): SubDistrict {
  return Object.assign(new SubDistrict(), { pcode: row.pcode, row });
}
