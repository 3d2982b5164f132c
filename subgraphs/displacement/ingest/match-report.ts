import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../kit/ingest/bulk';
import {
  buildMatchReport,
  type MatchedRow,
  type MatchReport,
} from '../source/match-report';

/**
 * Replaces a dataset's match report rows with the report of `rows`, one row
 * per distinct source spelling and result. Returns the report for the load
 * details.
 */
export async function writeMatchReport(
  manager: EntityManager,
  datasetId: string,
  file: string,
  rows: Iterable<MatchedRow>,
): Promise<MatchReport> {
  const report = buildMatchReport(file, rows);
  await manager.query(
    'DELETE FROM match_report_entry WHERE dataset_id = $1 AND file = $2',
    [datasetId, file],
  );
  await bulkInsert(
    manager,
    'match_report_entry',
    [
      'dataset_id',
      'file',
      'source_governorate',
      'source_district',
      'row_count',
      'method',
      'governorate_code',
      'district_pcode',
    ],
    report.spellings.map((s) => [
      datasetId,
      file,
      s.governorate,
      s.district,
      s.rows,
      s.method,
      s.governorateCode ?? null,
      s.pcode ?? null,
    ]),
  );
  return report;
}

/** Selects the part of a match report kept in the load details. */
export function reportDetails(report: MatchReport): Record<string, unknown> {
  return {
    file: report.file,
    spellings: report.spellings.length,
    rowTotals: report.rowTotals,
    spellingTotals: report.spellingTotals,
    unmatched: report.unmatched.map((s) => ({
      governorate: s.governorate,
      district: s.district,
      rows: s.rows,
    })),
  };
}
