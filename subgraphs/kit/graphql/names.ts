import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({
  description:
    'A name or title in each language, as the source gives it; null where it has none.',
})
export class Translations {
  @Field(() => String, { nullable: true })
  ar!: string | null;

  @Field(() => String, { nullable: true })
  ckb!: string | null;

  @Field(() => String, { nullable: true })
  en!: string | null;
}
