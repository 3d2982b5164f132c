import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';

/** A catalog row as the database stores it. */
export interface DatasetRow {
  id: string;
  ministry_id: string;
  title_en: string;
  title_ar: string;
  title_ckb: string | null;
  description_en: string;
  description_ar: string;
  description_ckb: string | null;
  licence_id: string;
  licence_title: string;
  licence_url: string;
  source_title: string;
  source_url: string;
  source_publisher: string;
  keywords: string[];
  theme: string;
  files: string[];
  modified: string | Date;
  row_count: number;
  temporal_start: string | null;
  temporal_end: string | null;
  loaded_at: Date;
  details: Record<string, unknown>;
}

@ObjectType('Licence', {
  description: 'Terms under which a dataset may be reused.',
})
export class Licence {
  @Field(() => ID, {
    description:
      'SPDX identifier where one exists, such as CC-BY-4.0; "unknown" when the source states none.',
  })
  id!: string;

  @Field()
  title!: string;

  @Field()
  url!: string;
}

@ObjectType('DatasetSource', {
  description: 'Who produced the data and where it was obtained.',
})
export class DatasetSource {
  @Field()
  title!: string;

  @Field()
  url!: string;

  @Field()
  publisher!: string;
}

@ObjectType('TemporalCoverage', {
  description: 'First and last period the rows cover (ISO date or year).',
})
export class TemporalCoverage {
  @Field(() => String, { nullable: true })
  start!: string | null;

  @Field(() => String, { nullable: true })
  end!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Dataset', {
  description:
    'A published dataset in the national catalog. Owned by the catalog subgraph.',
})
export class Dataset {
  @Field(() => ID, {
    description: 'Stable id, <ministry>.<name>, such as health.facilities.',
  })
  id!: string;

  @Field(() => Licence)
  licence!: Licence;

  @Field(() => DatasetSource)
  source!: DatasetSource;

  @Field(() => [String])
  keywords!: string[];

  @Field({
    description:
      'DCAT-AP data theme code, such as HEAL, EDUC, SOCI, ECON, REGI.',
  })
  theme!: string;

  @Field(() => Int, { description: 'Rows stored by the last load.' })
  rowCount!: number;

  @Field(() => TemporalCoverage)
  temporalCoverage!: TemporalCoverage;

  @Field({
    description:
      "The source's own last-modified or reference date (ISO 8601 date).",
  })
  lastModified!: string;

  @Field({
    description: 'When the platform last loaded the rows (ISO 8601 timestamp).',
  })
  loadedAt!: string;

  @Field(() => [String], { description: 'Source file names.' })
  files!: string[];

  row!: DatasetRow;
}

export const DatasetConnection = connectionType('Dataset', Dataset);

/** Maps a database row to the GraphQL object. */
export function toDataset(row: DatasetRow): Dataset {
  return Object.assign(new Dataset(), {
    id: row.id,
    licence: {
      id: row.licence_id,
      title: row.licence_title,
      url: row.licence_url,
    },
    source: {
      title: row.source_title,
      url: row.source_url,
      publisher: row.source_publisher,
    },
    keywords: row.keywords,
    theme: row.theme,
    rowCount: row.row_count,
    temporalCoverage: { start: row.temporal_start, end: row.temporal_end },
    lastModified: isoDate(row.modified),
    loadedAt: new Date(row.loaded_at).toISOString(),
    files: row.files,
    row,
  });
}

function isoDate(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  // A DATE column arrives as local midnight; format it without shifting the day.
  const month = String(value.getMonth() + 1).padStart(2, '0');
  const day = String(value.getDate()).padStart(2, '0');
  return `${value.getFullYear()}-${month}-${day}`;
}
