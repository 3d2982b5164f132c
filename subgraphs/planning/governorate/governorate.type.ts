import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';

/** A governorate row as the planning database stores it. */
export interface GovernorateRow {
  code: string;
  pcode: string;
  name_en: string;
  name_ar: string;
  name_ckb: string;
  capital_en: string;
  capital_ar: string;
}

@Directive('@key(fields: "code")')
@ObjectType('Governorate', {
  description:
    'One of the 18 governorates (first-level units) of Iraq. Owned by the planning subgraph (Central Statistical Organization).',
})
export class Governorate {
  @Field(() => ID, { description: 'ISO 3166-2:IQ code, such as IQ-BA.' })
  code!: string;

  @Field({ description: 'OCHA COD-AB admin-1 P-code (2019), such as IQG02.' })
  pcode!: string;

  row!: GovernorateRow;
}

/** Wraps a database row as the GraphQL object. */
export function toGovernorate(row: GovernorateRow): Governorate {
  return Object.assign(new Governorate(), {
    code: row.code,
    pcode: row.pcode,
    row,
  });
}

export const GovernorateConnection = connectionType('Governorate', Governorate);
