import { join } from 'node:path';
import type { LoadGenerator } from './load/client';
import { measureCell, preflight } from './measure';
import { startOurGateway, type RunningSubgraph } from './peers/launch';
import { prepareProfileFolder, topSelfTime } from './profile';
import { stopProcess } from './processes';
import type { ProfileResult } from './report/model';
import { workloadById } from './workloads';

/**
 * Starts another instance of our gateway under `node --cpu-prof`, warms it
 * up and runs one cell of `workloadId` against it, stops it so Node writes
 * the profile, and returns the functions with the most self time in the
 * measured cell. Samples from start-up and warm-up are left out.
 */
export async function profileOurGateway(
  rootDir: string,
  workFolder: string,
  subgraphs: RunningSubgraph[],
  load: LoadGenerator,
  peer: 'ours' | 'ours-uncached',
  workloadId: string,
  seconds: number,
  warmupSeconds: number,
  connections: number,
): Promise<ProfileResult> {
  const folder = join(workFolder, 'profile');
  prepareProfileFolder(folder);
  const gateway = await startOurGateway(rootDir, subgraphs, {
    name: peer,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${folder}`],
    extraEnv:
      peer === 'ours-uncached' ? { RESPONSE_CACHE_TTL_SECONDS: '0' } : {},
  });
  const spawnedAt = Date.now();
  try {
    const failure = await preflight(
      gateway.url,
      workloadById(workloadId).body(0),
    );
    if (failure)
      throw new Error(
        `The profiled gateway cannot serve ${workloadId}: ${failure}`,
      );
    const target = {
      id: `profile-${workloadId}`,
      workloadId,
      peer,
      url: gateway.url,
      gatewayPid: gateway.process.pid,
    };
    await measureCell(load, target, subgraphs, warmupSeconds, connections);
    const skipMs = Date.now() - spawnedAt;
    const sample = await measureCell(
      load,
      target,
      subgraphs,
      seconds,
      connections,
    );
    await stopProcess(gateway.process, 15_000);
    const { top, packages } = topSelfTime(folder, rootDir, skipMs * 1000);
    return {
      cellId: `${workloadId}/${peer}`,
      requestsPerSecond: sample.requestsPerSecond,
      top,
      packages,
    };
  } finally {
    await stopProcess(gateway.process);
  }
}
