import type { LatencySummary } from './histogram';

/** One cell the harness sends to the load generator to run. */
export interface LoadRequest {
  /** Cell id, echoed in the reply and used as the `x-bench-id` prefix. */
  cellId: string;
  url: string;
  workloadId: string;
  seconds: number;
  connections: number;
}

/** Measurements of one cell by the load generator. */
export interface LoadReply {
  cellId: string;
  /** Requests that returned status 200 and no `errors` in the body. */
  ok: number;
  /** Requests that failed: a network error, a non-200 status or a GraphQL error. */
  failed: number;
  /** First failure, for the log. */
  firstFailure?: string;
  /** Measured wall time in seconds. */
  elapsedSeconds: number;
  latency: LatencySummary;
  /** Responses with the header `x-cache: HIT`. */
  cacheHits: number;
  /** Sum of the `x-sql-queries` response headers; only subgraphs send it. */
  sqlQueriesFromHeaders: number;
}
