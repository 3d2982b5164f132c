import { Agent, request } from 'node:http';
import { workloadById } from '../workloads';
import { LatencyHistogram } from './histogram';
import type { LoadReply, LoadRequest } from './protocol';

/** Largest response body kept for the first-failure message, in characters. */
const FAILURE_TEXT = 300;

/**
 * Numbers every request of the whole run, so documents with inlined literals
 * never repeat between cells and each `x-bench-id` is unique.
 */
let sequence = 0;

/**
 * Runs one cell: `connections` keep-alive connections, each sending the next
 * request as soon as the previous response ends, for `seconds`. Every
 * request carries a unique `x-bench-id` header.
 */
async function runCell(cell: LoadRequest): Promise<LoadReply> {
  const workload = workloadById(cell.workloadId);
  const target = new URL(cell.url);
  const agent = new Agent({ keepAlive: true, maxSockets: cell.connections });
  const histogram = new LatencyHistogram();
  let ok = 0;
  let failed = 0;
  let sqlQueriesFromHeaders = 0;
  let cacheHits = 0;
  let firstFailure: string | undefined;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + cell.seconds * 1000;

  const send = (body: string, benchId: string) =>
    new Promise<{ status: number; text: string; sql: number; hit: boolean }>(
      (resolve, reject) => {
        const req = request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              'x-bench-id': benchId,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                text: Buffer.concat(chunks).toString('utf8'),
                sql: Number(res.headers['x-sql-queries'] ?? 0),
                hit: res.headers['x-cache'] === 'HIT',
              }),
            );
            res.on('error', reject);
          },
        );
        req.setTimeout(30_000, () =>
          req.destroy(new Error('timed out after 30 s')),
        );
        req.on('error', reject);
        req.end(body);
      },
    );

  const loop = async () => {
    while (Date.now() < deadline) {
      const n = sequence++;
      const body = workload.body(n);
      const begin = process.hrtime.bigint();
      try {
        const response = await send(body, `${cell.cellId}-${n}`);
        histogram.record(Number(process.hrtime.bigint() - begin) / 1000);
        if (response.status === 200 && !response.text.includes('"errors"')) {
          ok++;
          sqlQueriesFromHeaders += response.sql;
          if (response.hit) cacheHits++;
        } else {
          failed++;
          firstFailure ??= `status ${response.status}: ${response.text.slice(0, FAILURE_TEXT)}`;
        }
      } catch (error) {
        failed++;
        firstFailure ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: cell.connections }, loop));
  agent.destroy();
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    cellId: cell.cellId,
    ok,
    failed,
    firstFailure,
    elapsedSeconds,
    latency: histogram.summary(),
    cacheHits,
    sqlQueriesFromHeaders,
  };
}

process.on('message', (cell: LoadRequest) => {
  void runCell(cell).then(
    (reply) => process.send?.(reply),
    (error: Error) =>
      process.send?.({ cellId: cell.cellId, error: error.message }),
  );
});
process.on('disconnect', () => process.exit(0));
