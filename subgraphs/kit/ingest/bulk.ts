import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { from as copyFrom } from 'pg-copy-streams';
import { progressReporter } from './progress';

/** A cell value that `bulkInsert` can write. Objects are stored as JSON. */
export type BulkValue = unknown;

/** COPY text-format escapes for the characters that would end a field or row. */
const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/** Maximum bind parameters in one PostgreSQL statement. */
const MAX_PARAMETERS = 65535;

/**
 * Writes rows into `table` inside the manager's transaction. On node-postgres
 * it streams them with `COPY … FROM STDIN`; on the embedded PGlite database,
 * which has no COPY stream, it sends multi-row INSERTs of up to 65,535
 * parameters each. Returns the number of rows written.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly BulkValue[]>,
): Promise<number> {
  const client = await pgClientOf(manager);
  if (client) return copyRows(client, table, columns, rows);
  return insertRows(manager, table, columns, rows);
}

type PgClient = {
  query: (stream: ReturnType<typeof copyFrom>) => NodeJS.WritableStream & {
    rowCount: number;
  };
};

async function pgClientOf(
  manager: EntityManager,
): Promise<PgClient | undefined> {
  const runner = manager.queryRunner;
  if (!runner || (manager.connection.options as { driver?: unknown }).driver) {
    return undefined;
  }
  return (await runner.connect()) as PgClient;
}

async function copyRows(
  client: PgClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly BulkValue[]>,
): Promise<number> {
  const sql = `COPY ${table} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN`;
  const sink = client.query(copyFrom(sql));
  const report = progressReporter({ table });
  let count = 0;
  const lines = Readable.from(
    (function* () {
      let chunk = '';
      for (const row of rows) {
        chunk += row.map(copyText).join('\t') + '\n';
        count++;
        report(count);
        if (chunk.length > 65536) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    })(),
  );
  await pipeline(lines, sink);
  return count;
}

async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly BulkValue[]>,
): Promise<number> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const head = `INSERT INTO ${table} (${columns.map(quoteIdentifier).join(', ')}) VALUES `;
  const report = progressReporter({ table });
  let batch: BulkValue[][] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const marks = row.map((value) => {
        params.push(sqlParameter(value));
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await manager.query(head + tuples.join(', '), params);
    count += batch.length;
    report(count);
    batch = [];
  };
  for (const row of rows) {
    batch.push([...row]);
    if (batch.length >= perStatement) await flush();
  }
  await flush();
  return count;
}

function sqlParameter(value: BulkValue): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** Encodes one value in COPY text format: `\N` for null, backslash escapes. */
export function copyText(value: BulkValue): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch]);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
