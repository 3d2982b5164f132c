import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * Starts the stock Apollo peer: `@apollo/gateway` under `@apollo/server`'s standalone
 * server with no plugins and no header forwarding, on the supergraph file at
 * `BENCH_SUPERGRAPH` (subgraph URLs already rewritten to the running ports).
 * Listens on 127.0.0.1:`PORT`, path `/graphql`.
 */
async function main(): Promise<void> {
  const supergraphSdl = readFileSync(requireEnv('BENCH_SUPERGRAPH'), 'utf8');
  const server = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl }),
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(requireEnv('PORT')), host: '127.0.0.1' },
  });
  process.stderr.write(`stock-apollo: listening on ${url}\n`);
  process.on('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the harness sets it.`);
  return value;
}

main().catch((error: Error) => {
  process.stderr.write(`stock-apollo: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
