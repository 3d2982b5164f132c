import 'reflect-metadata';
import { printSubgraphSdl } from '../subgraphs/kit/graphql/federation';
import { subgraphByName } from './ministries';

/**
 * Prints one subgraph's SDL to stdout. The compose command runs it once per
 * subgraph, each in its own process, because type-graphql's metadata is
 * global to a process.
 */
async function main(name: string): Promise<void> {
  const entry = subgraphByName(name);
  if (!entry.buildSchema) {
    throw new Error(
      `Subgraph "${name}" has no buildSchema in scripts/ministries.ts: add one so its SDL can be printed.`,
    );
  }
  process.stdout.write(printSubgraphSdl(await entry.buildSchema()));
}

main(process.argv[2] ?? '').catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
