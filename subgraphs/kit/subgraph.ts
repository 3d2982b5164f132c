import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SubgraphContext } from './graphql/context';
import { negotiateLanguage } from './graphql/language';
import {
  countQueries,
  currentQueryCount,
  totalQueryCount,
} from './db/query-counter';
import { handleGraphQL, sendJson } from './http/graphql-handler';
import type { Logger } from './logger';
import { authenticateMinistry, type MinistryTokens } from './auth';
import type { DatasetDescription } from './catalog/dataset-description';
import { provenancePlugin } from './provenance';

/** Options of `createSubgraphApp`: a built schema and a database. */
export interface SubgraphAppOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  /** Creates this request's DataLoaders. */
  createLoaders: (dataSource: DataSource) => Loaders;
  /** Datasets this subgraph serves, reported as provenance on request. */
  datasets?: DatasetDescription[];
  /** Bearer tokens that identify ministries for writes; empty means no writes. */
  tokens?: MinistryTokens;
}

/** A subgraph ready to serve, without a port: tests call `handle` directly. */
export interface SubgraphApp {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Creates a subgraph's HTTP handler: `POST|GET /graphql` for the gateway,
 * `GET /health` with a database probe, `GET /metrics` in Prometheus text.
 * Each GraphQL response carries `x-sql-queries`, the number of SQL
 * statements it cost.
 */
export async function createSubgraphApp<Loaders>(
  options: SubgraphAppOptions<Loaders>,
): Promise<SubgraphApp> {
  const { logger, dataSource } = options;
  const started = Date.now();
  let requests = 0;
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      sqlCountPlugin(),
      errorLogPlugin(logger),
      provenancePlugin(options.name, options.datasets ?? [], dataSource),
    ],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/graphql') {
        requests++;
        await countQueries(() =>
          handleGraphQL(apollo, req, res, async () =>
            buildContext(req, options),
          ),
        );
      } else if (path === '/health') {
        await sendHealth(res, options.name, dataSource, started);
      } else if (path === '/metrics') {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
        res.end(metricsText(options.name, requests, started));
      } else {
        sendJson(res, 404, {
          error: `No route for ${path}: use /graphql, /health or /metrics.`,
        });
      }
    } catch (error) {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error.' });
      else res.end();
    }
  };
  return { handle, stop: () => apollo.stop() };
}

function buildContext<Loaders>(
  req: IncomingMessage,
  options: SubgraphAppOptions<Loaders>,
): SubgraphContext<Loaders> {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const ministryId = authenticateMinistry(
    header('authorization'),
    options.tokens,
  );
  return {
    language: negotiateLanguage(header('accept-language')),
    requestId: header('x-request-id') ?? randomUUID(),
    loaders: options.createLoaders(options.dataSource),
    ministryId,
    credentialRejected: header('authorization') !== undefined && !ministryId,
    dataSource: options.dataSource,
  };
}

async function sendHealth(
  res: ServerResponse,
  name: string,
  dataSource: DataSource,
  started: number,
): Promise<void> {
  const uptimeSeconds = Math.round((Date.now() - started) / 1000);
  try {
    await dataSource.query('SELECT 1');
    sendJson(res, 200, {
      status: 'ok',
      subgraph: name,
      database: 'up',
      uptimeSeconds,
    });
  } catch (error) {
    sendJson(res, 503, {
      status: 'down',
      subgraph: name,
      database: 'down',
      error: (error as Error).message,
    });
  }
}

function metricsText(name: string, requests: number, started: number): string {
  const labels = `{subgraph="${name}"}`;
  return [
    '# HELP subgraph_requests_total GraphQL requests received.',
    '# TYPE subgraph_requests_total counter',
    `subgraph_requests_total${labels} ${requests}`,
    '# HELP subgraph_sql_queries_total SQL statements sent.',
    '# TYPE subgraph_sql_queries_total counter',
    `subgraph_sql_queries_total${labels} ${totalQueryCount()}`,
    '# HELP subgraph_uptime_seconds Seconds since the process started serving.',
    '# TYPE subgraph_uptime_seconds gauge',
    `subgraph_uptime_seconds${labels} ${Math.round((Date.now() - started) / 1000)}`,
    '',
  ].join('\n');
}

function sqlCountPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set(
            'x-sql-queries',
            String(currentQueryCount()),
          );
        },
      };
    },
  };
}

function errorLogPlugin<T extends object>(
  logger: Logger,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
              logger.error(
                { err: error.originalError ?? error, operationName },
                'resolver failed',
              );
            }
          }
        },
      };
    },
  };
}
