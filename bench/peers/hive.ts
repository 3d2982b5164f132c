import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';

/**
 * Starts the Hive Gateway peer: `createGatewayRuntime` from `@graphql-hive/gateway`
 * in its default mode on the supergraph file at `BENCH_SUPERGRAPH`, served
 * with node:http on 127.0.0.1:`PORT`, path `/graphql`. It passes
 * `x-bench-id` to the subgraphs: Hive deduplicates identical in-flight
 * subgraph requests, and the header keeps each benchmark request distinct,
 * as the other gateways see them.
 */
function main(): void {
  const supergraph = readFileSync(requireEnv('BENCH_SUPERGRAPH'), 'utf8');
  const gateway = createGatewayRuntime({
    supergraph,
    logging: 'error',
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        'x-bench-id': request.headers.get('x-bench-id'),
      }),
    },
  });
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  server.listen(Number(requireEnv('PORT')), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    void gateway.dispose();
  });
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the harness sets it.`);
  return value;
}

main();
