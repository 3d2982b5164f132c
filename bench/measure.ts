import type { LoadGenerator } from './load/client';
import type { LatencySummary } from './load/histogram';
import type { RunningSubgraph } from './peers/launch';
import { cpuSeconds, peakMemoryMiB, resetPeakMemory } from './proc-stats';

/** Target of one cell: the URL that receives its load and the processes it charges. */
export interface CellTarget {
  /** Unique id, such as `single/ours`. */
  id: string;
  /** Workload the row belongs to in the results; `ceiling` for the fixed-JSON peer. */
  workloadId: string;
  /** Workload whose requests are sent, when it differs from `workloadId`. */
  bodyWorkloadId?: string;
  peer: string;
  url: string;
  /** The gateway or fixed-JSON process; absent for the direct peer. */
  gatewayPid?: number;
}

/** Measurements of one run of one cell. */
export interface CellSample {
  requestsPerSecond: number;
  latency: LatencySummary;
  failed: number;
  firstFailure?: string;
  /** CPU milliseconds per request of the gateway process. */
  gatewayCpuMs: number;
  /** CPU milliseconds per request of all subgraph processes together. */
  subgraphCpuMs: number;
  /** SQL statements per request, from the subgraphs' `/metrics` counters. */
  sqlPerRequest: number;
  /** Share of responses with `x-cache: HIT`, from 0 to 1. */
  cacheHitShare: number;
  /** VmHWM of the gateway process during the cell (since start where it cannot be reset), in MiB. */
  gatewayPeakMiB: number;
}

/** Runs one cell once and reads CPU, memory and SQL counters around it. */
export async function measureCell(
  load: LoadGenerator,
  target: CellTarget,
  subgraphs: RunningSubgraph[],
  seconds: number,
  connections: number,
): Promise<CellSample> {
  if (target.gatewayPid !== undefined) resetPeakMemory(target.gatewayPid);
  const gatewayBefore =
    target.gatewayPid === undefined ? 0 : cpuSeconds(target.gatewayPid);
  const subgraphBefore = sum(subgraphs.map((s) => cpuSeconds(s.process.pid)));
  const sqlBefore = await sqlQueryTotal(subgraphs);

  const reply = await load.run({
    cellId: target.id.replace(/[^a-z0-9-]/gi, '-'),
    url: target.url,
    workloadId: target.bodyWorkloadId ?? target.workloadId,
    seconds,
    connections,
  });

  const sqlAfter = await sqlQueryTotal(subgraphs);
  const subgraphAfter = sum(subgraphs.map((s) => cpuSeconds(s.process.pid)));
  const gatewayAfter =
    target.gatewayPid === undefined ? 0 : cpuSeconds(target.gatewayPid);
  const requests = reply.ok + reply.failed;
  const perRequest = (value: number) => (requests > 0 ? value / requests : NaN);
  return {
    requestsPerSecond: reply.ok / reply.elapsedSeconds,
    latency: reply.latency,
    failed: reply.failed,
    firstFailure: reply.firstFailure,
    cacheHitShare: requests > 0 ? reply.cacheHits / requests : NaN,
    gatewayCpuMs:
      target.gatewayPid === undefined
        ? NaN
        : perRequest((gatewayAfter - gatewayBefore) * 1000),
    subgraphCpuMs: perRequest((subgraphAfter - subgraphBefore) * 1000),
    sqlPerRequest: perRequest(sqlAfter - sqlBefore),
    gatewayPeakMiB:
      target.gatewayPid === undefined ? NaN : peakMemoryMiB(target.gatewayPid),
  };
}

/** Sums `subgraph_sql_queries_total` over every subgraph's `/metrics`. */
export async function sqlQueryTotal(
  subgraphs: RunningSubgraph[],
): Promise<number> {
  const totals = await Promise.all(
    subgraphs.map(async (subgraph) => {
      const response = await fetch(subgraph.metricsUrl, {
        signal: AbortSignal.timeout(5000),
      });
      const text = await response.text();
      const match = /^subgraph_sql_queries_total\{[^}]*\} (\d+)/m.exec(text);
      if (!match) {
        throw new Error(
          `${subgraph.metricsUrl} has no subgraph_sql_queries_total line: check the subgraph's /metrics.`,
        );
      }
      return Number(match[1]);
    }),
  );
  return sum(totals);
}

/**
 * Sends one request of the workload and returns why the target cannot serve
 * it (status or GraphQL errors), or undefined when the response is clean.
 */
export async function preflight(
  url: string,
  body: string,
): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-bench-id': 'preflight',
      },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200)
      return `status ${response.status}: ${text.slice(0, 300)}`;
    const parsed = JSON.parse(text) as { errors?: { message: string }[] };
    if (parsed.errors?.length)
      return `GraphQL errors: ${parsed.errors
        .map((e) => e.message)
        .join(' ')
        .slice(0, 300)}`;
    return undefined;
  } catch (error) {
    return `request failed: ${(error as Error).message}`;
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
