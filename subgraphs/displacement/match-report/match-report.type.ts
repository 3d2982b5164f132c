import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  DistrictStub,
  districtRef,
  GovernorateStub,
  governorateRef,
} from '../../kit/graphql/place-stubs';
import { MatchMethod } from './match-method';

/** A row of `match_report_entry`. */
export interface MatchReportRow {
  dataset_id: string;
  file: string;
  source_governorate: string;
  source_district: string;
  row_count: number;
  method: MatchMethod;
  governorate_code: string | null;
  district_pcode: string | null;
}

@ObjectType('MatchReportEntry', {
  description:
    'One distinct governorate and district spelling of a source file and how its rows were reconciled to COD-AB 2019.',
})
export class MatchReportEntry {
  @Field(() => ID, {
    description:
      'Dataset the file belongs to, such as displacement.idp-locations.',
  })
  datasetId!: string;

  @Field({ description: 'Source file name.' })
  file!: string;

  @Field({ description: 'Governorate as the source spells it.' })
  sourceGovernorate!: string;

  @Field({
    description:
      'District as the source spells it (COD_District for formal camps where filled).',
  })
  sourceDistrict!: string;

  @Field(() => Int, {
    description: 'Source rows with this spelling and this result.',
  })
  rows!: number;

  @Field(() => MatchMethod, { description: 'How the spelling was reconciled.' })
  method!: MatchMethod;

  @Field(() => GovernorateStub, {
    nullable: true,
    description: 'Governorate the spelling was reconciled to.',
  })
  governorate!: GovernorateStub | null;

  @Field(() => DistrictStub, {
    nullable: true,
    description:
      'District the spelling was reconciled to, or null when unmatched.',
  })
  district!: DistrictStub | null;

  @Field(() => String, {
    nullable: true,
    description: 'COD-AB 2019 P-code of that district.',
  })
  pcode!: string | null;
}

@ObjectType('MatchSummary', {
  description:
    'Reconciliation totals of one source file. The method counts are distinct spellings, while rows and unmatchedRows count source rows.',
})
export class MatchSummary {
  @Field(() => ID, { description: 'Dataset the file belongs to.' })
  datasetId!: string;

  @Field({ description: 'Source file name.' })
  file!: string;

  @Field(() => Int, { description: 'Spellings matched by any method.' })
  matched!: number;

  @Field(() => Int, {
    description: "Spellings matched by the source's own P-code.",
  })
  byCode!: number;

  @Field(() => Int, { description: 'Spellings matched by normalised name.' })
  byName!: number;

  @Field(() => Int, {
    description: 'Spellings matched through the reviewed alias table.',
  })
  byAlias!: number;

  @Field(() => Int, { description: 'Spellings no official district fits.' })
  unmatched!: number;

  @Field(() => Int, { description: 'Source rows reconciled.' })
  rows!: number;

  @Field(() => Int, { description: 'Source rows left without a district.' })
  unmatchedRows!: number;
}

/** Wraps a stored row as the GraphQL object. */
export function toMatchReportEntry(row: MatchReportRow): MatchReportEntry {
  return Object.assign(new MatchReportEntry(), {
    datasetId: row.dataset_id,
    file: row.file,
    sourceGovernorate: row.source_governorate,
    sourceDistrict: row.source_district,
    rows: row.row_count,
    method: row.method,
    governorate: governorateRef(row.governorate_code),
    district: districtRef(row.district_pcode),
    pcode: row.district_pcode,
  });
}
