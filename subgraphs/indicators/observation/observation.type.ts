import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';

/** An observation row as the indicators database stores it. */
export interface ObservationRow {
  indicator_code: string;
  year: number;
  month: number | null;
  value: number;
  raw: string;
}

@ObjectType('Observation', {
  description:
    'One published value of a series. Periods without a value have no observation.',
})
export class Observation {
  @Field(() => Int, { description: 'Calendar year the value refers to.' })
  year!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Month from 1 to 12 for a monthly or year-to-date value, or null for a full-year value.',
  })
  month!: number | null;

  @Field(() => Float, { description: "The value in the series' unit." })
  value!: number;

  @Field({
    description:
      'The value as the source file writes it, with every digit it gives.',
  })
  raw!: string;
}

export const ObservationConnection = connectionType('Observation', Observation);

/** Wraps a database row as the GraphQL object. */
export function toObservation(row: ObservationRow): Observation {
  return Object.assign(new Observation(), {
    year: row.year,
    month: row.month,
    value: row.value,
    raw: row.raw,
  });
}
