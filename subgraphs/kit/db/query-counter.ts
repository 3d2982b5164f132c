import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface QueryCount {
  queries: number;
}

const storage = new AsyncLocalStorage<QueryCount>();
let processTotal = 0;

/** Runs `fn` with a fresh SQL query counter; `currentQueryCount` reads it inside. */
export function countQueries<T>(fn: () => T): T {
  return storage.run({ queries: 0 }, fn);
}

/** Number of SQL statements sent so far in the current `countQueries` scope. */
export function currentQueryCount(): number {
  return storage.getStore()?.queries ?? 0;
}

/** Number of SQL statements this process has sent since it started. */
export function totalQueryCount(): number {
  return processTotal;
}

/**
 * TypeORM logger that counts every statement, so tests and metrics can show
 * how many queries one request costs. Slow queries and errors go to pino.
 */
export class CountingLogger implements TypeOrmLogger {
  constructor(
    private readonly sink: {
      warn(obj: object, msg: string): void;
      error(obj: object, msg: string): void;
      debug(obj: object, msg: string): void;
    },
  ) {}

  logQuery(query: string): void {
    processTotal++;
    const store = storage.getStore();
    if (store) store.queries++;
    this.sink.debug({ query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.sink.error({ err: error, query }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.sink.warn({ ms: time, query }, 'slow sql');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.sink.debug({ migration: message }, 'migration');
  }

  log(): void {}
}
