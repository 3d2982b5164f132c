import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { handleGraphQL, sendJson } from '../subgraphs/kit/http/graphql-handler';
import type { Logger } from '../subgraphs/kit/logger';
import type { GatewayConfig } from './config';
import { loadExplorerAssets } from './explorer/assets';
import { explorerPage } from './explorer/page';
import { depthLimitPlugin } from './limits';
import { probeSubgraphs } from './subgraph-health';
import { readSupergraph, type Supergraph } from './supergraph';

/** Request context the gateway passes to each subgraph fetch. */
export interface GatewayContext {
  headers: Record<string, string>;
}

/** Headers copied from the client request to every subgraph request. */
const FORWARDED_HEADERS = ['accept-language', 'authorization', 'x-request-id', 'x-bench-id'];

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
export async function createGatewayApp(config: GatewayConfig, logger: Logger): Promise<GatewayApp> {
  const supergraph = readSupergraph(config.supergraphPath, config.subgraphUrls);
  const timeoutMs = config.subgraphTimeoutMs;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.sdl,
    buildService: ({ name, url }) =>
      new ForwardingDataSource({
        url: supergraph.urls[name] ?? url,
        fetcher: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }) as never,
      }),
    logger: logger.child({ component: 'gateway' }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [ApolloServerPluginInlineTraceDisabled(), depthLimitPlugin(config.maxDepth)],
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

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, corsHeaders);
        res.end();
      } else if (path === '/graphql') {
        for (const [key, value] of Object.entries(corsHeaders)) res.setHeader(key, value);
        await handleGraphQL(apollo, req, res, async () => ({ headers: forwardedHeaders(req) }));
      } else if (path === '/health') {
        const subgraphs = await probeSubgraphs(supergraph.subgraphs, 2000);
        const up = subgraphs.every((s) => s.status === 'up');
        sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'degraded', subgraphs }, corsHeaders);
      } else if (path === '/' || path === '/explorer') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(page);
      } else if (path.startsWith('/explorer/') && assets.has(path.slice('/explorer/'.length))) {
        const asset = assets.get(path.slice('/explorer/'.length))!;
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
        res.end(asset.body);
      } else {
        sendJson(res, 404, { error: `No route for ${path}: the API is at /graphql, the explorer at /, health at /health.` });
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
  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    const headers = (context as Partial<GatewayContext> | undefined)?.headers;
    if (!headers || !request.http) return;
    for (const [key, value] of Object.entries(headers)) {
      request.http.headers.set(key, value);
    }
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
