import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { parseMinistryTokens } from './auth';
import type { DatasetDescription } from './catalog/dataset-description';
import { readSubgraphConfig, redactPassword } from './config';
import { openDataSource, type DataSourceOptions } from './db/data-source';
import { listen } from './http/listen';
import { Lifecycle, stopOnSignals } from './lifecycle';
import { createLogger, type Logger } from './logger';
import { createSubgraphApp } from './subgraph';

/** Everything a ministry provides to run its subgraph. */
export interface SubgraphDefinition<Loaders> {
  /** Short ASCII name, such as `health`. */
  name: string;
  /** Port when neither `<NAME>_PORT` nor `PORT` is set. */
  defaultPort: number;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  /** Datasets this subgraph serves, reported as provenance. */
  datasets: DatasetDescription[];
  buildSchema: () => Promise<GraphQLSchema>;
  createLoaders: (dataSource: DataSource) => Loaders;
}

/**
 * Starts a subgraph process: reads config, opens and migrates its database,
 * builds the schema, listens, and stops cleanly on SIGINT or SIGTERM. Prints
 * one `ready` log line with the URL once it serves.
 */
export async function runSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
): Promise<void> {
  let logger: Logger = createLogger(definition.name);
  try {
    const config = readSubgraphConfig(definition.name, definition.defaultPort);
    logger = createLogger(definition.name, config.logLevel);
    const lifecycle = new Lifecycle(logger);
    stopOnSignals(lifecycle, logger);

    const dataSource = await openDataSource({
      name: definition.name,
      databaseUrl: config.databaseUrl,
      dataFolder: config.dataFolder,
      entities: definition.entities,
      migrations: definition.migrations,
      logger,
    });
    lifecycle.defer('database', () => dataSource.destroy());

    const app = await createSubgraphApp({
      name: definition.name,
      schema: await definition.buildSchema(),
      dataSource,
      logger,
      createLoaders: definition.createLoaders,
      datasets: definition.datasets,
      tokens: parseMinistryTokens(process.env.MINISTRY_TOKENS),
    });
    lifecycle.defer('graphql', () => app.stop());

    const server = await listen(app.handle, config.port, config.host);
    lifecycle.defer('http', () => server.close());
    logger.info(
      {
        url: `${server.url}/graphql`,
        database: config.databaseUrl
          ? redactPassword(config.databaseUrl)
          : 'embedded',
      },
      'ready',
    );
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
}
