import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';
import { SchoolLevel, SchoolSource } from './school-level';

/** A row of the `school` table. */
export interface SchoolRow {
  id: string;
  dataset_id: string;
  source: SchoolSource;
  source_id: string;
  name: string;
  name_en: string | null;
  name_ar: string | null;
  name_ckb: string | null;
  level: SchoolLevel | null;
  longitude: number;
  latitude: number;
  governorate_code: string;
  district_pcode: string;
  sub_district_pcode: string | null;
  confidence: number | null;
  source_line: number;
}

@ObjectType('SchoolLocation', {
  description: 'Position of a school in degrees (WGS 84).',
})
export class SchoolLocation {
  @Field(() => Float, { description: 'Longitude in degrees east.' })
  longitude!: number;

  @Field(() => Float, { description: 'Latitude in degrees north.' })
  latitude!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('School', {
  description:
    'A school, college or other place of learning from an open map source, placed in a COD-AB 2019 governorate and district by its position.',
})
export class School {
  @Field(() => ID, {
    description:
      'Stable id, the source and its own id: osm:node/856282429 or overture:<Overture GERS id>.',
  })
  id!: string;

  @Field(() => SchoolLevel, {
    nullable: true,
    description:
      'Stage of education, or null when the source gives none, as for most OpenStreetMap schools.',
  })
  level!: SchoolLevel | null;

  @Field(() => SchoolSource, { description: 'Source of the record.' })
  source!: SchoolSource;

  @Field(() => ID, {
    description:
      'Catalog dataset the record belongs to, such as education.osm-schools-erbil.',
  })
  datasetId!: string;

  @Field(() => SchoolLocation, {
    description:
      'Position as the source gives it. For an OpenStreetMap outline, the average of its outer ring vertices.',
  })
  location!: SchoolLocation;

  @Field(() => Float, {
    nullable: true,
    description:
      "Overture's confidence that the place exists, from 0 to 1, or null for OpenStreetMap records.",
  })
  confidence!: number | null;

  row!: SchoolRow;
}

export const SchoolConnection = connectionType('School', School);

/** Wraps a database row as the GraphQL object. */
export function toSchool(row: SchoolRow): School {
  return Object.assign(new School(), {
    id: row.id,
    level: row.level,
    source: row.source,
    datasetId: row.dataset_id,
    location: { longitude: row.longitude, latitude: row.latitude },
    confidence: row.confidence,
    row,
  });
}
