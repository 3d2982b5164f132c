import { resolve } from 'node:path';
import { readLogLevel, readPort } from '../subgraphs/kit/config';

/** Settings of the gateway process, read once at boot and frozen. */
export interface GatewayConfig {
  /** `PORT`, default 4000. */
  port: number;
  /** `HOST`, default 127.0.0.1. */
  host: string;
  /** `SUPERGRAPH_PATH`, default `schema/supergraph.graphql`. */
  supergraphPath: string;
  /** Subgraph URL overrides from `<NAME>_URL`, such as `HEALTH_URL`; others use the supergraph's URLs. */
  subgraphUrls: Record<string, string>;
  /** `SUBGRAPH_TIMEOUT_MS`: how long one subgraph fetch may take, default 10000. */
  subgraphTimeoutMs: number;
  /** `MAX_QUERY_DEPTH`: deepest selection accepted, default 15. */
  maxDepth: number;
  /** `MAX_QUERY_COST`: largest estimated cost accepted (fields times page sizes), default 20000. */
  maxCost: number;
  /** `CORS_ORIGIN`: value of Access-Control-Allow-Origin, default `*` (open data). */
  corsOrigin: string;
  /** `RESPONSE_CACHE_TTL_SECONDS`: how long anonymous query responses are reused, default 30; 0 turns the cache off. */
  responseCacheTtlSeconds: number;
  /** `RESPONSE_CACHE_MAX_MB`: memory for cached responses, default 64. */
  responseCacheMaxMb: number;
  /** `LOG_LEVEL`, default `info`. */
  logLevel: string;
}

/** Reads and validates the gateway's settings; throws naming the bad variable. */
export function readGatewayConfig(
  subgraphNames: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Readonly<GatewayConfig> {
  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const variable = `${name.toUpperCase()}_URL`;
    const value = env[variable];
    if (!value) continue;
    if (!/^https?:\/\/[^/]+/.test(value)) {
      throw new Error(
        `${variable}="${value}" is not an http(s) URL: use the subgraph's GraphQL endpoint, such as http://127.0.0.1:4001/graphql.`,
      );
    }
    subgraphUrls[name] = value;
  }
  return Object.freeze({
    port: readPort('PORT', env.PORT, 4000),
    host: env.HOST || '127.0.0.1',
    supergraphPath: resolve(env.SUPERGRAPH_PATH || 'schema/supergraph.graphql'),
    subgraphUrls,
    subgraphTimeoutMs: readPositive(
      'SUBGRAPH_TIMEOUT_MS',
      env.SUBGRAPH_TIMEOUT_MS,
      10_000,
    ),
    maxDepth: readPositive('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, 15),
    maxCost: readPositive('MAX_QUERY_COST', env.MAX_QUERY_COST, 20_000),
    corsOrigin: env.CORS_ORIGIN || '*',
    responseCacheTtlSeconds: readNonNegative(
      'RESPONSE_CACHE_TTL_SECONDS',
      env.RESPONSE_CACHE_TTL_SECONDS,
      30,
    ),
    responseCacheMaxMb: readPositive(
      'RESPONSE_CACHE_MAX_MB',
      env.RESPONSE_CACHE_MAX_MB,
      64,
    ),
    logLevel: readLogLevel(env.LOG_LEVEL),
  });
}

function readPositive(
  variable: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(
      `${variable}="${value}" is not a positive integer: set it to a whole number above 0.`,
    );
  }
  return n;
}

function readNonNegative(
  variable: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === '0') return 0;
  return readPositive(variable, value, fallback);
}
