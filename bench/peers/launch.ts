import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS } from '../../scripts/ministries';
import {
  SERVER_CORE,
  freePort,
  startNode,
  waitForHttp,
  type BenchProcess,
} from '../processes';

/** Peers in the order the table shows them. */
export const PEER_NAMES = [
  'ceiling',
  'direct',
  'ours',
  'ours-uncached',
  'stock-apollo',
  'hive',
] as const;

/** One peer's short name. */
export type PeerName = (typeof PEER_NAMES)[number];

/** A running subgraph process. */
export interface RunningSubgraph {
  name: string;
  /** GraphQL endpoint. */
  url: string;
  metricsUrl: string;
  process: BenchProcess;
}

/** A running gateway-like peer: the fixed-JSON server or one of the gateways. */
export interface RunningPeer {
  name: Exclude<PeerName, 'direct'>;
  url: string;
  process: BenchProcess;
}

/** Root of the compiled tree (`dist`), where every script runs from. */
export const DIST = join(__dirname, '..', '..');

/** Log level of every server: warnings and errors only, so logging costs the same in all peers. */
const LOG_LEVEL = 'warn';

/** Starts every subgraph of `SUBGRAPHS` on a free port with its own database. */
export async function startSubgraphs(
  databaseUrls: Record<string, string>,
  dataDir: string,
): Promise<RunningSubgraph[]> {
  return Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        [`${entry.name.toUpperCase()}_PORT`]: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrls[entry.name],
        DATA_DIR: dataDir,
        LOG_LEVEL,
      };
      const child = startNode({
        name: entry.name,
        script: join(DIST, entry.main),
        env,
        core: SERVER_CORE,
      });
      const base = `http://127.0.0.1:${port}`;
      await waitForHttp(`${base}/health`, child);
      return {
        name: entry.name,
        url: `${base}/graphql`,
        metricsUrl: `${base}/metrics`,
        process: child,
      };
    }),
  );
}

/**
 * Writes a copy of the supergraph whose `@join__graph` URLs point at the
 * running subgraphs, for the stock Apollo and Hive peers. Returns its path
 * and the names of supergraph subgraphs that are not running.
 */
export function writeBenchSupergraph(
  supergraphPath: string,
  subgraphs: RunningSubgraph[],
  outputPath: string,
): { path: string; missing: string[] } {
  const missing: string[] = [];
  const sdl = readFileSync(supergraphPath, 'utf8').replace(
    /@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g,
    (whole, name: string) => {
      const running = subgraphs.find((s) => s.name === name);
      if (!running) {
        missing.push(name);
        return whole;
      }
      return `@join__graph(name: "${name}", url: "${running.url}")`;
    },
  );
  writeFileSync(outputPath, sdl);
  return { path: outputPath, missing };
}

/**
 * Starts our gateway as shipped, `node dist/gateway/main.js` from `rootDir`,
 * with `<NAME>_URL` overrides for every running subgraph. `extraEnv` adds
 * settings, such as `RESPONSE_CACHE_TTL_SECONDS=0` for the uncached peer.
 */
export async function startOurGateway(
  rootDir: string,
  subgraphs: RunningSubgraph[],
  options: {
    name?: 'ours' | 'ours-uncached';
    nodeFlags?: string[];
    extraEnv?: NodeJS.ProcessEnv;
  } = {},
): Promise<RunningPeer> {
  const name = options.name ?? 'ours';
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL,
    ...options.extraEnv,
  };
  for (const subgraph of subgraphs)
    env[`${subgraph.name.toUpperCase()}_URL`] = subgraph.url;
  const child = startNode({
    name,
    script: join(DIST, 'gateway', 'main.js'),
    env,
    core: SERVER_CORE,
    nodeFlags: options.nodeFlags,
    cwd: rootDir,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/health`, child, 60_000, true);
  return { name, url: `${base}/graphql`, process: child };
}

/** Starts the fixed-JSON server, the stock Apollo gateway or Hive Gateway. */
export async function startPeerScript(
  name: 'ceiling' | 'stock-apollo' | 'hive',
  supergraphPath: string,
): Promise<RunningPeer> {
  const port = await freePort();
  const child = startNode({
    name,
    script: join(DIST, 'bench', 'peers', `${name}.js`),
    env: {
      ...process.env,
      PORT: String(port),
      BENCH_SUPERGRAPH: supergraphPath,
    },
    core: SERVER_CORE,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitForHttp(url, child, 60_000, true);
  return { name, url, process: child };
}
