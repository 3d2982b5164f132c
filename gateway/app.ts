import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import makeFetchHappen from 'make-fetch-happen';
import {
  handleGraphQL,
  readBody,
  rejectTooLarge,
  sendJson,
} from '../subgraphs/kit/http/graphql-handler';
import type { Logger } from '../subgraphs/kit/logger';
import type { GatewayConfig } from './config';
import { loadExplorerAssets } from './explorer/assets';
import { explorerPage } from './explorer/page';
import { queryLimitsPlugin } from './limits';
import { probeSubgraphs } from './subgraph-health';
import {
  CACHEABLE_HEADER,
  ResponseCache,
  cacheablePlugin,
} from './response-cache';
import { readSupergraph, type Supergraph } from './supergraph';
import { PROVENANCE_HEADER } from '../subgraphs/kit/provenance';
import {
  createProvenanceCollector,
  provenanceResponsePlugin,
  recordProvenance,
  type ProvenanceCollector,
} from './provenance';

/** Request context the gateway passes to each subgraph fetch. */
export interface GatewayContext {
  headers: Record<string, string>;
  provenance?: ProvenanceCollector;
}

/** Headers copied from the client request to every subgraph request. */
const FORWARDED_HEADERS = [
  'accept-language',
  'authorization',
  'x-request-id',
  'x-bench-id',
  PROVENANCE_HEADER,
];

/** The gateway, ready to serve, without a port: tests call `handle` directly. */
export interface GatewayApp {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  supergraph: Supergraph;
  stop: () => Promise<void>;
}

/**
 * Creates the gateway on the committed supergraph: `/graphql`, `/health`
 * with each subgraph's state, and the explorer at `/`.
 */
export async function createGatewayApp(
  config: GatewayConfig,
  logger: Logger,
): Promise<GatewayApp> {
  const supergraph = readSupergraph(config.supergraphPath, config.subgraphUrls);
  const timeoutMs = config.subgraphTimeoutMs;
  // The gateway's own default HTTP client (make-fetch-happen over keep-alive
  // sockets), with a per-request timeout that @apollo/gateway lacks.
  const subgraphFetch = makeFetchHappen.defaults({
    maxSockets: Infinity,
    retry: false,
    timeout: timeoutMs,
  });
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.sdl,
    buildService: ({ name, url }) =>
      new ForwardingDataSource({
        url: supergraph.urls[name] ?? url,
        fetcher: (async (input: string, init: object) => {
          try {
            return await subgraphFetch(input, init);
          } catch (error) {
            throw subgraphUnavailable(name, timeoutMs, error as Error);
          }
        }) as never,
      }),
    logger: logger.child({ component: 'gateway' }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitsPlugin(config.maxDepth, config.maxCost),
      cacheablePlugin(),
      provenanceResponsePlugin(),
    ],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const assets = loadExplorerAssets();
  const page = explorerPage();
  const corsHeaders = {
    'access-control-allow-origin': config.corsOrigin,
    'access-control-allow-headers':
      'content-type, accept-language, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-max-age': '86400',
  };

  const cache =
    config.responseCacheTtlSeconds > 0
      ? new ResponseCache(
          config.responseCacheTtlSeconds,
          config.responseCacheMaxMb * 1024 * 1024,
        )
      : undefined;
  const context = (req: IncomingMessage) => async () => {
    const headers = forwardedHeaders(req);
    return { headers, provenance: createProvenanceCollector(headers) };
  };

  // Anonymous POSTed queries are served from the cache when an identical
  // request (same body and language) succeeded within the TTL.
  const serveGraphQL = async (req: IncomingMessage, res: ServerResponse) => {
    if (!cache || req.method !== 'POST' || req.headers.authorization) {
      await handleGraphQL(apollo, req, res, context(req));
      return;
    }
    const body = await readBody(req);
    if (body === undefined) {
      rejectTooLarge(res);
      return;
    }
    const variant = `${req.headers['accept-language'] ?? ''}|${req.headers[PROVENANCE_HEADER] ? 'p' : ''}`;
    const key = ResponseCache.key(variant, body);
    const hit = cache.get(key);
    if (hit) {
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader('x-cache', 'HIT');
      res.end(hit.body);
      return;
    }
    res.setHeader('x-cache', 'MISS');
    const response = await handleGraphQL(apollo, req, res, context(req), {
      body,
      hiddenHeaders: [CACHEABLE_HEADER],
    });
    const cacheable = response?.headers.some(
      ([name]) => name === CACHEABLE_HEADER,
    );
    if (response && response.status === 200 && cacheable) {
      cache.set(
        key,
        response.body,
        response.headers.filter(([name]) => name !== CACHEABLE_HEADER),
      );
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, corsHeaders);
        res.end();
      } else if (path === '/graphql') {
        for (const [key, value] of Object.entries(corsHeaders))
          res.setHeader(key, value);
        await serveGraphQL(req, res);
      } else if (path === '/health') {
        const subgraphs = await probeSubgraphs(supergraph.subgraphs, 2000);
        const upCount = subgraphs.filter((s) => s.status === 'up').length;
        const status =
          upCount === subgraphs.length
            ? 'ok'
            : upCount === 0
              ? 'down'
              : 'degraded';
        sendJson(
          res,
          status === 'ok' ? 200 : 503,
          { status, subgraphs },
          corsHeaders,
        );
      } else if (path === '/' || path === '/explorer') {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
        });
        res.end(page);
      } else if (
        path.startsWith('/explorer/') &&
        assets.has(path.slice('/explorer/'.length))
      ) {
        const asset = assets.get(path.slice('/explorer/'.length))!;
        res.writeHead(200, {
          'content-type': asset.type,
          'cache-control': 'public, max-age=86400',
        });
        res.end(asset.body);
      } else {
        sendJson(res, 404, {
          error: `No route for ${path}: the API is at /graphql, the explorer at /, health at /health.`,
        });
      }
    } catch (error) {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error.' });
      else res.end();
    }
  };
  return { handle, supergraph, stop: () => apollo.stop() };
}

class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<
    RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}
  >[0]) {
    const headers = (context as Partial<GatewayContext> | undefined)?.headers;
    if (!headers || !request.http) return;
    for (const [key, value] of Object.entries(headers)) {
      request.http.headers.set(key, value);
    }
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<
    NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>
  >[0]) {
    recordProvenance(
      (context as Partial<GatewayContext>).provenance,
      response.extensions,
    );
    return response;
  }
}

function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  headers['x-request-id'] ??= randomUUID();
  return headers;
}

function subgraphUnavailable(
  name: string,
  timeoutMs: number,
  error: Error,
): Error {
  const timedOut = (error as { type?: string }).type === 'request-timeout';
  const reason = timedOut
    ? `did not answer within ${timeoutMs} ms`
    : `is unreachable (${(error as { code?: string }).code ?? error.message})`;
  return new Error(
    `The ${name} subgraph ${reason}: the fields it owns are null in this response, and fields of other subgraphs are unaffected. Try again later.`,
  );
}
