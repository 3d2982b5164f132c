import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDataSource } from '../subgraphs/kit/db/data-source';
import type {
  MinistryIngestion,
  PublishedDataset,
} from '../subgraphs/kit/ingest/ministry';
import { createLogger } from '../subgraphs/kit/logger';
import { subgraphByName } from './ministries';

/** Message the ingestion command sends to a worker. */
export interface WorkerRequest {
  name: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dataFolder: string;
  logLevel: string;
  /** Datasets the other ministries loaded, for the catalog to register. */
  published?: PublishedDataset[];
}

/** Message a worker sends back before it exits. */
export type WorkerReply =
  { ok: true; published: PublishedDataset[] } | { ok: false; message: string };

/**
 * Loads one ministry's database in this process. It runs as a child of the
 * ingestion command because the embedded database and type-graphql's
 * metadata are both per process.
 */
async function work(request: WorkerRequest): Promise<WorkerReply> {
  const logger = createLogger(`ingest-${request.name}`, request.logLevel);
  const ingestion = subgraphByName(request.name).ingestion();
  const missing = missingFiles(ingestion, request.dataDir);
  if (missing.length > 0) {
    logger.warn(
      { missing, dataDir: request.dataDir },
      `skipping ${request.name}: ${missing.length} of its source files are not in the data folder; its previous data, if any, stays`,
    );
    return { ok: true, published: [] };
  }
  const dataSource = await openDataSource({
    name: request.name,
    databaseUrl: request.databaseUrl,
    dataFolder: request.dataFolder,
    entities: [],
    migrations: ingestion.migrations,
    logger,
    purpose: `ingestion of ${request.name}`,
  });
  try {
    const results = await ingestion.ingest(
      dataSource,
      { dataDir: request.dataDir, published: request.published ?? [] },
      logger,
    );
    const published = results.map((result) => {
      const description = ingestion.datasets.find(
        (d) => d.id === result.datasetId,
      );
      if (!description)
        throw new Error(
          `${request.name} loaded dataset "${result.datasetId}" but does not describe it.`,
        );
      return { description, result };
    });
    return { ok: true, published };
  } catch (error) {
    logger.error(
      { err: error },
      'ingestion failed, nothing was written for the failing dataset',
    );
    return { ok: false, message: (error as Error).message };
  } finally {
    await dataSource.destroy();
  }
}

process.once('message', (request: WorkerRequest) => {
  void work(request).then(
    (reply) => process.send!(reply, () => process.exit(reply.ok ? 0 : 1)),
    (error: Error) =>
      process.send!({ ok: false, message: error.message }, () =>
        process.exit(1),
      ),
  );
});

/** Source files a ministry needs that are absent from `dataDir`. */
function missingFiles(ingestion: MinistryIngestion, dataDir: string): string[] {
  const needed = new Set([
    ...ingestion.datasets.flatMap((d) => d.files),
    ...(ingestion.requires ?? []),
  ]);
  return [...needed].filter((file) => !existsSync(join(dataDir, file))).sort();
}
