import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Stubs of the entities the planning subgraph owns. A subgraph imports them
// to reference governorates and districts and to add its own fields to them.
// Planning must not import this file, because it declares the full types.

@Directive('@key(fields: "code")')
@ObjectType('Governorate', {
  description:
    'One of the 18 governorates of Iraq. Owned by the planning subgraph; other subgraphs add their own fields.',
})
export class GovernorateStub {
  @Field(() => ID, { description: 'ISO 3166-2:IQ code, such as IQ-BA.' })
  code!: string;
}

@Directive('@key(fields: "pcode")')
@ObjectType('District', {
  description:
    'A district as OCHA COD-AB 2019 draws it. Owned by the planning subgraph; other subgraphs add their own fields.',
})
export class DistrictStub {
  @Field(() => ID, {
    description: 'OCHA COD-AB admin-2 P-code, such as IQG02Q01.',
  })
  pcode!: string;
}

/** Builds a reference to a governorate, or returns null when there is no code. */
export function governorateRef(code: string | null): GovernorateStub | null {
  return code ? { code } : null;
}

/** Builds a reference to a district, or returns null when there is no P-code. */
export function districtRef(pcode: string | null): DistrictStub | null {
  return pcode ? { pcode } : null;
}
