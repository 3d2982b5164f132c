import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngestion } from '../scripts/ingest';
import { SUBGRAPHS } from '../scripts/ministries';
import type { BenchDatabases } from './databases';
import {
  startOurGateway,
  startPeerScript,
  startSubgraphs,
  writeBenchSupergraph,
  type RunningPeer,
  type RunningSubgraph,
  DIST,
} from './peers/launch';

/** Every server the query workloads run against. */
export interface Platform {
  subgraphs: RunningSubgraph[];
  peers: RunningPeer[];
  /** The supergraph copy with URLs of the running subgraphs. */
  supergraphPath: string;
}

/**
 * Creates one fresh database per subgraph, loads the source files into them
 * with `runIngestion` and starts every subgraph. Then starts the fixed-JSON
 * server, our gateway, stock Apollo and Hive Gateway. Our gateway runs twice
 * when it has a response cache: as shipped and with the cache off.
 */
export async function startPlatform(
  rootDir: string,
  dataDir: string,
  databases: BenchDatabases,
  workFolder: string,
  log: (line: string) => void,
): Promise<Platform> {
  const databaseUrls: Record<string, string> = {};
  for (const entry of SUBGRAPHS)
    databaseUrls[entry.name] = await databases.create(entry.name);
  log(`loading the source files into ${SUBGRAPHS.length} databases`);
  const started = Date.now();
  await runIngestion({
    dataDir,
    dataFolder: join(workFolder, 'embedded'),
    databaseUrls,
    logLevel: 'warn',
  });
  log(
    `loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; starting subgraphs`,
  );

  const subgraphs = await startSubgraphs(databaseUrls, dataDir);
  const { path: supergraphPath, missing } = writeBenchSupergraph(
    join(rootDir, 'schema', 'supergraph.graphql'),
    subgraphs,
    join(workFolder, 'supergraph.graphql'),
  );
  if (missing.length > 0) {
    log(
      `the supergraph names subgraphs that are not in SUBGRAPHS and were not started: ${missing.join(', ')}`,
    );
  }

  const peers: RunningPeer[] = [];
  peers.push(await startPeerScript('ceiling', supergraphPath));
  peers.push(await startOurGateway(rootDir, subgraphs));
  if (hasResponseCache()) {
    peers.push(
      await startOurGateway(rootDir, subgraphs, {
        name: 'ours-uncached',
        extraEnv: { RESPONSE_CACHE_TTL_SECONDS: '0' },
      }),
    );
  }
  peers.push(await startPeerScript('stock-apollo', supergraphPath));
  peers.push(await startPeerScript('hive', supergraphPath));
  log(`peers listening: ${peers.map((p) => `${p.name} ${p.url}`).join(', ')}`);
  return { subgraphs, peers, supergraphPath };
}

/**
 * True when our gateway reads `RESPONSE_CACHE_TTL_SECONDS`, so it has a
 * response cache that `0` turns off. Read from the compiled configuration.
 */
export function hasResponseCache(): boolean {
  const config = readFileSync(join(DIST, 'gateway', 'config.js'), 'utf8');
  return config.includes('RESPONSE_CACHE_TTL_SECONDS');
}
