import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { Logger } from '../logger';
import { lockDatabaseFolder } from './folder-lock';
import { CountingLogger } from './query-counter';

/** Location of a subgraph's database and the tables it maps. */
export interface DataSourceOptions {
  /** Subgraph name; the embedded database folder is `<dataFolder>/<name>`. */
  name: string;
  /** PostgreSQL URL; unset selects the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Parent folder of embedded databases. */
  dataFolder: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger: Logger;
  /** Purpose of the process opening the database, named in the error another process gets; default `<name> subgraph`. */
  purpose?: string;
}

/**
 * Opens the subgraph's database and applies pending migrations, each in its
 * own transaction. Schema synchronisation is never used: tables change only
 * through migrations.
 */
export async function openDataSource(
  options: DataSourceOptions,
): Promise<DataSource> {
  const log = options.logger.child({ component: 'database' });
  const common = {
    type: 'postgres' as const,
    entities: options.entities,
    migrations: options.migrations,
    synchronize: false,
    logging: true,
    maxQueryExecutionTime: 1000,
    logger: new CountingLogger(log),
  };
  let dataSource: DataSource;
  let release: (() => void) | undefined;
  if (options.databaseUrl) {
    dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      extra: { max: 10 },
    });
    log.info({ embedded: false }, 'opening PostgreSQL database');
  } else {
    const folder = join(options.dataFolder, options.name);
    mkdirSync(folder, { recursive: true });
    release = lockDatabaseFolder(
      folder,
      options.purpose ?? `${options.name} subgraph`,
    );
    dataSource = new DataSource({
      ...common,
      driver: new PGliteDriver({ dataDir: folder }).driver,
    });
    log.info({ embedded: true, folder }, 'opening embedded PGlite database');
  }
  if (release) {
    const destroy = dataSource.destroy.bind(dataSource);
    const unlock = release;
    dataSource.destroy = async () => {
      await destroy();
      unlock();
    };
  }
  try {
    await dataSource.initialize();
  } catch (error) {
    release?.();
    throw error;
  }
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  log.info({ applied: applied.map((m) => m.name) }, 'migrations applied');
  return dataSource;
}

/** True when the data source runs on the node-postgres driver (COPY is available). */
export function supportsCopy(dataSource: DataSource): boolean {
  return !(dataSource.options as { driver?: unknown }).driver;
}
