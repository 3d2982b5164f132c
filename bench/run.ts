import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { BenchDatabases } from './databases';
import { benchIngestion, type IngestResult } from './ingest-bench';
import { LoadGenerator } from './load/client';
import { readMachine } from './machine';
import { DIST } from './peers/launch';
import { hasResponseCache, startPlatform } from './platform';
import { planCells } from './cells';
import { killAllNow, stopAll } from './processes';
import { profileOurGateway } from './profile-run';
import { runRounds, type CellResult } from './rounds';
import type { BenchReport } from './report/model';
import { consoleSummary } from './report/table';
import { enginePeer, evaluateTargets, ratio } from './report/targets';
import { writeReport } from './report/write';
import { readBenchSettings } from './settings';
import { WORKLOADS } from './workloads';

const ROOT = join(DIST, '..');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/**
 * Runs every benchmark and writes the results: see docs/benchmarks.md for
 * what is measured. Exits 1 on a harness error; missed targets only show in
 * the report.
 */
async function main(
  databases: BenchDatabases,
  workFolder: string,
): Promise<void> {
  const settings = readBenchSettings(process.env);
  const startedAt = new Date().toISOString();
  const loadAverage = readFileSync('/proc/loadavg', 'utf8')
    .split(' ')
    .slice(0, 3)
    .join(', ');
  const platform = await startPlatform(
    ROOT,
    settings.dataDir,
    databases,
    workFolder,
    log,
  );
  const load = new LoadGenerator(DIST);
  const plan = planCells(platform);
  for (const skipped of plan.skippedWorkloads)
    log(`skip workload ${skipped.id}: ${skipped.reason}`);

  const cells = await runRounds(
    load,
    plan.targets,
    platform.subgraphs,
    settings,
    log,
    plan.presetSkips,
  );
  const notes: string[] = [];
  let profile: BenchReport['profile'];
  if (settings.profile) {
    const peer = enginePeer(cells) as 'ours' | 'ours-uncached';
    const workloadId = workloadToProfile(cells, peer);
    log(`profiling ${peer} on ${workloadId}`);
    profile = await profileOurGateway(
      ROOT,
      workFolder,
      platform.subgraphs,
      load,
      peer,
      workloadId,
      settings.seconds,
      settings.warmupSeconds,
      settings.connections,
    );
  }
  await load.stop();
  await stopAll();

  const sizes = settings.full ? [200_000, 1_000_000] : [200_000];
  const ingestion: IngestResult[] = await benchIngestion(
    await databases.create('ingest'),
    sizes,
    settings.rounds,
    log,
  );
  if (!settings.full)
    notes.push('The 1,000,000-row ingestion case was skipped (BENCH_FULL=0).');

  const hasCache = hasResponseCache();
  if (!hasCache) {
    notes.push(
      'Our gateway has no response cache, so the cached repeated-query target (≥ 5,000 req/s on one core) is not measurable yet.',
    );
  }
  notes.push(
    `Load average (1, 5, 15 min) when the run started: ${loadAverage}. Other work on the machine during a run shows up as spread between rounds.`,
  );
  notes.push(
    'All servers log at level warn in every peer; PostgreSQL runs on the same machine and is not pinned, so it competes with the servers and the load generator for the two cores.',
  );
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: commandLine(settings.dataDir),
    settings: {
      seconds: settings.seconds,
      rounds: settings.rounds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      full: settings.full,
      profile: settings.profile,
    },
    machine: readMachine(await postgresVersion(settings.postgresUrl)),
    subgraphs: platform.subgraphs.map((s) => s.name),
    skippedWorkloads: plan.skippedWorkloads,
    cells,
    ingestion,
    targets: evaluateTargets(cells, ingestion, hasCache),
    profile,
    notes,
  };
  const jsonPath = writeReport(ROOT, report);
  process.stdout.write(consoleSummary(report) + '\n\n');
  log(
    `wrote ${relative(ROOT, jsonPath)}, docs/benchmarks.svg and docs/benchmarks.md`,
  );
}

/** Picks the query workload where `peer` trails stock Apollo most, else the single-subgraph query. */
function workloadToProfile(cells: CellResult[], peer: string): string {
  let worst: { id: string; value: number } | undefined;
  for (const workload of WORKLOADS) {
    const value = ratio(cells, workload.id, 'stock-apollo', peer);
    if (value !== undefined && value < 1 && (!worst || value < worst.value))
      worst = { id: workload.id, value };
  }
  return worst?.id ?? 'single';
}

function commandLine(dataDir: string): string {
  const settings = Object.entries(process.env)
    .filter(([key]) => key.startsWith('BENCH_') && key !== 'BENCH_PG_URL')
    .map(([key, value]) => `${key}=${value}`);
  return [
    `DATA_DIR=${relative(ROOT, dataDir) || '.'}`,
    ...settings,
    'npm run bench',
  ].join(' ');
}

async function postgresVersion(serverUrl: string): Promise<string> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>(
      'SHOW server_version',
    );
    return `PostgreSQL ${result.rows[0].server_version}`;
  } finally {
    await client.end();
  }
}

/** Stops every process and drops every database; safe to call twice. */
async function cleanUp(
  databases: BenchDatabases,
  workFolder: string,
): Promise<void> {
  await stopAll();
  await databases
    .dropAll()
    .catch((error: Error) =>
      log(`dropping databases failed: ${error.message}`),
    );
  rmSync(workFolder, { recursive: true, force: true });
}

function start(): void {
  let settingsUrl: string;
  try {
    settingsUrl = readBenchSettings(process.env).postgresUrl;
  } catch (error) {
    log((error as Error).message);
    process.exit(1);
  }
  const databases = new BenchDatabases(settingsUrl);
  const workFolder = mkdtempSync(join(tmpdir(), 'bench-'));
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    log(
      `${signal} received: stopping every process and dropping the bench databases`,
    );
    void cleanUp(databases, workFolder).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', killAllNow);
  main(databases, workFolder).then(
    () => cleanUp(databases, workFolder),
    async (error: Error) => {
      // After Ctrl-C the stopped processes make the run fail; the signal handler already reports it.
      if (interrupted) return;
      log(`failed: ${error.stack ?? error.message}`);
      await cleanUp(databases, workFolder);
      process.exitCode = 1;
    },
  );
}

start();
