import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../kit/graphql/connection';
import { IndicatorFrequency, IndicatorSource } from './indicator-enums';

export { IndicatorFrequency, IndicatorSource };

/** An indicator row as the indicators database stores it. */
export interface IndicatorRow {
  code: string;
  source: IndicatorSource;
  dataset_id: string;
  name_en: string | null;
  name_ar: string | null;
  unit: string | null;
  topic: string | null;
  description: string | null;
  source_organization: string | null;
  frequency: IndicatorFrequency;
}

@ObjectType('IndicatorLicence', {
  description: 'Licence under which a series may be reused.',
})
export class IndicatorLicence {
  @Field({
    description:
      'SPDX identifier, such as CC-BY-4.0, or "unknown" when the source states none.',
  })
  id!: string;

  @Field({ description: 'Name of the licence, or why it is unknown.' })
  title!: string;

  @Field({ description: 'Address of the licence text or of the publisher.' })
  url!: string;
}

@Directive('@key(fields: "code")')
@ObjectType('Indicator', {
  description:
    'A national statistical series for Iraq, such as total population or foreign reserves. Owned by the indicators subgraph.',
})
export class Indicator {
  @Field(() => ID, {
    description:
      'Series code: the WDI code, such as SP.POP.TOTL, or a CBI code, such as CBI.FOREIGN_RESERVES.USD_BN.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Unit of the values, such as "% of GDP" or "billion IQD", or null when the source names none.',
  })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Subject area, such as population, health or finance, or null when the code has no known family.',
  })
  topic!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Definition of the series in English, as the publisher gives it, or null when it gives none.',
  })
  description!: string | null;

  @Field(() => IndicatorSource, { description: 'Publisher of the series.' })
  source!: IndicatorSource;

  @Field(() => String, {
    nullable: true,
    description:
      'Organization that supplied the figures to the publisher, or null when not stated.',
  })
  sourceOrganization!: string | null;

  @Field({
    description:
      'Id of the catalog dataset the series belongs to, such as indicators.wdi.',
  })
  datasetId!: string;

  @Field(() => IndicatorFrequency, {
    description: 'How often the series has a value.',
  })
  frequency!: IndicatorFrequency;

  row!: IndicatorRow;
}

export const IndicatorConnection = connectionType('Indicator', Indicator);

/** Wraps a database row as the GraphQL object. */
export function toIndicator(row: IndicatorRow): Indicator {
  return Object.assign(new Indicator(), {
    code: row.code,
    unit: row.unit,
    topic: row.topic,
    description: row.description,
    source: row.source,
    sourceOrganization: row.source_organization,
    datasetId: row.dataset_id,
    frequency: row.frequency,
    row,
  });
}
