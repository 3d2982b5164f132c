import { fork } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLogLevel } from '../subgraphs/kit/config';
import type { PublishedDataset } from '../subgraphs/kit/ingest/ministry';
import { createLogger } from '../subgraphs/kit/logger';
import type { WorkerReply, WorkerRequest } from './ingest-worker';
import { SUBGRAPHS, databaseVariable } from './ministries';

/** Settings of one ingestion run. */
export interface IngestionOptions {
  /** Folder of the source files. */
  dataDir: string;
  /** Parent folder of embedded databases, for ministries without a database URL. */
  dataFolder: string;
  /** Database URL per subgraph name; missing names use the embedded database. */
  databaseUrls: Record<string, string | undefined>;
  logLevel: string;
  /** Subgraph names to load; default all. The catalog always registers what was loaded. */
  only?: string[];
}

/**
 * Loads every ministry's datasets, one child process per ministry, then
 * registers the results in the catalog. Each dataset is one transaction, so
 * a failing file leaves that dataset as it was. Throws after all ministries
 * ran if any failed, naming them.
 */
export async function runIngestion(
  options: IngestionOptions,
): Promise<PublishedDataset[]> {
  const results: PublishedDataset[] = [];
  const failures: string[] = [];
  for (const entry of SUBGRAPHS) {
    if (entry.name === 'catalog') continue;
    if (options.only && !options.only.includes(entry.name)) continue;
    const reply = await runWorker(entry.name, options, undefined);
    if (reply.ok) results.push(...reply.published);
    else failures.push(`${entry.name}: ${reply.message}`);
  }
  if (SUBGRAPHS.some((s) => s.name === 'catalog')) {
    const reply = await runWorker('catalog', options, results);
    if (reply.ok) results.push(...reply.published);
    else failures.push(`catalog: ${reply.message}`);
  }
  if (failures.length > 0) {
    throw new Error(
      `Ingestion failed for ${failures.length} subgraph(s):\n${failures.join('\n')}`,
    );
  }
  return results;
}

/** Reads ingestion options from the command line and environment. */
export function readIngestionOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
): IngestionOptions {
  const args = parseArgs(argv);
  const dataDir = args['data-dir'] ?? env.DATA_DIR;
  const source = args['data-dir'] !== undefined ? '--data-dir' : 'DATA_DIR';
  if (!dataDir) {
    throw new Error(
      'No source folder: pass --data-dir FOLDER or set DATA_DIR to the folder of the source files.',
    );
  }
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new Error(
      `${source}="${dataDir}" is not a folder: point it at the folder holding the source files.`,
    );
  }
  const databaseUrls: Record<string, string | undefined> = {};
  for (const entry of SUBGRAPHS)
    databaseUrls[entry.name] = env[databaseVariable(entry.name)] || undefined;
  return {
    dataDir: resolve(dataDir),
    dataFolder: resolve(env.DATA_FOLDER || '.data'),
    databaseUrls,
    logLevel: readLogLevel(env.LOG_LEVEL),
    only: args.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function runWorker(
  name: string,
  options: IngestionOptions,
  published: PublishedDataset[] | undefined,
): Promise<WorkerReply> {
  const request: WorkerRequest = {
    name,
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrls[name],
    dataFolder: options.dataFolder,
    logLevel: options.logLevel,
    published,
  };
  return new Promise((resolvePromise) => {
    const child = fork(join(__dirname, 'ingest-worker.js'), [], {
      stdio: 'inherit',
    });
    let reply: WorkerReply | undefined;
    child.on('message', (message: WorkerReply) => (reply = message));
    child.on('exit', (code) =>
      resolvePromise(
        reply ?? {
          ok: false,
          message: `worker exited with code ${code} before replying`,
        },
      ),
    );
    child.send(request);
  });
}

function parseArgs(argv: string[]): Record<string, string> {
  const known = ['data-dir', 'only'];
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !known.includes(match[1])) {
      throw new Error(
        `Unknown argument "${argv[i]}": use --data-dir FOLDER and --only name,name.`,
      );
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') {
      throw new Error(
        `--${match[1]} needs a value, such as --${match[1]} ${match[1] === 'only' ? 'planning,health' : 'FOLDER'}.`,
      );
    }
    args[match[1]] = value;
  }
  return args;
}

if (require.main === module) {
  const logger = createLogger('ingest');
  try {
    const options = readIngestionOptions(process.argv.slice(2), process.env);
    runIngestion(options).then(
      (results) => {
        for (const { result: r } of results) {
          logger.info(
            { dataset: r.datasetId, rows: r.rowCount, unchanged: r.unchanged },
            'dataset ready',
          );
        }
      },
      (error: Error) => {
        logger.error(error.message);
        process.exitCode = 1;
      },
    );
  } catch (error) {
    logger.error((error as Error).message);
    process.exitCode = 2;
  }
}
