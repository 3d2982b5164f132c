import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('DatasetInput', {
  description:
    'Metadata a ministry publishes for one of its datasets. The publisher is the authenticated ministry.',
})
export class DatasetInput {
  @Field(() => ID, {
    description:
      'Dataset id, `<ministry>.<name>`; the prefix must be the publishing ministry.',
  })
  id!: string;

  @Field()
  titleEn!: string;

  @Field()
  titleAr!: string;

  @Field(() => String, { nullable: true })
  titleCkb?: string;

  @Field()
  descriptionEn!: string;

  @Field()
  descriptionAr!: string;

  @Field(() => String, { nullable: true })
  descriptionCkb?: string;

  @Field({
    description: 'SPDX licence id, or "unknown" when the source states none.',
  })
  licenceId!: string;

  @Field()
  licenceTitle!: string;

  @Field()
  licenceUrl!: string;

  @Field()
  sourceTitle!: string;

  @Field()
  sourceUrl!: string;

  @Field()
  sourcePublisher!: string;

  @Field(() => [String], { defaultValue: [] })
  keywords!: string[];

  @Field({ description: 'DCAT-AP data theme code, such as HEAL.' })
  theme!: string;

  @Field({ description: "The source's last-modified date, YYYY-MM-DD." })
  modified!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => [ID], {
    description:
      'ISO 3166-2:IQ codes the rows cover, or IQ for national figures.',
  })
  spatialCoverage!: string[];

  @Field(() => String, { nullable: true })
  temporalStart?: string;

  @Field(() => String, { nullable: true })
  temporalEnd?: string;
}
