import type { DataSource } from 'typeorm';
import type { IngestResult } from '../../kit/ingest/dataset';
import type { IngestInput } from '../../kit/ingest/ministry';
import type { Logger } from '../../kit/logger';
import { upsertDataset } from './register';

/**
 * Registers every dataset the ministries loaded, all in one transaction, so
 * the catalog never lists half of a run.
 */
export async function registerPublished(
  dataSource: DataSource,
  { published }: IngestInput,
  logger: Logger,
): Promise<IngestResult[]> {
  await dataSource.transaction(async (manager) => {
    for (const { description, result } of published) {
      await upsertDataset(manager, description, result);
    }
  });
  logger.info(
    { datasets: published.map((p) => p.description.id) },
    'catalog entries registered',
  );
  return [];
}
