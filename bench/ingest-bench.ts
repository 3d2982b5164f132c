import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { bulkInsert } from '../subgraphs/kit/ingest/bulk';
import { openDataSource } from '../subgraphs/kit/db/data-source';
import { createLogger } from '../subgraphs/kit/logger';
import { healthMigrations } from '../subgraphs/health/migrations';
import { FACILITY_COLUMNS, generateFacilityRows } from './ingest-rows';
import { spread, type Spread } from './stats';

/** Rows per second of both writers for one row count. */
export interface IngestResult {
  rows: number;
  bulkInsert: Spread;
  copy: Spread;
  /** Median of bulkInsert rows/s ÷ median of COPY rows/s. */
  ratio: number;
}

const TABLE = 'health_facility';

/**
 * Times `bulkInsert` inside a TypeORM transaction against a raw
 * `COPY … FROM STDIN` through pg-copy-streams, on the same table (created by
 * the health migrations) and the same generated rows, alternating which
 * writer goes first each round. The table is truncated before every write.
 */
export async function benchIngestion(
  databaseUrl: string,
  sizes: number[],
  rounds: number,
  log: (line: string) => void,
): Promise<IngestResult[]> {
  const logger = createLogger('bench-ingest', 'warn');
  const dataSource = await openDataSource({
    name: 'health',
    databaseUrl,
    dataFolder: '',
    entities: [],
    migrations: healthMigrations,
    logger,
  });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const results: IngestResult[] = [];
  try {
    for (const size of sizes) {
      const rows = generateFacilityRows(size);
      const bulkRates: number[] = [];
      const copyRates: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const writer of round % 2 ? ['copy', 'bulk'] : ['bulk', 'copy']) {
          await client.query(`TRUNCATE ${TABLE}`);
          const started = process.hrtime.bigint();
          if (writer === 'bulk') {
            await dataSource.transaction((manager) =>
              bulkInsert(manager, TABLE, FACILITY_COLUMNS, rows),
            );
          } else {
            await rawCopy(client, rows);
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const written = await client.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${TABLE}`,
          );
          if (Number(written.rows[0].n) !== size) {
            throw new Error(
              `${writer} wrote ${written.rows[0].n} rows instead of ${size} into ${TABLE}.`,
            );
          }
          (writer === 'bulk' ? bulkRates : copyRates).push(size / seconds);
          log(
            `ingest ${size} rows, round ${round + 1}/${rounds}, ${writer}: ${(size / seconds).toFixed(0)} rows/s`,
          );
        }
      }
      const bulk = spread(bulkRates);
      const copy = spread(copyRates);
      results.push({
        rows: size,
        bulkInsert: bulk,
        copy,
        ratio: bulk.median / copy.median,
      });
    }
  } finally {
    await client.end();
    await dataSource.destroy();
  }
  return results;
}

async function rawCopy(client: Client, rows: unknown[][]): Promise<void> {
  const sql = `COPY ${TABLE} (${FACILITY_COLUMNS.join(', ')}) FROM STDIN`;
  const sink = client.query(copyFrom(sql));
  const source = Readable.from(
    (function* () {
      let chunk = '';
      for (const row of rows) {
        chunk += row.map(encode).join('\t') + '\n';
        if (chunk.length > 65536) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    })(),
  );
  await pipeline(source, sink);
}

/** COPY text-format escapes of the characters that would end a field or a row. */
const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

function encode(value: unknown): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    return value.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch]);
  }
  return String(value);
}
