import type { CellTarget } from './measure';
import type { Platform } from './platform';
import { WORKLOADS, supergraphSchema, unsupportedReason } from './workloads';
import { readFileSync } from 'node:fs';

/** Cells to run and the workloads left out, with the reason. */
export interface CellPlan {
  targets: CellTarget[];
  /** Cells known to be unservable before any request, such as workloads the supergraph lacks. */
  presetSkips: Map<string, string>;
  skippedWorkloads: { id: string; title: string; reason: string }[];
}

/**
 * Lists the cells: every workload against the direct subgraph (when one
 * subgraph owns all its fields) and every gateway peer (or the peers the
 * workload names), plus one
 * fixed-JSON ceiling cell. Workloads whose fields the supergraph lacks are
 * kept as skipped cells, so the table shows why.
 */
export function planCells(platform: Platform): CellPlan {
  const schema = supergraphSchema(
    readFileSync(platform.supergraphPath, 'utf8'),
  );
  const targets: CellTarget[] = [];
  const presetSkips = new Map<string, string>();
  const skippedWorkloads: CellPlan['skippedWorkloads'] = [];

  for (const workload of WORKLOADS) {
    const reason = unsupportedReason(schema, workload);
    if (reason)
      skippedWorkloads.push({
        id: workload.id,
        title: workload.title,
        reason: `the supergraph lacks fields: ${reason}`,
      });
    const owner =
      workload.owner && !workload.peers
        ? platform.subgraphs.find((s) => s.name === workload.owner)
        : undefined;
    if (owner) {
      targets.push({
        id: `${workload.id}/direct`,
        workloadId: workload.id,
        peer: 'direct',
        url: owner.url,
      });
    }
    const gateways = platform.peers.filter(
      (p) =>
        p.name !== 'ceiling' && (workload.peers ?? [p.name]).includes(p.name),
    );
    for (const peer of gateways) {
      const name = peer.name;
      targets.push({
        id: `${workload.id}/${name}`,
        workloadId: workload.id,
        peer: name,
        url: peer.url,
        gatewayPid: peer.process.pid,
      });
    }
    if (reason) {
      for (const target of targets.filter(
        (t) => t.workloadId === workload.id,
      )) {
        presetSkips.set(target.id, 'the supergraph lacks its fields');
      }
    }
  }
  const ceiling = platform.peers.find((p) => p.name === 'ceiling')!;
  targets.push({
    id: 'ceiling/ceiling',
    workloadId: 'ceiling',
    bodyWorkloadId: 'single',
    peer: 'ceiling',
    url: ceiling.url,
    gatewayPid: ceiling.process.pid,
  });
  return { targets, presetSkips, skippedWorkloads };
}
