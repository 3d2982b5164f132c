import { SUBGRAPHS } from '../scripts/ministries';
import { listen } from '../subgraphs/kit/http/listen';
import { Lifecycle, stopOnSignals } from '../subgraphs/kit/lifecycle';
import { createLogger, type Logger } from '../subgraphs/kit/logger';
import { createGatewayApp } from './app';
import { readGatewayConfig } from './config';

async function main(): Promise<void> {
  let logger: Logger = createLogger('gateway');
  try {
    const config = readGatewayConfig(SUBGRAPHS.map((s) => s.name));
    logger = createLogger('gateway', config.logLevel);
    const lifecycle = new Lifecycle(logger);
    stopOnSignals(lifecycle, logger);

    const app = await createGatewayApp(config, logger);
    lifecycle.defer('graphql', () => app.stop());
    const server = await listen(app.handle, config.port, config.host);
    lifecycle.defer('http', () => server.close());
    logger.info(
      {
        url: `${server.url}/graphql`,
        explorer: `${server.url}/`,
        subgraphs: app.supergraph.subgraphs,
      },
      'ready',
    );
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
}

void main();
