import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Governorate', {
  description:
    'One of the 18 governorates of Iraq. Owned by the planning subgraph; this subgraph adds its health facilities.',
})
export class GovernorateStub {
  @Field(() => ID, { description: 'ISO 3166-2:IQ code, such as IQ-BA.' })
  code!: string;
}

@Directive('@key(fields: "pcode")')
@ObjectType('District', {
  description:
    'A district as OCHA COD-AB 2019 draws it. Owned by the planning subgraph; this subgraph adds its health facilities.',
})
export class DistrictStub {
  @Field(() => ID, {
    description: 'OCHA COD-AB admin-2 P-code, such as IQG02Q01.',
  })
  pcode!: string;
}

/** Returns a reference to the planning subgraph's governorate, or null for a facility outside every boundary. */
export function governorateRef(code: string | null): GovernorateStub | null {
  return code ? { code } : null;
}

/** Returns a reference to the planning subgraph's district, or null for a facility outside every boundary. */
export function districtRef(pcode: string | null): DistrictStub | null {
  return pcode ? { pcode } : null;
}
