import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Governorate', {
  description:
    'One of the 18 governorates of Iraq. Owned by the planning subgraph, and this subgraph adds its displacement figures.',
})
export class GovernorateStub {
  @Field(() => ID, { description: 'ISO 3166-2:IQ code, such as IQ-NI.' })
  code!: string;
}

@Directive('@key(fields: "pcode")')
@ObjectType('District', {
  description:
    'A district as OCHA COD-AB 2019 draws it. Owned by the planning subgraph, and this subgraph adds its displacement figures.',
})
export class DistrictStub {
  @Field(() => ID, {
    description: 'OCHA COD-AB admin-2 P-code, such as IQG15Q05.',
  })
  pcode!: string;
}

/** Builds a reference to the planning subgraph's governorate, or returns null when no code was reconciled. */
export function governorateRef(code: string | null): GovernorateStub | null {
  return code ? { code } : null;
}

/** Builds a reference to the planning subgraph's district, or returns null when no P-code was reconciled. */
export function districtRef(pcode: string | null): DistrictStub | null {
  return pcode ? { pcode } : null;
}
