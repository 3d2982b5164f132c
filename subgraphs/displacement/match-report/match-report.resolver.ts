import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badInput } from '../../kit/errors';
import { displacementDatasets } from '../datasets';
import type { DisplacementContext } from '../loaders';
import { MatchMethod } from './match-method';
import {
  MatchReportEntry,
  MatchSummary,
  toMatchReportEntry,
  type MatchReportRow,
} from './match-report.type';

interface SummaryRow {
  dataset_id: string;
  file: string;
  matched: string;
  by_code: string;
  by_name: string;
  by_alias: string;
  unmatched: string;
  rows: string;
  unmatched_rows: string;
}

@Resolver(() => MatchReportEntry)
export class MatchReportResolver {
  @Query(() => [MatchReportEntry], {
    description:
      'How each source spelling of a governorate and district was reconciled to COD-AB 2019, ordered by dataset, file, governorate and district spelling.',
  })
  async displacementMatchReport(
    @Ctx() ctx: DisplacementContext,
    @Arg('datasetId', () => ID, {
      nullable: true,
      description: 'Only this dataset.',
    })
    datasetId?: string,
    @Arg('method', () => MatchMethod, {
      nullable: true,
      description: 'Only spellings matched this way.',
    })
    method?: MatchMethod,
  ): Promise<MatchReportEntry[]> {
    const rows = (await ctx.dataSource.query(
      `SELECT * FROM match_report_entry
       WHERE ($1::text IS NULL OR dataset_id = $1) AND ($2::text IS NULL OR method = $2)
       ORDER BY dataset_id, file, source_governorate, source_district, method, id`,
      [checkDatasetId(datasetId), method ?? null],
    )) as MatchReportRow[];
    return rows.map(toMatchReportEntry);
  }

  @Query(() => [MatchSummary], {
    description:
      'Reconciliation totals per source file, ordered by dataset and file.',
  })
  async displacementMatchSummary(
    @Ctx() ctx: DisplacementContext,
    @Arg('datasetId', () => ID, {
      nullable: true,
      description: 'Only this dataset.',
    })
    datasetId?: string,
  ): Promise<MatchSummary[]> {
    const rows = (await ctx.dataSource.query(
      `SELECT dataset_id, file,
         count(*) FILTER (WHERE method <> 'unmatched') AS matched,
         count(*) FILTER (WHERE method = 'code') AS by_code,
         count(*) FILTER (WHERE method = 'name') AS by_name,
         count(*) FILTER (WHERE method = 'alias') AS by_alias,
         count(*) FILTER (WHERE method = 'unmatched') AS unmatched,
         sum(row_count) AS rows,
         coalesce(sum(row_count) FILTER (WHERE method = 'unmatched'), 0) AS unmatched_rows
       FROM match_report_entry WHERE $1::text IS NULL OR dataset_id = $1
       GROUP BY dataset_id, file ORDER BY dataset_id, file`,
      [checkDatasetId(datasetId)],
    )) as SummaryRow[];
    return rows.map((row) =>
      Object.assign(new MatchSummary(), {
        datasetId: row.dataset_id,
        file: row.file,
        matched: Number(row.matched),
        byCode: Number(row.by_code),
        byName: Number(row.by_name),
        byAlias: Number(row.by_alias),
        unmatched: Number(row.unmatched),
        rows: Number(row.rows),
        unmatchedRows: Number(row.unmatched_rows),
      }),
    );
  }
}

/** Checks an optional dataset id argument. Raises BAD_USER_INPUT for an id this subgraph does not publish. */
function checkDatasetId(datasetId: string | undefined): string | null {
  if (datasetId === undefined || datasetId === null) return null;
  const ids = displacementDatasets.map((dataset) => dataset.id);
  if (!ids.includes(datasetId)) {
    throw badInput(
      'datasetId',
      `datasetId: "${datasetId}" is not a displacement dataset: use one of ${ids.join(', ')}.`,
    );
  }
  return datasetId;
}
