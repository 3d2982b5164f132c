import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Governorate', {
  description:
    'One of the 18 governorates of Iraq. Owned by the planning subgraph. This subgraph adds its schools.',
})
export class GovernorateStub {
  @Field(() => ID, { description: 'ISO 3166-2:IQ code, such as IQ-SU.' })
  code!: string;
}

@Directive('@key(fields: "pcode")')
@ObjectType('District', {
  description:
    'A district as OCHA COD-AB 2019 draws it. Owned by the planning subgraph. This subgraph adds its schools.',
})
export class DistrictStub {
  @Field(() => ID, {
    description: 'OCHA COD-AB admin-2 P-code, such as IQG06Q01.',
  })
  pcode!: string;
}
