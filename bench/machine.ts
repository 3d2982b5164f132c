import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { HAS_TASKSET } from './processes';

/** The hardware and software a run measured on. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  pinning: string;
}

/** Reads `/proc/cpuinfo`, `nproc` and `/proc/meminfo`; `postgres` is the server's version string. */
export function readMachine(postgresVersion: string): MachineInfo {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model =
    /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ??
    'unknown (no model name in /proc/cpuinfo)';
  let cores = NaN;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    cores = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  }
  const memKb = Number(
    /^MemTotal:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ??
      NaN,
  );
  return {
    cpuModel: model.trim(),
    cores,
    memoryGiB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    node: process.version,
    postgres: postgresVersion,
    pinning: HAS_TASKSET
      ? 'taskset: servers on core 0, load generator on core 1; PostgreSQL and the harness are not pinned'
      : 'taskset not found: no process is pinned, servers and load generator share the cores',
  };
}
