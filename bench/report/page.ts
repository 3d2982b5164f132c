import { WORKLOADS } from '../workloads';
import type { BenchReport } from './model';
import {
  num,
  CELL_HEADERS,
  cellRows,
  ingestionRows,
  markdownTable,
  resultLabel,
} from './table';
import { missedTargetsSection } from './analysis';
import { enginePeer, ratio } from './targets';

const PEERS_TEXT = [
  '- **ceiling**: a bare node:http server returning a fixed JSON document (`bench/peers/ceiling.ts`).',
  '- **direct**: the subgraph that owns every field of the query, called without a gateway; only for queries one subgraph can answer.',
  '- **ours**: our gateway as shipped, `node dist/gateway/main.js` with `<NAME>_URL` overrides, response cache on with its defaults.',
  '- **ours-uncached**: the same gateway with `RESPONSE_CACHE_TTL_SECONDS=0`, started only when the gateway has a response cache. The engine targets compare this instance, because stock Apollo and Hive cache no responses.',
  '- **stock-apollo**: `@apollo/gateway` under `@apollo/server` standalone, no plugins (`bench/peers/stock-apollo.ts`).',
  '- **hive**: `createGatewayRuntime` from `@graphql-hive/gateway` in its default mode, passing `x-bench-id` to subgraphs so its deduplication of identical in-flight subgraph requests does not merge benchmark requests (`bench/peers/hive.ts`).',
].join('\n');

/** Renders the results page, `docs/benchmarks.md`, from one run. */
export function resultsPage(report: BenchReport): string {
  const m = report.machine;
  const s = report.settings;
  const ingestion = ingestionRows(report.ingestion);
  const engine = enginePeer(report.cells);
  const ratioRows = WORKLOADS.filter((w) => !w.peers).flatMap((w) =>
    [...new Set(['ours', engine])].map((ours) => [
      w.title,
      ours,
      num(ratio(report.cells, w.id, 'stock-apollo', ours), 2),
      num(ratio(report.cells, w.id, 'hive', ours), 2),
      num(ratio(report.cells, w.id, 'direct', ours), 2),
    ]),
  );
  const targetRows = report.targets.map((t) => [
    t.name,
    t.goal,
    num(t.measured, 2),
    resultLabel(t.met, '**missed**'),
    t.detail,
  ]);
  const lines = [
    '# Benchmarks',
    '',
    'Throughput and latency of the federated graph against the peers below, all on the same `schema/supergraph.graphql`, and the speed of `bulkInsert` against a raw PostgreSQL `COPY`. The harness in `bench/` writes this page, `docs/benchmarks.svg` and a JSON file under `bench/results/`.',
    '',
    '## Command',
    '',
    '```sh',
    report.command,
    '```',
    '',
    `Settings of this run: ${s.rounds} interleaved rounds of ${s.seconds} s per cell after ${s.warmupSeconds} s of warm-up, ${s.connections} keep-alive connections, 1,000,000-row ingestion ${s.full ? 'included' : 'skipped (BENCH_FULL=0)'}. \`BENCH_SECONDS\`, \`BENCH_ROUNDS\`, \`BENCH_WARMUP_SECONDS\`, \`BENCH_CONNECTIONS\`, \`BENCH_FULL=0\` and \`BENCH_PROFILE=0\` change them. The run took from ${report.startedAt} to ${report.finishedAt}.`,
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpuModel}, ${m.cores} cores (nproc)`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- Node ${m.node}, ${m.postgres}`,
    `- Pinning: ${m.pinning}`,
    `- Subgraphs started: ${report.subgraphs.join(', ')}, each on its own fresh PostgreSQL database loaded from the source files with \`runIngestion\`.`,
    '',
    '## Peers',
    '',
    PEERS_TEXT,
    '',
    '## Results',
    '',
    '![Requests per second by workload and peer](benchmarks.svg)',
    '',
    "Latency is measured by the load generator per request; CPU is user + system time from `/proc/<pid>/stat` over the cell divided by requests; SQL/req is the growth of the subgraphs' `subgraph_sql_queries_total` divided by requests; peak memory is the gateway process's VmHWM, reset before each cell.",
    '',
    markdownTable(CELL_HEADERS, cellRows(report.cells)),
    '',
    ...skippedSection(report),
    '### Ratios (median requests/s of our gateway ÷ peer)',
    '',
    markdownTable(
      ['workload', 'our gateway', '÷ stock Apollo', '÷ Hive', '÷ direct'],
      ratioRows,
    ),
    '',
    '### Ingestion',
    '',
    'Generated rows shaped like the healthsites.io facility rows, written into `health_facility` (created by the health migrations): `bulkInsert` inside a TypeORM transaction against a raw `COPY … FROM STDIN` through pg-copy-streams. Both writers receive the same rows already in memory, so the figures exclude CSV parsing.',
    '',
    markdownTable(ingestion.headers, ingestion.rows),
    '',
    '## Targets',
    '',
    markdownTable(
      ['target', 'goal', 'measured', 'result', 'detail'],
      targetRows,
    ),
    '',
    ...missedTargetsSection(report),
    ...profileSection(report),
    ...(report.notes.length
      ? ['## Notes', '', ...report.notes.map((n) => `- ${n}`)]
      : []),
    '',
  ];
  return lines.join('\n');
}

function skippedSection(report: BenchReport): string[] {
  if (report.skippedWorkloads.length === 0) return [];
  return [
    'Workloads the supergraph cannot serve yet, skipped:',
    '',
    ...report.skippedWorkloads.map((w) => `- ${w.title}: ${w.reason}`),
    '',
  ];
}

function profileSection(report: BenchReport): string[] {
  const profile = report.profile;
  if (!profile) return [];
  return [
    `## Profile of our gateway, cell \`${profile.cellId}\``,
    '',
    `\`node --cpu-prof\` on another instance of our gateway for one cell after a warm-up (${num(profile.requestsPerSecond)} req/s while profiled). Top functions by self time:`,
    '',
    markdownTable(
      ['function', 'location', 'self ms', '% of samples'],
      profile.top.map((e) => [
        e.functionName,
        e.location,
        num(e.selfMs),
        num(e.percent, 1),
      ]),
    ),
    '',
    'Self time summed by package:',
    '',
    markdownTable(
      ['package', '% of samples'],
      profile.packages.map((p) => [p.name, num(p.percent, 1)]),
    ),
    '',
  ];
}
