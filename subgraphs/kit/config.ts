import { resolve } from 'node:path';

/** Settings of one subgraph process, read once at boot and frozen. */
export interface SubgraphConfig {
  /** Subgraph name, such as `planning`; names its embedded database folder. */
  name: string;
  /** TCP port; `<NAME>_PORT` or `PORT`. 0 picks a free port. */
  port: number;
  /** Interface to listen on; `HOST`, default `127.0.0.1`. */
  host: string;
  /** PostgreSQL URL; `DATABASE_URL`. Unset means an embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Folder of embedded databases; `DATA_FOLDER`, default `.data`. */
  dataFolder: string;
  /** pino level; `LOG_LEVEL`, default `info`. */
  logLevel: string;
}

const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

/**
 * Reads a subgraph's settings from the environment and validates them.
 * Throws an Error that names the variable, its value and what is expected.
 */
export function readSubgraphConfig(
  name: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<SubgraphConfig> {
  const portVariable = `${name.toUpperCase()}_PORT`;
  const portName = env[portVariable] !== undefined ? portVariable : 'PORT';
  return Object.freeze({
    name,
    port: readPort(portName, env[portName], defaultPort),
    host: env.HOST || '127.0.0.1',
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    dataFolder: resolve(env.DATA_FOLDER || '.data'),
    logLevel: readLogLevel(env.LOG_LEVEL),
  });
}

/** Parses a port variable; throws with the variable's name when it is not 0 to 65535. */
export function readPort(
  variable: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `${variable}="${value}" is not a valid port: set it to an integer from 0 to 65535.`,
    );
  }
  return port;
}

/** Validates `LOG_LEVEL`; throws when it is not a pino level. */
export function readLogLevel(value: string | undefined): string {
  if (!value) return 'info';
  if (!LOG_LEVELS.includes(value)) {
    throw new Error(
      `LOG_LEVEL="${value}" is not a log level: use one of ${LOG_LEVELS.join(', ')}.`,
    );
  }
  return value;
}

function readDatabaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new Error(
      `DATABASE_URL="${redactPassword(value)}" is not a PostgreSQL URL: use postgres://user@host:port/database, or unset it for the embedded database.`,
    );
  }
  return value;
}

/** Replaces the password of a database URL with `***` for messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
