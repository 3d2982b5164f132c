import { SUBGRAPHS, databaseVariable } from '../../scripts/ministries';
import { createTestDatabase, type TestDatabase } from './database';
import { runScript, startProcess, type RunningProcess } from './processes';

/** Bearer token the test platform's catalog accepts for the health ministry. */
export const HEALTH_TOKEN = 'test-health-token-0123456789';

/** Every subgraph and the gateway, running as processes on a fresh database each. */
export interface Platform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  /** Environment that points the ingestion command at the test databases. */
  ingestEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Creates a database per subgraph, ingests `dataDir` with the ingestion
 * command, starts every subgraph and the gateway on free ports, and
 * returns their URLs. `stop` ends the processes and drops the databases.
 */
export async function startPlatform(dataDir: string): Promise<Platform> {
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.reverse().map((p) => p.stop()));
    await Promise.all(databases.map((d) => d.drop()));
  };
  try {
    const databaseUrls: Record<string, string> = {};
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    for (const entry of SUBGRAPHS) {
      const database = await createTestDatabase(`e2e_${entry.name}`);
      databases.push(database);
      databaseUrls[entry.name] = database.url;
      env[databaseVariable(entry.name)] = database.url;
    }
    await runScript('scripts/ingest.js', ['--data-dir', dataDir], env);

    const started = await Promise.all(
      SUBGRAPHS.map((entry) =>
        startProcess(entry.name, entry.main, {
          DATABASE_URL: databaseUrls[entry.name],
          MINISTRY_TOKENS: `health=${HEALTH_TOKEN}`,
        }),
      ),
    );
    processes.push(...started);
    const subgraphUrls: Record<string, string> = {};
    const overrides: NodeJS.ProcessEnv = {};
    for (const p of started) {
      subgraphUrls[p.name] = `${p.url}/graphql`;
      overrides[`${p.name.toUpperCase()}_URL`] = `${p.url}/graphql`;
    }
    const gateway = await startProcess('gateway', 'gateway/main.js', overrides);
    processes.push(gateway);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      databaseUrls,
      ingestEnv: env,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
