import type { EntityManager } from 'typeorm';
import type { DatasetDescription } from '../../kit/catalog/dataset-description';
import type { IngestResult } from '../../kit/ingest/dataset';
import { governorateByCode } from '../../kit/iraq/governorates';
import { foldForSearch } from '../../kit/text/search';
import { PUBLISHERS } from '../publishers';

/**
 * Inserts or replaces one dataset's catalog entry and its spatial coverage.
 * Throws when the publisher is unknown or a coverage code is not a
 * governorate, so a bad entry never reaches the catalog.
 */
export async function upsertDataset(
  manager: EntityManager,
  description: DatasetDescription,
  result: IngestResult,
): Promise<void> {
  validateEntry(description, result);
  const d = description;
  const searchText = foldForSearch(
    [
      d.id,
      d.title.en,
      d.title.ar,
      d.title.ckb,
      d.description.en,
      d.description.ar,
      d.description.ckb,
      ...d.keywords,
      d.source.publisher,
    ]
      .filter(Boolean)
      .join(' '),
  );
  await manager.query('DELETE FROM dataset WHERE id = $1', [d.id]);
  await manager.query(
    `INSERT INTO dataset (id, ministry_id, title_en, title_ar, title_ckb, description_en, description_ar,
       description_ckb, licence_id, licence_title, licence_url, source_title, source_url, source_publisher,
       keywords, theme, files, modified, row_count, temporal_start, temporal_end, loaded_at, checksum, details, search_text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`,
    [
      d.id,
      d.ministryId,
      d.title.en,
      d.title.ar,
      d.title.ckb ?? null,
      d.description.en,
      d.description.ar,
      d.description.ckb ?? null,
      d.licence.id,
      d.licence.title,
      d.licence.url,
      d.source.title,
      d.source.url,
      d.source.publisher,
      JSON.stringify(d.keywords),
      d.theme,
      JSON.stringify(d.files),
      d.modified,
      result.rowCount,
      result.temporalStart,
      result.temporalEnd,
      result.loadedAt,
      result.checksum,
      JSON.stringify(result.details),
      searchText,
    ],
  );
  for (const code of new Set(result.spatialCoverage)) {
    await manager.query(
      'INSERT INTO dataset_coverage (dataset_id, governorate_code) VALUES ($1, $2)',
      [d.id, code],
    );
  }
}

function validateEntry(
  description: DatasetDescription,
  result: IngestResult,
): void {
  if (!PUBLISHERS.some((p) => p.id === description.ministryId)) {
    throw new Error(
      `Dataset "${description.id}" names publisher "${description.ministryId}", which the catalog does not know: use one of ${PUBLISHERS.map((p) => p.id).join(', ')}.`,
    );
  }
  if (description.id !== result.datasetId) {
    throw new Error(
      `Load result for "${result.datasetId}" was paired with description "${description.id}".`,
    );
  }
  // `IQ` (ISO 3166-1) marks national figures that no single governorate owns.
  const unknown = result.spatialCoverage.filter(
    (code) => code !== 'IQ' && !governorateByCode(code),
  );
  if (unknown.length > 0) {
    throw new Error(
      `Dataset "${description.id}" covers unknown governorate code(s) ${unknown.join(', ')}: use ISO 3166-2:IQ codes, or IQ for national figures.`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(description.modified)) {
    throw new Error(
      `Dataset "${description.id}" has modified "${description.modified}": use an ISO date such as 2019-06-03.`,
    );
  }
}
