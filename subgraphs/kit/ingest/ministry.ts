import type { DataSource } from 'typeorm';
import type { DatasetDescription } from '../catalog/dataset-description';
import type { DataSourceOptions } from '../db/data-source';
import type { Logger } from '../logger';
import type { IngestResult } from './dataset';

/**
 * A ministry's part of the ingestion command. It imports no GraphQL
 * types, so one process can load several ministries' data in turn.
 */
export interface MinistryIngestion {
  /** Subgraph name, such as `planning`. */
  name: string;
  migrations: DataSourceOptions['migrations'];
  /** Metadata of every dataset the ministry publishes. */
  datasets: DatasetDescription[];
  /** Files read besides the datasets' own, such as boundaries for placing points. */
  requires?: string[];
  /** Loads every dataset whose files are in `input.dataDir`, each in one transaction. */
  ingest: (
    dataSource: DataSource,
    input: IngestInput,
    logger: Logger,
  ) => Promise<IngestResult[]>;
}

/** Input of one ministry's ingestion. */
export interface IngestInput {
  /** Folder of the source files. */
  dataDir: string;
  /** Datasets the ministries loaded before this one; the catalog registers them. */
  published: PublishedDataset[];
}

/** A dataset's metadata with the result of its last load. */
export interface PublishedDataset {
  description: DatasetDescription;
  result: IngestResult;
}
