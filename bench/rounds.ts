import type { LoadGenerator } from './load/client';
import {
  measureCell,
  preflight,
  type CellSample,
  type CellTarget,
} from './measure';
import type { RunningSubgraph } from './peers/launch';
import { median, spread, type Spread } from './stats';
import { workloadById } from './workloads';

/** One cell over all rounds: medians with spread, or why it was skipped. */
export interface CellResult {
  id: string;
  workloadId: string;
  peer: string;
  skipped?: string;
  samples: CellSample[];
  requestsPerSecond: Spread;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  sqlPerRequest: number;
  /** Share of responses served from the gateway's response cache, from 0 to 1. */
  cacheHitShare: number;
  /** Highest VmHWM of the gateway process over the rounds, in MiB. */
  gatewayPeakMiB: number;
  failed: number;
}

/** How long and how hard to drive each cell. */
export interface RoundPlan {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
}

/**
 * Checks each cell not in `presetSkips` with one request, warms every servable cell up, then
 * runs all of them once per round. Each round starts one cell later in the
 * list, so no peer always runs first or last.
 */
export async function runRounds(
  load: LoadGenerator,
  targets: CellTarget[],
  subgraphs: RunningSubgraph[],
  plan: RoundPlan,
  log: (line: string) => void,
  presetSkips: Map<string, string> = new Map(),
): Promise<CellResult[]> {
  const skipped = new Map(presetSkips);
  for (const target of targets) {
    if (skipped.has(target.id)) continue;
    const reason = await preflight(
      target.url,
      workloadById(target.bodyWorkloadId ?? target.workloadId).body(0),
    );
    if (reason) {
      skipped.set(target.id, reason);
      log(`skip ${target.id}: ${reason}`);
    }
  }
  const active = targets.filter((t) => !skipped.has(t.id));
  for (const target of active) {
    log(`warm up ${target.id} for ${plan.warmupSeconds} s`);
    await measureCell(
      load,
      target,
      subgraphs,
      plan.warmupSeconds,
      plan.connections,
    );
  }

  const samples = new Map<string, CellSample[]>(active.map((t) => [t.id, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (let i = 0; i < active.length; i++) {
      const target = active[(i + round) % active.length];
      const sample = await measureCell(
        load,
        target,
        subgraphs,
        plan.seconds,
        plan.connections,
      );
      samples.get(target.id)!.push(sample);
      log(
        `round ${round + 1}/${plan.rounds} ${target.id}: ${sample.requestsPerSecond.toFixed(0)} req/s, ` +
          `p99 ${sample.latency.p99Ms.toFixed(1)} ms${sample.failed ? `, ${sample.failed} failed: ${sample.firstFailure}` : ''}`,
      );
    }
  }
  return targets.map((target) =>
    summarise(target, samples.get(target.id) ?? [], skipped.get(target.id)),
  );
}

function summarise(
  target: CellTarget,
  samples: CellSample[],
  skipped: string | undefined,
): CellResult {
  const pick = (read: (s: CellSample) => number) => median(samples.map(read));
  return {
    id: target.id,
    workloadId: target.workloadId,
    peer: target.peer,
    skipped,
    samples,
    requestsPerSecond: spread(samples.map((s) => s.requestsPerSecond)),
    p50Ms: pick((s) => s.latency.p50Ms),
    p95Ms: pick((s) => s.latency.p95Ms),
    p99Ms: pick((s) => s.latency.p99Ms),
    gatewayCpuMs: pick((s) => s.gatewayCpuMs),
    subgraphCpuMs: pick((s) => s.subgraphCpuMs),
    sqlPerRequest: pick((s) => s.sqlPerRequest),
    cacheHitShare: pick((s) => s.cacheHitShare),
    gatewayPeakMiB: maxOf(samples.map((s) => s.gatewayPeakMiB)),
    failed: samples.reduce((total, s) => total + s.failed, 0),
  };
}

function maxOf(values: number[]): number {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length ? Math.max(...known) : NaN;
}
