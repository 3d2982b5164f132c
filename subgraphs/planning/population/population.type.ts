import { Field, Int, ObjectType } from 'type-graphql';
import { PopulationKind } from './population-kind';

export { PopulationKind };

/** A population row as the planning database stores it. */
export interface PopulationRow {
  id: number;
  governorate_code: string;
  year: number;
  total: number;
  male: number | null;
  female: number | null;
  urban: number | null;
  rural: number | null;
  area_km2: number | null;
  kind: PopulationKind;
  secondary: boolean;
  source_title: string;
  source_url: string;
  note: string;
}

@ObjectType('PopulationFigure', {
  description:
    "One source's population figure for a governorate and year. When sources disagree, each keeps its own figure; none is averaged.",
})
export class PopulationFigure {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'People counted or estimated.' })
  total!: number;

  @Field(() => Int, { nullable: true })
  male!: number | null;

  @Field(() => Int, { nullable: true })
  female!: number | null;

  @Field(() => Int, { nullable: true })
  urban!: number | null;

  @Field(() => Int, { nullable: true })
  rural!: number | null;

  @Field(() => PopulationKind)
  kind!: PopulationKind;

  @Field({ description: 'Title of the publication the figure comes from.' })
  source!: string;

  @Field({ description: 'Address of that publication.' })
  sourceUrl!: string;

  @Field({
    description:
      'True when the figure comes from a secondary copy not yet checked against the publisher.',
  })
  secondary!: boolean;

  @Field({
    description: "The source's own caveats, as recorded at transcription.",
  })
  note!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when another source gives a different total for the same governorate and year; names the other figures.',
  })
  disagreement!: string | null;
}

/** Maps rows of one governorate to figures, flagging years where sources differ. */
export function toPopulationFigures(rows: PopulationRow[]): PopulationFigure[] {
  return rows.map((row) => {
    const others = rows.filter(
      (r) => r.year === row.year && r.id !== row.id && r.total !== row.total,
    );
    const disagreement = others.length
      ? `Other sources give ${others
          .map((r) => `${r.total.toLocaleString('en-US')} (${r.source_title})`)
          .join('; ')} for ${row.year}.`
      : null;
    return Object.assign(new PopulationFigure(), {
      year: row.year,
      total: row.total,
      male: row.male,
      female: row.female,
      urban: row.urban,
      rural: row.rural,
      kind: row.kind,
      source: row.source_title,
      sourceUrl: row.source_url,
      secondary: row.secondary,
      note: row.note,
      disagreement,
    });
  });
}
