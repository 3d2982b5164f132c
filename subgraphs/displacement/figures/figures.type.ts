import { Field, Int, ObjectType } from 'type-graphql';

/** Aggregates of one governorate or district, as the figures loader returns them. */
export interface FiguresRow {
  key: string;
  idp_individuals: string;
  idp_families: string;
  idp_locations: string;
  returnee_individuals: string;
  returnee_families: string;
  returnee_locations: string;
  camps: string;
  camp_individuals: string | null;
  as_of: string | null;
  /** Number of displacement datasets loaded so far. */
  loaded: string;
}

@ObjectType('DisplacementFigures', {
  description:
    'Displacement in one governorate or district: IDPs and returnees from the IOM DTM master lists, camps from the CCCM camp master list (August 2019). Rows are counted where their source district was reconciled.',
})
export class DisplacementFigures {
  @Field(() => Int, {
    description: 'Internally displaced individuals (IOM DTM).',
  })
  idpIndividuals!: number;

  @Field(() => Int, { description: 'Internally displaced families (IOM DTM).' })
  idpFamilies!: number;

  @Field(() => Int, { description: 'DTM locations hosting IDPs.' })
  idpLocations!: number;

  @Field(() => Int, { description: 'Individuals who returned (IOM DTM).' })
  returneeIndividuals!: number;

  @Field(() => Int, { description: 'Families who returned (IOM DTM).' })
  returneeFamilies!: number;

  @Field(() => Int, { description: 'DTM locations with returnees.' })
  returneeLocations!: number;

  @Field(() => Int, { description: 'Formal camps and informal sites (CCCM).' })
  camps!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Individuals in those camps and sites that report a count, or null when none does.',
  })
  campIndividuals!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Date of the DTM master lists, such as 2019-08-31, or null before the IDP list is loaded.',
  })
  asOf!: string | null;
}

/** Converts aggregates to figures, or to null when no displacement dataset has been loaded. */
export function toFigures(row: FiguresRow): DisplacementFigures | null {
  if (Number(row.loaded) === 0) return null;
  return Object.assign(new DisplacementFigures(), {
    idpIndividuals: Number(row.idp_individuals),
    idpFamilies: Number(row.idp_families),
    idpLocations: Number(row.idp_locations),
    returneeIndividuals: Number(row.returnee_individuals),
    returneeFamilies: Number(row.returnee_families),
    returneeLocations: Number(row.returnee_locations),
    camps: Number(row.camps),
    campIndividuals:
      row.camp_individuals === null ? null : Number(row.camp_individuals),
    asOf: row.as_of,
  });
}
