import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';
import { DistrictStub, GovernorateStub } from '../../kit/graphql/place-stubs';

@ObjectType('SchoolCoverage', {
  description:
    'Whether any education dataset has schools in a place. Check it before asking for schools: a place that is not covered has no data, which is not the same as no schools.',
})
export class SchoolCoverage {
  @Field({
    description: 'True when at least one dataset has schools in the place.',
  })
  covered!: boolean;

  @Field(() => [ID], {
    description:
      'Ids of the catalog datasets with schools in the place, sorted, or empty when not covered.',
  })
  datasets!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'What the coverage leaves out, such as the districts of a governorate that have records, or the places that are covered when this one is not.',
  })
  note!: string | null;
}

@ObjectType('CoveredGovernorate', {
  description:
    'A governorate where at least one education dataset has schools.',
})
export class CoveredGovernorate {
  @Field(() => GovernorateStub, { description: 'The governorate.' })
  governorate!: GovernorateStub;

  @Field(() => [ID], {
    description: 'Ids of the catalog datasets with schools there, sorted.',
  })
  datasets!: string[];

  @Field(() => [DistrictStub], {
    description:
      'Districts with at least one school, by P-code. Other districts of the governorate have no data.',
  })
  districts!: DistrictStub[];

  @Field(() => Int, { description: 'Schools stored for the governorate.' })
  schoolCount!: number;
}

export const CoveredGovernorateConnection = connectionType(
  'CoveredGovernorate',
  CoveredGovernorate,
);
