import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Governorate', {
  description:
    'A governorate of Iraq, owned by the planning subgraph; the catalog adds its datasets.',
})
export class GovernorateStub {
  @Field(() => ID)
  code!: string;
}
