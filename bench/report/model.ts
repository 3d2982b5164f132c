import type { IngestResult } from '../ingest-bench';
import type { MachineInfo } from '../machine';
import type { PackageShare, ProfileEntry } from '../profile';
import type { CellResult } from '../rounds';
import type { BenchSettings } from '../settings';

/** A performance target and whether the run met it. */
export interface TargetResult {
  name: string;
  goal: string;
  /** Measured ratio or rate; undefined when it could not be measured. */
  measured?: number;
  /** True or false when measured; undefined when not measurable. */
  met?: boolean;
  detail: string;
  /** For a peer comparison: the workload and the two peers compared. */
  comparison?: { workloadId: string; ours: string; other: string };
}

/** The CPU profile of our gateway on one cell. */
export interface ProfileResult {
  cellId: string;
  requestsPerSecond: number;
  top: ProfileEntry[];
  packages: PackageShare[];
}

/** Everything one run measured; written as JSON and rendered as table, chart and page. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  settings: Omit<BenchSettings, 'dataDir' | 'postgresUrl'>;
  machine: MachineInfo;
  /** Subgraphs started, in `SUBGRAPHS` order. */
  subgraphs: string[];
  /** Workloads the supergraph cannot serve, with the validation message. */
  skippedWorkloads: { id: string; title: string; reason: string }[];
  cells: CellResult[];
  ingestion: IngestResult[];
  targets: TargetResult[];
  profile?: ProfileResult;
  /** Facts a reader needs to interpret the numbers, such as what was not measured. */
  notes: string[];
}
