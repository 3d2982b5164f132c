import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A publisher row as the database stores it. */
export interface MinistryRow {
  id: string;
  name_en: string;
  name_ar: string;
  name_ckb: string | null;
  acronym: string;
  homepage: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Ministry', {
  description:
    'A ministry or public body that publishes datasets. Owned by the catalog subgraph.',
})
export class Ministry {
  @Field(() => ID, { description: 'Short id, such as health.' })
  id!: string;

  @Field()
  acronym!: string;

  @Field()
  homepage!: string;

  row!: MinistryRow;
}

/** Maps a database row to the GraphQL object. */
export function toMinistry(row: MinistryRow): Ministry {
  return Object.assign(new Ministry(), {
    id: row.id,
    acronym: row.acronym,
    homepage: row.homepage,
    row,
  });
}
